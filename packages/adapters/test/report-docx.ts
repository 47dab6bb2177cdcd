import {p, tbl, tc, tr} from './docx-writer.js'

/** The values of 表二 in a test report, as printed (all distinct). */
export const activeDisclosureValues = {
  'activeDisclosure.regulations.made': '11',
  'activeDisclosure.regulations.repealed': '12',
  'activeDisclosure.regulations.inForce': '13',
  'activeDisclosure.normativeDocuments.made': '21',
  'activeDisclosure.normativeDocuments.repealed': '22',
  'activeDisclosure.normativeDocuments.inForce': '23',
  'activeDisclosure.licensing.decisions': '31',
  'activeDisclosure.punishment.decisions': '41',
  'activeDisclosure.enforcement.decisions': '51',
  'activeDisclosure.fees.amount': '6.5'
} as const

/** 表二 exactly as the official template lays it out (4 grid columns, `gridSpan` rows). */
export function activeDisclosureTable(cell: (id: keyof typeof activeDisclosureValues) => string = (id) => activeDisclosureValues[id]): string {
  const section = (text: string) => tr([tc(text, {span: 4})])
  return tbl(4, [
    section('第二十条第（一）项'),
    tr([tc('信息内容'), tc('本年制发件数'), tc('本年废止件数'), tc('现行有效件数')]),
    tr([tc('规章'), tc(cell('activeDisclosure.regulations.made')), tc(cell('activeDisclosure.regulations.repealed')), tc(cell('activeDisclosure.regulations.inForce'))]),
    tr([tc('行政规范性文件'), tc(cell('activeDisclosure.normativeDocuments.made')), tc(cell('activeDisclosure.normativeDocuments.repealed')), tc(cell('activeDisclosure.normativeDocuments.inForce'))]),
    section('第二十条第（五）项'),
    tr([tc('信息内容'), tc('本年处理决定数量', {span: 3})]),
    tr([tc('行政许可'), tc(cell('activeDisclosure.licensing.decisions'), {span: 3})]),
    section('第二十条第（六）项'),
    tr([tc('信息内容'), tc('本年处理决定数量', {span: 3})]),
    tr([tc('行政处罚'), tc(cell('activeDisclosure.punishment.decisions'), {span: 3})]),
    tr([tc('行政强制'), tc(cell('activeDisclosure.enforcement.decisions'), {span: 3})]),
    section('第二十条第（八）项'),
    tr([tc('信息内容'), tc('本年收费金额（单位：万元）', {span: 3})]),
    tr([tc('行政事业性收费'), tc(cell('activeDisclosure.fees.amount'), {span: 3})])
  ])
}

/** The title, period sentence and six section headings of a report, with `table` under 二. */
export function reportBody(table: string = activeDisclosureTable()): string {
  return [
    p('测试县司法局2024年政府信息公开工作年度报告'),
    p('本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。'),
    p('一、总体情况'),
    p('2024年，测试县司法局认真贯彻落实《条例》。'),
    p('二、主动公开政府信息情况'),
    table,
    p('三、收到和处理政府信息公开申请情况'),
    p('四、政府信息公开行政复议、行政诉讼情况'),
    p('五、存在的主要问题及改进情况'),
    p('六、其他需要报告的事项')
  ].join('')
}
