import {applicationsTable, activeDisclosureTable} from '@xxgk/schema'
import {fixtureReport, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'
import {of2021} from '../of-template.js'

/** Cell ids of a template row. */
const idsOf = (table: string, row: {key: string; columns: ReadonlyArray<string>}) =>
  row.columns.map((column) => table + '.' + row.key + '.' + column)

describe('mapping a stream of cells (a layout that keeps only order)', () => {
  const report = fixtureReport(41)
  const text = renderText(report, 'cell-stream')

  it('should read every cell of the stream, 表四 from its header and one row of fifteen', () => {
    const result = parseReport(text)
    expect(result.cells).toEqual(report.cells)
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  })

  it('should leave a row whose 总计 is not its sum null, raw kept, with `row-unverified`', () => {
    const row = applicationsTable.rows.find((candidate) => candidate.key === 'granted')!
    const ids = idsOf('applications', row)
    const total = report.cells['applications.granted.total']!
    const lines = text.split('\n')
    const at = lines.indexOf('（一）予以公开') + 7
    expect(lines[at]).toBe(String(total))
    lines[at] = String(total + 1)
    const result = parseReport(lines.join('\n'))
    for (const id of ids) {
      expect(result.cells[id as 'applications.granted.total'], id).toBeNull()
    }
    expect(result.report.tables.applications.granted.total).toMatchObject({value: null, status: 'unreadable', raw: String(total + 1)})
    const diagnostic = result.diagnostics.find((d) => d.ruleId === 'row-unverified')
    expect(diagnostic).toMatchObject({severity: 'warning', cellIds: ids})
    for (const [id, value] of Object.entries(result.cells)) if (!ids.includes(id)) expect(value, id).toBe(report.cells[id])
  })

  it('should withdraw a table whose values follow a column label (read by columns), with `table-unordered`', () => {
    // 表二 printed column by column where a label and its column header trade places.
    const lines = text.split('\n')
    const label = lines.indexOf('行政许可')
    expect(lines[label - 1]).toBe('本年处理决定数量')
    ;[lines[label - 1], lines[label]] = [lines[label]!, lines[label - 1]!]
    const result = parseReport(lines.join('\n'))
    const activeIds = activeDisclosureTable.rows.flatMap((row) => idsOf('activeDisclosure', row))
    for (const id of activeIds) expect(result.cells[id as 'activeDisclosure.licensing.decisions'], id).toBeNull()
    expect(result.diagnostics.filter((d) => d.ruleId === 'table-unordered')).toHaveLength(1)
    for (const [id, value] of Object.entries(result.cells)) if (!activeIds.includes(id)) expect(value, id).toBe(report.cells[id])
  })

  it('should leave a row null with `row-unverified` when the template row after it is missing (its values may be that row\'s)', () => {
    // `一、本年新收…申请数` / `量 4568 …` / `二、上年结转…申请数` / `量 869 …`, the middle two lines
    // lost: what is left reads as row 一 with row 二's values.
    const lines = renderText(report, 'text-rows').split('\n')
    const at = lines.indexOf('二、上年结转政府信息公开申请数')
    expect(lines[at - 1]!.startsWith('量 ' + report.cells['applications.newReceived.naturalPerson'] + ' ')).toBe(true)
    lines.splice(at - 1, 2)
    const result = parseReport(lines.join('\n'))
    const newReceived = idsOf('applications', applicationsTable.rows.find((row) => row.key === 'newReceived')!)
    for (const id of newReceived) expect(result.cells[id as 'applications.newReceived.total'], id).toBeNull()
    expect(result.report.tables.applications.newReceived.total).toMatchObject({
      value: null,
      status: 'unreadable',
      raw: String(report.cells['applications.carriedOver.total'])
    })
    const diagnostic = result.diagnostics.find((d) => d.ruleId === 'row-unverified')
    expect(diagnostic).toMatchObject({severity: 'warning', cellIds: newReceived})
    expect(diagnostic?.message).toContain('is followed by no row `二、上年结转政府信息公开申请数量`')
    const carried = idsOf('applications', applicationsTable.rows.find((row) => row.key === 'carriedOver')!)
    for (const [id, value] of Object.entries(result.cells)) {
      if (!newReceived.includes(id) && !carried.includes(id)) expect(value, id).toBe(report.cells[id])
    }
  })

  it('should keep the row before one whose label is cut short: that row is there', () => {
    // `5.要求行政机关确认或重新出具已获取信息` cut to its first line, its values with it.
    const lines = text.split('\n')
    const at = lines.indexOf('5.要求行政机关确认或重新出具已获取信息')
    lines[at] = '5.要求行政机关确认或重新出'
    const result = parseReport(lines.join('\n'))
    expect(result.cells['applications.notProcessed.massRepeated.total']).toBe(report.cells['applications.notProcessed.massRepeated.total'])
    expect(result.cells['applications.notProcessed.confirmation.total']).toBeNull()
    expect(result.diagnostics.filter((d) => d.ruleId === 'row-unverified')).toEqual([])
  })

  it('should read 表四 header words naming two of its groups before values as its header, not a row', () => {
    // The header's last line and ten of the values lost: five values after `…复议后起诉`.
    const lines = renderText(report, 'text-rows').split('\n')
    const header = lines.findIndex((line) => line.startsWith('结果维持') && line.endsWith('复议后起诉'))
    const values = lines[header + 2]!.split(' ')
    expect(values).toHaveLength(15)
    lines.splice(header + 1, 2, values.slice(0, 5).join(' '))
    const result = parseReport(lines.join('\n'))
    for (const [id, value] of Object.entries(result.cells)) {
      if (id.startsWith('reviewLitigation.')) expect(value, id).toBeNull()
      else expect(value, id).toBe(report.cells[id])
    }
    expect(result.diagnostics.find((d) => d.ruleId === 'row-value-count')?.message).toContain('The data row of 表四 has 5 values')
  })

  it('should join a row label wrapped over lines (`pdftotext -raw`)', () => {
    const rows = renderText(report, 'text-rows')
    const lines = rows.split('\n')
    // 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请, over three lines.
    const first = lines.indexOf('1.申请人无正当理由逾期不补正')
    expect(lines[first + 1]).toBe('、行政机关不再处理其政府信息公')
    expect(lines[first + 2]!.startsWith('开申请 ')).toBe(true)
    const result = of2021(parseReport(rows))
    expect(result.cells).toEqual(report.cells)
    expect(result.report.tables.applications.otherDisposal.overdueCorrection.total.position?.start.line).toBe(first + 3)
  })
})

describe('labels and values that converters split or repeat', () => {
  const report = fixtureReport(42)

  it('should read text rows whose label an ideographic space splits in five pieces, not as a space-aligned table', () => {
    const lines = renderText(report, 'text-rows').split('\n')
    const at = lines.indexOf('2.申请人逾期未按收费通知要求')
    expect(lines[at + 2]!.startsWith('府信息公开申请 ')).toBe(true)
    // 2.申请人逾期 / 未按收费通知要求 / 缴纳费用、行政机关不再处理其政 / 府信息 / 公开申请 …: five words.
    lines[at] = '2.申请人逾期\u3000未按收费通知要求'
    lines[at + 2] = lines[at + 2]!.replace('府信息公开申请', '府信息\u3000公开申请')
    const result = parseReport(lines.join('\n'))
    expect(result.cells).toEqual(report.cells)
  })

  it('should not take text rows for a space-aligned table at a stray ideographic space', () => {
    const report = fixtureReport(31)
    const lines = renderText(report, 'text-rows').split('\n')
    const at = lines.indexOf('（本列数据的勾稽关系为：第一项加第二项之和，')
    expect(at).toBeGreaterThan(0)
    // A line with an ideographic space may start a space-aligned table; single-spaced
    // rows of numbers below it hold no column gap, so none is read there.
    lines[at] = lines[at]!.replace('：', '：\u3000')
    const result = parseReport(lines.join('\n'))
    expect(result.cells).toEqual(report.cells)
  })

  it('should take a one-value row repeated across its merged slots however the number is written', () => {
    const value = report.cells['activeDisclosure.licensing.decisions']!
    const text = renderText(report, 'tab-slots')
    const repeated = ['行政许可', value, value, value].join('\t')
    expect(text).toContain(repeated)
    const written = ['行政许可', value, value.toLocaleString('en-US'), String.fromCharCode(...[...String(value)].map((digit) => digit.charCodeAt(0) + 0xfee0))].join('\t')
    const result = parseReport(text.replace(repeated, written))
    expect(result.cells['activeDisclosure.licensing.decisions']).toBe(value)
    // Two different numbers in the slots of one value: which one is meant cannot be told.
    const differing = parseReport(text.replace(repeated, ['行政许可', value, value + 1, value].join('\t')))
    expect(differing.cells['activeDisclosure.licensing.decisions']).toBeNull()
    expect(differing.diagnostics.find((d) => d.ruleId === 'row-value-count')?.cellIds).toEqual(['activeDisclosure.licensing.decisions'])
  })
})

describe('rows the layout no longer shows whole', () => {
  const report = fixtureReport(31)

  it('should read 表二 whole when page numbers stand between its captions and headers (space-aligned)', () => {
    // A page break after `第二十条第（五）项` and another after `第二十条第（八）项`: the
    // captions are no label of the rows they pass (`行政许可`).
    const lines = renderText(report, 'space-aligned').split('\n')
    const breaks = [
      lines.findIndex((line) => line.includes('本年处理决定数量')),
      lines.findIndex((line) => line.includes('本年收费金额'))
    ]
    expect(breaks.every((at) => at > 0)).toBe(true)
    const paged = lines.flatMap((line, index) => (breaks.includes(index) ? ['第 3 页', line] : [line]))
    expect(parseReport(paged.join('\n')).cells).toEqual(report.cells)
  })

  it('should not read a header row run into values as the row its last word names (cell per line)', () => {
    // The blank line ending the header and the first row's label lost: `其他` is the
    // column, not row `3.其他`, and row 一's values have no label.
    const lines = renderText(report, 'cell-per-line').split('\n')
    const label = lines.indexOf('\t一、本年新收政府信息公开申请数量')
    expect(lines[label - 1]).toBe('')
    lines.splice(label - 1, 2)
    const result = of2021(parseReport(lines.join('\n')))
    expect(result.cells['applications.otherDisposal.other.naturalPerson']).toBe(report.cells['applications.otherDisposal.other.naturalPerson'])
    expect(result.cells['applications.newReceived.naturalPerson']).toBeNull()
    expect(result.diagnostics.find((d) => d.ruleId === 'row-unknown' && d.message.includes('runs column labels into values'))).toBeDefined()
    for (const [id, value] of Object.entries(result.cells)) if (value !== null) expect(value, id).toBe(report.cells[id])
  })
})

describe('a 总计 read in part', () => {
  // Space-aligned text, where numbers wrap in their narrow cells (`pdftotext -layout`).
  const report = fixtureReport(31)
  const text = renderText(report, 'space-aligned')
  const total = report.cells['applications.newReceived.total']!

  it('should not trust a 总计 whose digits begin the sum of its row, fewer (a number wrapped in its cell)', () => {
    // `31723` cut to `3172`: the rest of its digits set where no reader joins them.
    const cut = text.replace(' ' + total + '\n', '  ' + String(total).slice(0, -1) + '\n')
    expect(cut).not.toBe(text)
    const result = parseReport(cut)
    expect(result.cells['applications.newReceived.total']).toBeNull()
    expect(result.cells['applications.newReceived.naturalPerson']).toBe(report.cells['applications.newReceived.naturalPerson'])
    expect(result.diagnostics.find((d) => d.ruleId === 'text-truncated' && d.cellId === 'applications.newReceived.total')).toBeDefined()
  })

  it('should keep a 总计 that is not the sum when its digits do not begin the sum (a published error, reported)', () => {
    const off = text.replace(' ' + total + '\n', ' ' + (total + 10) + '\n')
    expect(off).not.toBe(text)
    const result = parseReport(off)
    expect(result.cells['applications.newReceived.total']).toBe(total + 10)
    expect(result.diagnostics.some((d) => d.ruleId === 'consistency-row-total')).toBe(true)
  })
})

describe('a stream row split by a page', () => {
  const report = fixtureReport(31)
  const lines = renderText(report, 'cell-stream').split('\n')
  const label = lines.indexOf('一、本年新收政府信息公开申请数量')
  const ids = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map(
    (column) => 'applications.newReceived.' + column
  )

  it('should leave a row null when a page break falls between its values', () => {
    const paged = [...lines.slice(0, label + 4), '- 3 -', ...lines.slice(label + 4)].join('\n')
    const result = parseReport(paged)
    const cells: Record<string, number | null> = result.cells
    for (const id of ids) expect(cells[id], id).toBeNull()
    const unverified = result.diagnostics.find((d) => d.ruleId === 'row-unverified')
    expect(unverified?.message).toContain('page break')
    expect(unverified?.cellIds).toEqual(ids)
    expect(result.cells['applications.carriedOver.total']).toBe(report.cells['applications.carriedOver.total'])
  })

  it('should read a row whole when the page breaks before its label', () => {
    const paged = [...lines.slice(0, label), '- 3 -', ...lines.slice(label)].join('\n')
    expect(parseReport(paged).cells).toEqual(report.cells)
  })
})

describe('the end of a label set after its row', () => {
  it('should join a row that is only the end of the label above to that label (one cell per line)', () => {
    const report = fixtureReport(31)
    const lines = renderText(report, 'cell-per-line').split('\n')
    const at = lines.findIndex((line) => line.includes('2.申请人逾期未按收费通知'))
    // `…其政府信息公` / its seven values / blank / `开申请` / blank / `3.其他` …
    lines[at] = lines[at]!.replace('政府信息公开申请', '政府信息公')
    expect(lines[at + 8]).toBe('')
    lines.splice(at + 9, 0, '\t开申请', '')
    const result = of2021(parseReport(lines.join('\n')))
    expect(result.cells['applications.otherDisposal.unpaidFee.naturalPerson']).toBe(253)
    expect(result.cells['applications.otherDisposal.unpaidFee.total']).toBe(1356)
    expect(result.cells['applications.otherDisposal.other.total']).toBe(report.cells['applications.otherDisposal.other.total'])
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  })
})
