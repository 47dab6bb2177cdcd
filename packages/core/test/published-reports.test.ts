import {fixtureReport, renderText, type TextLayout} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {of2021} from './of-template.js'

const layouts: Array<TextLayout> = ['cell-per-line', 'tab-rows', 'pipe', 'space-aligned', 'cell-stream', 'text-rows', 'tab-slots']

/** A fixture whose cell `id` is printed as `raw` (a unique sentinel number is replaced). */
function withRaw(layout: TextLayout, cells: Record<string, string>) {
  const sentinels = Object.keys(cells).map((_, index) => 99_901 + index)
  const report = fixtureReport(77, {
    cells: Object.fromEntries(Object.keys(cells).map((id, index) => [id, sentinels[index]!]))
  })
  let text = renderText(report, layout)
  Object.values(cells).forEach((raw, index) => {
    // Every copy (layouts that repeat a merged cell print its value more than once).
    text = text.replace(new RegExp(sentinels[index] + '(?:\.00)?', 'g'), raw)
  })
  return {report, text}
}

describe('what published reports do', () => {
  for (const layout of layouts) {
    it('should read marks and blanks in ' + layout + ' as null, telling them apart, raw text kept', () => {
      const marked = {
        'activeDisclosure.regulations.made': '/',
        'activeDisclosure.regulations.repealed': '—',
        'activeDisclosure.regulations.inForce': '无',
        'applications.granted.research': '－',
        'reviewLitigation.review.pending': '空'
      }
      const {report, text} = withRaw(layout, marked)
      const result = parseReport(text)
      for (const [id, raw] of Object.entries(marked)) {
        expect(result.cells[id as 'applications.granted.research'], id).toBeNull()
        const path = id.split('.')
        let value: any = result.report.tables
        for (const segment of path) value = value[segment]
        expect(value, id).toMatchObject({value: null, status: 'marked', raw})
        expect(result.diagnostics.find((d) => d.cellId === id)).toMatchObject({ruleId: 'cell-marked', severity: 'info'})
      }
      for (const [id, value] of Object.entries(result.cells)) if (!(id in marked)) expect(value, id).toBe(report.cells[id])
    })

    it('should read annotated, grouped and large numbers in ' + layout + ' and keep the annotation', () => {
      const {text} = withRaw(layout, {
        'activeDisclosure.regulations.made': '22（其中修订16件）',
        'activeDisclosure.normativeDocuments.inForce': '55(含自然失效29件)',
        'activeDisclosure.licensing.decisions': '3,985,758',
        'activeDisclosure.punishment.decisions': '３９８５７５８',
        'activeDisclosure.fees.amount': '4166.241619'
      })
      const result = of2021(parseReport(text))
      expect(result.cells['activeDisclosure.regulations.made']).toBe(22)
      expect(result.report.tables.activeDisclosure.regulations.made.annotation).toBe('（其中修订16件）')
      expect(result.cells['activeDisclosure.normativeDocuments.inForce']).toBe(55)
      expect(result.cells['activeDisclosure.licensing.decisions']).toBe(3985758)
      expect(result.cells['activeDisclosure.punishment.decisions']).toBe(3985758)
      expect(result.cells['activeDisclosure.fees.amount']).toBe(4166.241619)
    })
  }

  it('should keep （六）其他处理 printed as one row as a variant, its cells null with diagnostics', () => {
    const report = fixtureReport(12)
    const lines = renderText(report, 'tab-rows').split('\n')
    const first = lines.findIndex((line) => line.includes('1.申请人无正当理由逾期不补正'))
    const values = [3, 4, 5, 6, 7, 8, 9]
    lines.splice(first, 3, '\t（六）其他处理\t\t' + values.join('\t'))
    const result = parseReport(lines.join('\n'))
    for (const id of ['overdueCorrection', 'unpaidFee', 'other']) {
      expect(result.cells[`applications.otherDisposal.${id}.total` as 'applications.total.total']).toBeNull()
    }
    expect(result.cells['applications.total.total']).toBe(report.cells['applications.total.total'])
    expect(result.report.tables.extraRows).toMatchObject([
      {table: 'applications', kind: 'variant', labels: ['（六）其他处理'], values: values.map((value) => ({value}))}
    ])
    expect(result.diagnostics.filter((d) => d.ruleId === 'row-variant')).toHaveLength(1)
    expect(result.diagnostics.filter((d) => d.ruleId === 'cell-missing' && d.cellId?.startsWith('applications.otherDisposal.'))).toHaveLength(21)
  })

  it('should keep a row that matches no template row, reported, never mapped to a neighbour', () => {
    const report = fixtureReport(13)
    const text = renderText(report, 'tab-rows').replace('\t\t2.重复申请', '\t\t2.重复提交的申请')
    const result = parseReport(text)
    expect(result.cells['applications.notProcessed.duplicate.total']).toBeNull()
    expect(result.cells['applications.notProcessed.petition.total']).toBe(report.cells['applications.notProcessed.petition.total'])
    expect(result.report.tables.extraRows[0]).toMatchObject({kind: 'unknown', labels: ['2.重复提交的申请']})
    expect(result.diagnostics.find((d) => d.ruleId === 'row-unknown')?.message).toBe(
      'Row `2.重复提交的申请` of 表三 matches no template row; kept in `extraRows`'
    )
  })

  it('should read tables renumbered 一/二/三 after the narrative', () => {
    const report = fixtureReport(14)
    const text = renderText(report, 'tab-rows')
      .replace('二、主动公开政府信息情况', '附表\n一、主动公开政府信息情况')
      .replace('三、收到和处理政府信息公开申请情况', '二、收到和处理政府信息公开申请情况')
      .replace('四、政府信息公开行政复议、行政诉讼情况', '三、政府信息公开行政复议、行政诉讼情况')
    expect(parseReport(text).cells).toEqual(report.cells)
  })

  it('should read 表二 with a header row repeated before every item', () => {
    const report = fixtureReport(15)
    const text = renderText(report, 'tab-rows').replace('\n行政强制\t', '\n信息内容\t本年处理决定数量\t\t\n行政强制\t')
    expect(parseReport(text).cells).toEqual(report.cells)
  })

  it('should read a header with an extra empty cell', () => {
    const report = fixtureReport(16)
    const text = renderText(report, 'tab-rows').replace('信息内容\t本年制发件数', '信息内容\t\t本年制发件数')
    expect(parseReport(text).cells).toEqual(report.cells)
  })

  it('should read a group and its item printed in one cell', () => {
    const report = fixtureReport(17)
    const text = renderText(report, 'tab-rows').replace('\t（三）不予公开\t1.属于国家秘密', '\t\t（三）不予公开 1.属于国家秘密')
    expect(parseReport(text).cells).toEqual(report.cells)
  })

  it('should read a label the converter wrapped onto the next line', () => {
    const report = fixtureReport(18)
    const text = renderText(report, 'tab-rows').replace(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t',
      '2.申请人逾期未按收费通知要求缴纳费用、\n行政机关不再处理其政府信息公开申请\t'
    )
    expect(text).toContain('费用、\n行政机关')
    expect(parseReport(text).cells).toEqual(report.cells)
  })
})

describe('a 2021 report with a 2019 表二 block', () => {
  it('should stay a 2021 report, with `template-mixed`, and keep the rows under 2019 headers as variants', () => {
    const report = fixtureReport(19, {year: 2020})
    const text = renderText(report, 'tab-rows').replace(
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量'
    )
    const result = parseReport(text)
    expect(result.template).toBe('2021')
    expect(result.report.meta.template).toBe('2021')
    expect(result.diagnostics.find((d) => d.ruleId === 'template-mixed')).toMatchObject({severity: 'warning', actual: '2021'})
    if (result.template !== '2021') throw new Error('expected the 2021 form')
    expect(result.cells['activeDisclosure.regulations.made']).toBeNull()
    expect(result.cells['activeDisclosure.normativeDocuments.inForce']).toBeNull()
    expect(result.cells['activeDisclosure.licensing.decisions']).toBe(report.cells['activeDisclosure.licensing.decisions'])
    expect(result.cells['applications.total.total']).toBe(report.cells['applications.total.total'])
    expect(result.report.tables.extraRows.map((row) => [row.kind, row.labels])).toEqual([
      ['variant', ['规章']],
      ['variant', ['行政规范性文件']]
    ])
  })
})

describe('labels wrapped by converters', () => {
  it('should join a label wrapped inside a row with tabs on both lines', () => {
    const report = fixtureReport(20)
    const text = renderText(report, 'tab-rows').replace(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t',
      '1.申请人无正当理由逾期不补正、\t\t\n行政机关不再处理其政府信息公开申请\t'
    )
    expect(parseReport(text).cells).toEqual(report.cells)
  })

  it('should join a header wrapped inside its brackets and a label wrapped before its row', () => {
    const report = fixtureReport(21)
    const text = renderText(report, 'tab-rows')
      .replace('本年收费金额（单位：万元）', '本年收费金额（单位：\n万元）')
      .replace('\n行政事业性收费\t', '\n行政事业\n性收费\t')
    expect(text).toContain('（单位：\n万元）')
    const result = parseReport(text)
    expect(result.cells).toEqual(report.cells)
  })
})

describe('a form published unfilled', () => {
  it('should read a blank 表四 data row as 15 blank cells', () => {
    const report = fixtureReport(22)
    const lines = renderText(report, 'tab-rows').split('\n')
    const data = lines.findIndex((line) => /^\d+(\t\d+){14}$/u.test(line))
    lines[data] = '\t'.repeat(14)
    const result = parseReport(lines.join('\n'))
    expect(result.report.tables.reviewLitigation.review.upheld).toMatchObject({value: null, status: 'blank'})
    expect(result.diagnostics.filter((d) => d.ruleId === 'cell-blank' && d.cellId?.startsWith('reviewLitigation.'))).toHaveLength(15)
    expect(result.cells['applications.total.total']).toBe(report.cells['applications.total.total'])
  })
})

describe('a cut download', () => {
  it('should not trust the number the input ends in', () => {
    const report = fixtureReport(23)
    const text = renderText(report, 'tab-rows')
    const at = text.indexOf('行政许可\t') + '行政许可\t'.length
    const value = String(report.cells['activeDisclosure.licensing.decisions'])
    const result = of2021(parseReport(text.slice(0, at + value.length - 1)))
    expect(result.cells['activeDisclosure.licensing.decisions']).toBeNull()
    expect(result.diagnostics.find((d) => d.ruleId === 'text-truncated')).toMatchObject({
      cellId: 'activeDisclosure.licensing.decisions',
      actual: value.slice(0, -1)
    })
    expect(result.cells['activeDisclosure.regulations.made']).toBe(report.cells['activeDisclosure.regulations.made'])
  })
})
