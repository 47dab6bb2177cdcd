import {templates} from '@xxgk/schema'
import {fixtureReport, renderText, type TextLayout} from '@xxgk/testkit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromText, parseTree, type Table} from '../../src/index.js'

/**
 * The mapping reads what a table's reader vouches for (`rows`, `numbersMayWrap`,
 * `labelsMayFloat`), never which layout the table came from.
 */

const report = fixtureReport(7)
const tablesOf = (layout: TextLayout) =>
  fromText(renderText(report, layout), new VFile()).children.filter((block): block is Table => block.type === 'table')

describe('what each text reader vouches for', () => {
  const expected: Array<[TextLayout, Pick<Table, 'layout' | 'aligned' | 'rows' | 'numbersMayWrap' | 'labelsMayFloat'>]> = [
    ['tab-rows', {layout: 'tab-rows', aligned: false, rows: 'marked', numbersMayWrap: false, labelsMayFloat: false}],
    ['cell-per-line', {layout: 'cell-per-line', aligned: false, rows: 'labels-apart', numbersMayWrap: false, labelsMayFloat: false}],
    ['cell-stream', {layout: 'cell-stream', aligned: false, rows: 'order', numbersMayWrap: false, labelsMayFloat: false}],
    ['pipe', {layout: 'pipe', aligned: true, rows: 'marked', numbersMayWrap: false, labelsMayFloat: true}],
    ['space-aligned', {layout: 'space-aligned', aligned: true, rows: 'marked', numbersMayWrap: true, labelsMayFloat: false}]
  ]
  for (const [layout, reading] of expected) {
    it('should mark ' + layout + ' tables ' + JSON.stringify(reading), () => {
      const tables = tablesOf(layout)
      expect(tables).toHaveLength(3)
      for (const table of tables) expect(table).toMatchObject(reading)
    })
  }
})

describe('a 总计 that is the first digits of its row’s sum', () => {
  // 表三 row 一、本年新收: its 总计 cut to all but its last digit, as a number wrapped in
  // a narrow cell is when its last digit was not joined.
  const id = 'applications.newReceived.total'
  const total = String(report.cells[id])
  const cut = (numbersMayWrap: boolean) => {
    const tree = fromText(renderText(report, 'pipe'), new VFile())
    const tables = tree.children.filter((block): block is Table => block.type === 'table')
    const cell = tables[1]!.children.flatMap((row) => row.children).find((candidate) => candidate.value === total)!
    cell.value = total.slice(0, -1)
    tables[1]!.numbersMayWrap = numbersMayWrap
    return parseTree(tree)
  }

  it('should be read as printed where numbers cannot wrap (a published error, the check names it)', () => {
    const result = cut(false)
    expect(result.cells[id]).toBe(Number(total.slice(0, -1)))
    expect(result.diagnostics.filter((item) => item.ruleId === 'consistency-row-total').map((item) => item.cellIds?.[0])).toContain(id)
  })

  it('should be null with `text-truncated` where the reader says numbers may wrap', () => {
    const result = cut(true)
    expect(result.cells[id]).toBeNull()
    expect(result.diagnostics.find((item) => item.ruleId === 'text-truncated')?.cellId).toBe(id)
  })
})

describe('a row whose reader left numbers of its lines unread (`numbersUnread`)', () => {
  // Tab rows keep only order: what is left of such a row proves nothing by its count.
  const read = (unread: boolean) => {
    const tree = fromText(renderText(report, 'tab-rows'), new VFile())
    const tables = tree.children.filter((block): block is Table => block.type === 'table')
    const granted = tables[1]!.children.find((row) => row.children.some((cell) => cell.value.includes('予以公开')))!
    const review = tables[2]!.children.at(-1)!
    if (unread) granted.numbersUnread = review.numbersUnread = true
    return parseTree(tree)
  }

  it('should read the rows in order when the reader vouches for them', () => {
    const result = read(false)
    expect(result.cells['applications.granted.total']).toBe(report.cells['applications.granted.total'])
    expect(result.cells['reviewLitigation.review.upheld']).toBe(report.cells['reviewLitigation.review.upheld'])
  })

  it('should leave such a row null with `row-unverified`, 表四\'s data row too', () => {
    const result = read(true)
    for (const id of ['applications.granted.naturalPerson', 'applications.granted.total', 'reviewLitigation.review.upheld', 'reviewLitigation.litigationAfterReview.total'] as const) {
      expect(result.cells[id], id).toBeNull()
      expect(result.diagnostics.find((item) => item.cellIds?.includes(id))?.ruleId, id).toBe('row-unverified')
    }
    expect(result.cells['applications.newReceived.total']).toBe(report.cells['applications.newReceived.total'])
  })
})

describe('what the template says of its tables', () => {
  it('should print only 表四 with its rows as column groups, in both forms', () => {
    for (const template of templates) {
      expect(template.tables.map((table) => [table.key, table.rowsAsColumnGroups])).toEqual([
        ['activeDisclosure', false],
        ['applications', false],
        ['reviewLitigation', true]
      ])
    }
  })
})
