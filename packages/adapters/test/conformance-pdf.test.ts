import {readFile} from 'node:fs/promises'
import {parseReport} from '@xxgk/core'
import {describe, expect, it} from 'vitest'
import {parseBytes, parseDocx, parseHtml, type ParseBytesOptions} from '../src/index.js'

const published = new URL('fixtures/published/', import.meta.url)
const pdfs = new URL('../../pdf/test/fixtures/conformance/', import.meta.url)

describe('one report in every format', () => {
  // The same report as .docx, LibreOffice's html and PDF of it, and `pdftotext -layout` of that PDF.
  for (const name of ['large-values', 'page-breaks', 'header-repeated']) {
    it('should give the same cells from the .docx, html, text and PDF of `' + name + '`', async () => {
      const expected = JSON.parse(await readFile(new URL(name + '.json', published), 'utf8')) as {cells: Record<string, number | null>}
      const pdfPath = new URL(name + '.pdf', pdfs)
      const fromPdf = await parseBytes(new Uint8Array(await readFile(pdfPath)), {filename: name + '.pdf'})
      const fromDocx = await parseDocx(new Uint8Array(await readFile(new URL(name + '.docx', published))))
      const fromHtml = await parseHtml(new Uint8Array(await readFile(new URL(name + '.html', published))))
      const fromText = parseReport(await readFile(new URL(name + '.txt', published), 'utf8'))
      expect(fromPdf.cells).toEqual(expected.cells)
      expect(fromDocx.cells).toEqual(expected.cells)
      expect(fromHtml.cells).toEqual(expected.cells)
      expect(fromText.cells).toEqual(expected.cells)
    })
  }
})

describe('parseBytes on a PDF', () => {
  // The limit at 0 ms tells where the engine ran: its own thread is stopped wherever it is;
  // the calling thread checks the limit after each page.
  it('should pass `isolate` and the limits to the PDF reader', async () => {
    const bytes = new Uint8Array(await readFile(new URL('page-breaks.pdf', pdfs)))
    const message = async (isolate: boolean) => {
      try {
        await parseBytes(bytes, {filename: 'page-breaks.pdf', isolate, limits: {maxMilliseconds: 0}})
      } catch (error) {
        return (error as Error).message
      }
      return 'read'
    }
    expect(await message(true)).toMatch(/^Reading the PDF took longer than `limits\.maxMilliseconds` \(0 ms\): stopped (?:on page 1|while opening it)$/)
    expect(await message(false)).toBe('Reading the PDF took longer than `limits.maxMilliseconds` (0 ms) by page 1')
  })

  it('should take the PDF limits in its options type and refuse a PDF over `maxPages`', async () => {
    const bytes = new Uint8Array(await readFile(new URL('page-breaks.pdf', pdfs)))
    const limits: ParseBytesOptions['limits'] = {maxPages: 1, maxGlyphsPerPage: 100_000, maxTableCells: 20_000, maxEntries: 10}
    await expect(parseBytes(bytes, {filename: 'page-breaks.pdf', limits})).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/more than `limits\.maxPages` \(1\)$/u)
    })
  })
})
