import {readFile} from 'node:fs/promises'
import {parseReport} from '@xxgk/core'
import {describe, expect, it} from 'vitest'
import {parseBytes, parseDocx, parseHtml} from '../src/index.js'

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
