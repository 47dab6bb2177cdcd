import type {TemplateTable} from './types.js'

const documentColumns = ['made', 'repealed', 'inForce'] as const

/** 二、主动公开政府信息情况: the table of proactively disclosed information. */
export const activeDisclosureTable: TemplateTable = {
  key: 'activeDisclosure',
  rowsAsColumnGroups: false,
  number: '二',
  title: '主动公开政府信息情况',
  columns: [
    {key: 'made', label: '本年制发件数'},
    {key: 'repealed', label: '本年废止件数'},
    {key: 'inForce', label: '现行有效件数'},
    {key: 'decisions', label: '本年处理决定数量'},
    {key: 'amount', label: '本年收费金额（单位：万元）'}
  ],
  rows: [
    {key: 'regulations', group: '第二十条第（一）项', label: '规章', columns: documentColumns, unit: 'count'},
    {
      key: 'normativeDocuments',
      group: '第二十条第（一）项',
      label: '行政规范性文件',
      columns: documentColumns,
      unit: 'count'
    },
    {key: 'licensing', group: '第二十条第（五）项', label: '行政许可', columns: ['decisions'], unit: 'count'},
    {key: 'punishment', group: '第二十条第（六）项', label: '行政处罚', columns: ['decisions'], unit: 'count'},
    {key: 'enforcement', group: '第二十条第（六）项', label: '行政强制', columns: ['decisions'], unit: 'count'},
    {key: 'fees', group: '第二十条第（八）项', label: '行政事业性收费', columns: ['amount'], unit: 'wan_yuan'}
  ]
}
