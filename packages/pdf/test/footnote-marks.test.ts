import type {ParseResult} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parsePdf, readPdf, resolvePdfLimits} from '../src/index.js'
import {streamObject} from './pdf-writer.js'
import {addFonts, fonts, pageObject, reportFixture, update} from './report-pages.js'

const report = reportFixture('page-breaks')

/** Cells whose number gets a superscript `1` (Helvetica at 0.65 × its size, raised a third of it), as Word sets a footnote mark. */
const superscripted = ['applications.newReceived.total', 'activeDisclosure.regulations.made', 'applications.granted.research']
/** Cells whose number gets a `①` at its own size (STSong-Light), as agencies mark a note. */
const circled = ['applications.newReceived.naturalPerson', 'activeDisclosure.licensing.decisions', 'reviewLitigation.review.upheld']

/** What a test reads of a cell of the record. */
interface MappedCell {
  annotation: string | null
  source: {page: number; box: {left: number; top: number; right: number; bottom: number}}
}

/** A cell of the record, by its id (`applications.newReceived.total` is `tables.applications.newReceived.total`). */
function cellOf(result: ParseResult, id: string): MappedCell {
  return id.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], result.report.tables) as MappedCell
}

/** Where each cell's number ends: the last digit in its box (on its lowest line), in page points from the top left. */
async function numberEnds(ids: ReadonlyArray<string>): Promise<Array<{page: number; right: number; baseline: number; size: number}>> {
  const plain = await parsePdf(new Uint8Array(report.pdf))
  const content = await readPdf(new Uint8Array(report.pdf), resolvePdfLimits({}), {isolate: false})
  return ids.map((id) => {
    const {page, box} = cellOf(plain, id).source
    const digits = content.pages[page - 1]!.glyphs.filter((glyph) => {
      const x = (glyph.left + glyph.right) / 2
      const y = (glyph.top + glyph.bottom) / 2
      return /\d/.test(glyph.text) && x > box.left && x < box.right && y > box.top && y < box.bottom
    })
    const last = digits.reduce((a, b) => (b.bottom > a.bottom + 1 || (Math.abs(b.bottom - a.bottom) <= 1 && b.right > a.right) ? b : a))
    return {page, right: last.right, baseline: last.bottom - 0.15 * last.size, size: last.size}
  })
}

async function marked(): Promise<Uint8Array> {
  let next = report.firstFree
  const objects = new Map<number, string>()
  const latin = next++
  const descendant = next++
  const song = next++
  objects.set(latin, fonts.helvetica)
  objects.set(descendant, fonts.songDescendant)
  objects.set(song, fonts.song(descendant))
  addFonts(report, objects, '/FM ' + latin + ' 0 R /FC ' + song + ' 0 R')
  const height = Number(report.pages[0]!.height)
  const marks = report.pages.map((): Array<string> => [])
  for (const end of await numberEnds(superscripted)) {
    const size = 0.65 * end.size
    marks[end.page - 1]!.push('BT /FM ' + size.toFixed(2) + ' Tf ' + (end.right + 0.3).toFixed(2) + ' ' + (height - end.baseline + end.size / 3).toFixed(2) + ' Td (1) Tj ET')
  }
  for (const end of await numberEnds(circled)) {
    marks[end.page - 1]!.push('BT /FC ' + end.size + ' Tf ' + (end.right + 0.3).toFixed(2) + ' ' + (height - end.baseline).toFixed(2) + ' Td <2460> Tj ET')
  }
  for (const [index, page] of report.pages.entries()) {
    if (marks[index]!.length === 0) continue
    const stream = next++
    objects.set(stream, streamObject('', 'q 0 g\n' + marks[index]!.join('\n') + '\nQ'))
    objects.set(page.id, pageObject(page, [page.contents, stream]))
  }
  return update(report, objects)
}

describe('parsePdf on numbers with a footnote mark', () => {
  it('should read a number with a superscript or circled mark after it as the number, the mark as its annotation', async () => {
    const result = await parsePdf(await marked())
    expect(result.cells).toEqual(report.cells)
    expect(superscripted.map((id) => cellOf(result, id).annotation)).toEqual(['¹', '¹', '¹'])
    expect(circled.map((id) => cellOf(result, id).annotation)).toEqual(['①', '①', '①'])
  })
})
