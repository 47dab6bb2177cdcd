import type {ParseResult} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'
import {streamObject} from './pdf-writer.js'
import {addFonts, fonts, pageContent, pageObject, reportFixture, textObjects, update, type ReportFixture} from './report-pages.js'

const report = reportFixture('page-breaks')

/**
 * The report's PDF with each page's text drawn again after it, `wrap` (given the text
 * objects) saying how: 3 pt right and 2 pt down, a third of a glyph off the shown text, it
 * would double every number were it read.
 */
function withTextCopy(wrap: (text: string) => string): Uint8Array {
  let next = report.firstFree
  const objects = new Map<number, string>()
  for (const page of report.pages) {
    const copy = next++
    objects.set(copy, streamObject('', wrap('1 0 0 1 3 -2 cm\n' + textObjects(report, page))))
    objects.set(page.id, pageObject(page, [page.contents, copy]))
  }
  return update(report, objects)
}

/**
 * The PDF with a note in the left margin of every page, `No. 1060` … `No. 1400` in
 * Helvetica 9 pt (seven characters each, six a page, 60 pt apart from 60 pt up), and, when
 * `cropped`, a crop box that leaves the margin off.
 */
function withMarginNote(fixture: ReportFixture, cropped: boolean): Uint8Array {
  let next = fixture.firstFree
  const objects = new Map<number, string>()
  const font = next++
  objects.set(font, fonts.helvetica)
  addFonts(fixture, objects, '/FN ' + font + ' 0 R')
  const note = [60, 120, 180, 240, 300, 360].map((y) => 'BT /FN 9 Tf 6 ' + y + ' Td (No. ' + (1000 + y) + ') Tj ET').join('\n')
  for (const page of fixture.pages) {
    const margin = next++
    objects.set(margin, streamObject('', 'q 0 g\n' + note + '\nQ'))
    objects.set(page.id, pageObject(page, [page.contents, margin], cropped ? ' /CropBox [50 0 ' + page.width + ' ' + page.height + ']' : ''))
  }
  return update(fixture, objects)
}

function actuals(result: ParseResult, ruleId: string): Array<string | null | undefined> {
  return result.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).map((diagnostic) => diagnostic.actual)
}

/**
 * The copy's characters left out on each of the seven pages: every character of the page
 * (spaces aside), but on the last, whose five text objects the copy's follow at once,
 * PDFium's text page itself drops the copy's two long ones as repeats (23 characters).
 */
const glyphsPerPage = ['187', '85', '274', '478', '310', '194', '3']

describe('parsePdf on text the page does not show', () => {
  it('should leave out an invisible copy of the text (render mode 3, an OCR layer over a page with text) and read every cell exactly', async () => {
    const result = await parsePdf(withTextCopy((text) => 'q 3 Tr\n' + text + '\nQ'))
    expect(result.cells).toEqual(report.cells)
    expect(actuals(result, 'pdf-glyphs-hidden')).toEqual(glyphsPerPage)
  })

  it('should read a page whose text is all invisible (a scan\'s OCR layer) from that text', async () => {
    let next = report.firstFree
    const objects = new Map<number, string>()
    for (const page of report.pages) {
      const invisible = next++
      objects.set(invisible, streamObject('', pageContent(report, page).replaceAll(/\bBT\b/g, 'BT 3 Tr')))
      objects.set(page.id, pageObject(page, [invisible]))
    }
    const result = await parsePdf(update(report, objects))
    expect(result.cells).toEqual(report.cells)
    expect(actuals(result, 'pdf-glyphs-hidden')).toEqual([])
  })

  it('should leave out a copy of the text its clip path cuts away whole', async () => {
    const result = await parsePdf(withTextCopy((text) => 'q 0 0 1 1 re W n\n' + text + '\nQ'))
    expect(result.cells).toEqual(report.cells)
    expect(actuals(result, 'pdf-glyphs-hidden')).toEqual(glyphsPerPage)
  })

  it('should leave out a margin note with digits beyond the page\'s crop box, where, read, it would part a row the page break split', async () => {
    // Set 1.6 times as large, the report runs to 36 pages, a row of a table on each.
    const large = reportFixture('page-breaks.font-1.6')
    const result = await parsePdf(withMarginNote(large, true))
    expect(result.cells).toEqual(large.cells)
    expect(actuals(result, 'pdf-glyphs-hidden')).toEqual(Array(36).fill('42'))
    // Shown (no crop box), the note is text of the page, read as such: standing between
    // the parts of a row the page break split, it keeps them apart (`118` read 11, 21
    // cells wrong, before the crop box was heeded).
    const shown = await parsePdf(withMarginNote(large, false))
    expect(actuals(shown, 'pdf-glyphs-hidden')).toEqual([])
  })
})
