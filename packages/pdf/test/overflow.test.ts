import type {ParseResult} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'
import {streamObject} from './pdf-writer.js'
import {pageContent, pageObject, reportFixture, update, type ReportFixture} from './report-pages.js'

/** The report's PDF with `operator` set at the start of every text object (`130 Tz`: glyphs drawn 1.3 times as wide). */
function withTextState(report: ReportFixture, operator: string): Uint8Array {
  let next = report.firstFree
  const objects = new Map<number, string>()
  for (const page of report.pages) {
    const contents = next++
    objects.set(contents, streamObject('', pageContent(report, page).replaceAll(/\bBT\b/g, 'BT ' + operator)))
    objects.set(page.id, pageObject(page, [contents]))
  }
  return update(report, objects)
}

function truncated(result: ParseResult): Array<string | undefined> {
  return result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-truncated').map((diagnostic) => diagnostic.cellId)
}

/** Every cell read is the report's; the others are null. */
function noneWrong(result: ParseResult, cells: Record<string, number | null>): number {
  let right = 0
  for (const [id, value] of Object.entries(result.cells)) {
    if (value === null) continue
    expect(value, id).toBe(cells[id])
    right++
  }
  return right
}

describe('parsePdf on numbers set too wide for their cells', () => {
  it('should read a number whose last digit runs past its border as null, never the digits left inside', async () => {
    // Glyphs 1.3 times as wide: 表三's 31200 and 31231 overrun the table's right border,
    // their last digit beyond it (the cells read 3120 and 3123 before).
    const report = reportFixture('wrapped-totals.sans')
    const result = await parsePdf(withTextState(report, '130 Tz'))
    expect(result.cells['applications.newReceived.total']).toBeNull()
    expect(result.cells['applications.total.total']).toBeNull()
    expect(truncated(result)).toEqual(['applications.newReceived.total', 'applications.total.total'])
    expect(result.report.tables.applications.newReceived.total.raw).toBe('3120')
    expect(noneWrong(result, report.cells)).toBe(149)
  })

  it('should leave numbers that fit their cells alone, however close to the border', async () => {
    // The same widths, the report whose numbers all fit: nothing runs across a border.
    const report = reportFixture('page-breaks')
    const result = await parsePdf(withTextState(report, '130 Tz'))
    expect(truncated(result)).toEqual([])
    expect(noneWrong(result, report.cells)).toBe(151)
  })
})
