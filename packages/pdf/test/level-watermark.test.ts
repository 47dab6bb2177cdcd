import type {ParseResult} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'
import {streamObject} from './pdf-writer.js'
import {addFonts, fonts, pageObject, reportFixture, update} from './report-pages.js'

const report = reportFixture('page-breaks')

/**
 * The report's PDF with a watermark set level over every page, as agencies stamp drafts:
 * `DRAFT 2023-05-01 No.4567` in Helvetica `size` pt, light grey, three times a page, 200 pt
 * apart from 20 pt up, over the tables and the text (its digits fall inside cells).
 */
function levelWatermark(size: number): Uint8Array {
  let next = report.firstFree
  const objects = new Map<number, string>()
  const font = next++
  objects.set(font, fonts.helvetica)
  addFonts(report, objects, '/FW ' + font + ' 0 R')
  const mark = [20, 220, 420].map((y) => 'BT /FW ' + size + ' Tf 80 ' + y + ' Td (DRAFT 2023-05-01 No.4567) Tj ET').join('\n')
  for (const page of report.pages) {
    const stamp = next++
    objects.set(stamp, streamObject('', 'q 0.85 g\n' + mark + '\nQ'))
    objects.set(page.id, pageObject(page, [page.contents, stamp]))
  }
  return update(report, objects)
}

function actuals(result: ParseResult, ruleId: string): Array<string | null | undefined> {
  return result.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).map((diagnostic) => diagnostic.actual)
}

describe('parsePdf on a watermark set level over the page', () => {
  it('should leave out a 28 pt watermark over 10.5 and 12 pt text and read every cell exactly', async () => {
    const result = await parsePdf(levelWatermark(28))
    expect(result.cells).toEqual(report.cells)
    // The glyphs drawn over text or in the tables' cells (of 22 a line, 66 a page); the
    // rest stand clear of the text, a line of their own beside the report's.
    expect(actuals(result, 'pdf-glyphs-stamp')).toEqual(['9', '22', '22', '22'])
  })
})
