import {cellIds2019, sectionKeys, type ParseResult} from '@xxgk/schema'
import {fixtureReport, renderText, type TextLayout} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

const layouts: Array<TextLayout> = ['cell-per-line', 'tab-rows', 'pipe', 'space-aligned', 'cell-stream', 'text-rows', 'tab-slots']

/** The cells of a result known to be of the 2019 form. */
function cells2019(result: ParseResult): Record<string, number | null> {
  if (result.template !== '2019') throw new Error('expected a report on the 2019 form, got ' + result.template)
  return result.cells
}

function warnings(result: ParseResult) {
  return result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')
}

describe('a 2019-form report in every text layout', () => {
  for (const seed of [1, 2, 3, 4]) {
    const report = fixtureReport(seed, {template: '2019'})
    for (const layout of layouts) {
      it('should read seed ' + seed + ' as ' + layout + ' to its 198 exact cells', () => {
        const result = parseReport(renderText(report, layout))
        expect(result.template).toBe('2019')
        expect(result.report.meta).toMatchObject({agency: report.agency, year: report.year, template: '2019'})
        expect(Object.keys(result.cells)).toEqual([...cellIds2019])
        expect(cells2019(result)).toEqual(report.cells)
        expect(result.report.sections.map((section) => section.key)).toEqual([...sectionKeys])
        expect(warnings(result)).toEqual([])
      })
    }
  }

  it('should read 本年增/减 printed negative (`-37`) exactly in every layout', () => {
    const base = fixtureReport(15, {template: '2019'})
    const changes = Object.fromEntries(
      Object.entries(base.cells)
        .filter(([id]) => id.endsWith('.changeThisYear'))
        .map(([id, value]) => [id, -value!])
    )
    expect(Object.keys(changes)).toHaveLength(5)
    const report = fixtureReport(15, {template: '2019', cells: changes})
    for (const layout of layouts) {
      const result = parseReport(renderText(report, layout))
      expect(cells2019(result), layout).toEqual(report.cells)
      expect(warnings(result), layout).toEqual([])
    }
  })

  it('should fill the nested 2019 tables with provenance', () => {
    const report = fixtureReport(5, {template: '2019'})
    const text = renderText(report, 'tab-rows')
    const result = parseReport(text)
    if (result.template !== '2019') throw new Error('expected the 2019 form')
    const procurement = result.report.tables.activeDisclosure.procurement.amount
    expect(procurement).toMatchObject({value: report.cells['activeDisclosure.procurement.amount'], status: 'number'})
    expect(text.slice(procurement.position!.start.offset!, procurement.position!.end.offset!)).toBe(
      report.cells['activeDisclosure.procurement.amount']!.toFixed(2)
    )
    expect(result.report.tables.applications.otherDisposal.total.value).toBe(report.cells['applications.otherDisposal.total'])
    expect(result.report.tables.extraRows).toEqual([])
  })
})

describe('the form recognised by its tables, not its year', () => {
  it('should read a 2019 form filled for 2022 as a 2019 report', () => {
    const report = fixtureReport(6, {template: '2019', year: 2022})
    const result = parseReport(renderText(report, 'tab-rows'))
    expect(result.report.meta.year).toBe(2022)
    expect(result.template).toBe('2019')
    expect(cells2019(result)).toEqual(report.cells)
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('template-unclear')
  })

  it('should read a 2021 form filled for 2020 as a 2021 report', () => {
    const report = fixtureReport(7, {year: 2020})
    const result = parseReport(renderText(report, 'tab-rows'))
    expect(result.report.meta.year).toBe(2020)
    expect(result.template).toBe('2021')
    expect(result.cells).toEqual(report.cells)
  })

  it('should keep a 2021 report whose （六）其他处理 is one row a 2021 report with that variant', () => {
    const report = fixtureReport(8, {year: 2020})
    const lines = renderText(report, 'tab-rows').split('\n')
    const first = lines.findIndex((line) => line.includes('1.申请人无正当理由逾期不补正'))
    lines.splice(first - 1, 4, '（六）其他处理\t\t1\t2\t3\t4\t5\t6\t21')
    const result = parseReport(lines.join('\n'))
    expect(result.template).toBe('2021')
    expect(result.report.tables.extraRows.map((row) => [row.kind, row.labels])).toEqual([['variant', ['（六）其他处理']]])
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('row-variant')
  })

  it('should take the year when the tables name nothing only one form prints, and say so', () => {
    const report = fixtureReport(9, {template: '2019'})
    const text = renderText(report, 'tab-rows')
    // 表四 alone: the same on both forms.
    const start = text.indexOf('四、政府信息公开行政复议、行政诉讼情况')
    const result = parseReport(text.slice(0, text.indexOf('二、主动公开政府信息情况')) + text.slice(start))
    expect(result.template).toBe('2019')
    expect(result.diagnostics.find((d) => d.ruleId === 'template-unclear')).toMatchObject({severity: 'info', actual: '2019'})
    expect(cells2019(result)['reviewLitigation.review.total']).toBe(report.cells['reviewLitigation.review.total'])
  })

  it('should take the form most labels name when both appear, with `template-mixed`', () => {
    const report = fixtureReport(10, {template: '2019'})
    // One 2019 header spelled as the 2021 form prints it.
    const text = renderText(report, 'tab-rows').replace('信息内容\t本年新制作数量', '信息内容\t本年制发件数')
    const result = parseReport(text)
    expect(result.template).toBe('2019')
    expect(result.diagnostics.find((d) => d.ruleId === 'template-mixed')).toMatchObject({severity: 'warning', actual: '2019'})
    expect(cells2019(result)['applications.otherDisposal.total']).toBe(report.cells['applications.otherDisposal.total'])
  })
})

describe('the 2019 form’s own cells', () => {
  it('should read 本年增/减 signed, and refuse a sign in a count', () => {
    const report = fixtureReport(11, {template: '2019'})
    const change = report.cells['activeDisclosure.licensing.changeThisYear']!
    const items = report.cells['activeDisclosure.licensing.previousYearItems']!
    const text = renderText(report, 'tab-rows').replace(
      '行政许可\t' + items + '\t' + change + '\t',
      '行政许可\t-' + items + '\t-' + change + '\t'
    )
    const result = parseReport(text)
    const cells = cells2019(result)
    expect(cells['activeDisclosure.licensing.changeThisYear']).toBe(-change)
    expect(cells['activeDisclosure.licensing.previousYearItems']).toBeNull()
    expect(result.diagnostics.find((d) => d.cellId === 'activeDisclosure.licensing.previousYearItems')).toMatchObject({
      ruleId: 'number-unreadable',
      actual: '-' + items
    })
    expect(cells['activeDisclosure.licensing.decisions']).toBe(report.cells['activeDisclosure.licensing.decisions'])
  })

  it('should read 采购总金额 in 元, converting an amount written in 万元', () => {
    const report = fixtureReport(12, {template: '2019'})
    const amount = report.cells['activeDisclosure.procurement.amount']!.toFixed(2)
    const result = parseReport(renderText(report, 'tab-rows').replace('\t' + amount, '\t12.3456万元'))
    expect(cells2019(result)['activeDisclosure.procurement.amount']).toBe(123456)
    expect(result.diagnostics.find((d) => d.ruleId === 'number-unit-converted')).toMatchObject({
      cellId: 'activeDisclosure.procurement.amount',
      message: 'Cell 表二｜第二十条第（九）项 / 政府集中采购｜采购总金额 (`activeDisclosure.procurement.amount`) holds `12.3456万元` in 万元, converted to 元'
    })
  })
})

describe('the 2019 form’s checks', () => {
  it('should sum （七）总计 over the one （六）其他处理 row and name it', () => {
    const report = fixtureReport(13, {template: '2019'})
    const published = report.cells['applications.otherDisposal.naturalPerson']!
    const lines = renderText(report, 'tab-rows').split('\n')
    const at = lines.findIndex((line) => line.startsWith('（六）其他处理\t'))
    expect(at).toBeGreaterThan(0)
    lines[at] = lines[at]!.replace('\t' + published + '\t', '\t' + (published + 1) + '\t')
    const result = parseReport(lines.join('\n'))
    const outcome = result.diagnostics.find((d) => d.ruleId === 'consistency-outcome-total')
    expect(outcome).toMatchObject({severity: 'warning', actual: String(report.cells['applications.total.naturalPerson'])})
    expect(outcome?.cellIds?.[0]).toBe('applications.total.naturalPerson')
    expect(outcome?.cellIds).toContain('applications.otherDisposal.naturalPerson')
    expect(outcome?.cellIds).not.toContain('applications.otherDisposal.other.naturalPerson')
    const row = result.diagnostics.find((d) => d.ruleId === 'consistency-row-total')
    expect(row?.message).toBe(
      '表三 （六）其他处理 总计: ' + report.cells['applications.otherDisposal.total'] + ' ≠ ' +
        ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']
          .map((column) => (column === 'naturalPerson' ? published + 1 : report.cells['applications.otherDisposal.' + column]))
          .join(' + ')
    )
  })

  it('should run no check on cells the 2019 form lacks: a report whose numbers hold gives none', () => {
    const report = fixtureReport(14, {template: '2019'})
    const result = parseReport(renderText(report, 'tab-rows'))
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('consistency-'))).toEqual([])
  })
})
