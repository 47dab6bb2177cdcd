import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'
import {incrementalUpdate, streamObject} from './pdf-writer.js'

const reportPdf = readFileSync(new URL('./fixtures/libreoffice/page-breaks.pdf', import.meta.url))
const reportCells = (
  JSON.parse(readFileSync(new URL('../../adapters/test/fixtures/published/page-breaks.json', import.meta.url), 'utf8')) as {
    cells: Record<string, number | null>
  }
).cells

/**
 * The report's PDF with every page's content drawn twice, the second time `dx` points right
 * and `dy` up, as writers embolden text (and as some print drivers draw every page).
 */
function drawnTwice(dx: number, dy: number): Uint8Array {
  const text = reportPdf.toString('latin1')
  let next = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))![1])
  const objects = new Map<number, string>()
  const pages = /(\d+) 0 obj\n<<\/Type\/Page\/Parent (\d+) 0 R\/Resources (\d+) 0 R\/MediaBox\[0 0 ([\d.]+) ([\d.]+)\]\/Contents (\d+) 0 R>>/g
  const save = next++
  const shift = next++
  const restore = next++
  objects.set(save, streamObject('', 'q'))
  objects.set(shift, streamObject('', 'Q q 1 0 0 1 ' + dx + ' ' + dy + ' cm'))
  objects.set(restore, streamObject('', 'Q'))
  for (const [, id, parent, resources, width, height, contents] of text.matchAll(pages)) {
    objects.set(Number(id), '<< /Type /Page /Parent ' + parent + ' 0 R /Resources ' + resources + ' 0 R /MediaBox [0 0 ' + width + ' ' + height +
      '] /Contents [' + [save, contents, shift, contents, restore].map((object) => object + ' 0 R').join(' ') + '] >>')
  }
  expect(objects.size).toBe(3 + 7)
  return incrementalUpdate(new Uint8Array(reportPdf), objects)
}

describe('parsePdf on text drawn twice over itself', () => {
  it('should read each glyph drawn again 0.3 pt away once, to the exact cells', async () => {
    const result = await parsePdf(drawnTwice(0.3, 0.1))
    expect(result.cells).toEqual(reportCells)
  })

  it('should keep text drawn again half a glyph away as text of its own: its numbers unread, none wrong', async () => {
    // Six points right (a 10.5 pt glyph's half): the copies interleave (`1122`), read as no number of the report.
    const result = await parsePdf(drawnTwice(6, 0))
    for (const [id, value] of Object.entries(result.cells)) if (value !== null) expect(value, id).toBe(reportCells[id])
    expect(result.cells['applications.newReceived.total']).toBeNull()
  })
})
