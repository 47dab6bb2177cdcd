import {readFileSync} from 'node:fs'
import {createDeflate} from 'node:zlib'
import {isParseError, type ParseErrorCode} from '@xxgk/core'
import type {ParseResult} from '@xxgk/schema'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parsePdf, pdfToTree, type PdfOptions} from '../src/index.js'
import {incrementalUpdate, latin1, PdfWriter, showText, standardFont, streamObject, textPdf} from './pdf-writer.js'

/**
 * Hostile and broken PDFs: each is refused with one exact `ParseError` code, or read, within
 * a time bound and (where it could grow) a memory bound; never a hang or a crash. The
 * hostile files are written here from scratch (`pdf-writer.ts`); the damaged ones are cut
 * from a LibreOffice PDF of a published report. PDFium loads a page whole, in one call that
 * only the engine's thread being terminated can stop: `limits.maxMilliseconds` does so.
 * Where a test is about another limit and takes seconds, it sets that one high, so that it
 * reaches the limit it is about however loaded the machine is.
 */

const second = 1000
const mebibyte = 1024 * 1024

const reportPdf = readFileSync(new URL('./fixtures/libreoffice/page-breaks.pdf', import.meta.url))
const reportCells = (
  JSON.parse(readFileSync(new URL('../../adapters/test/fixtures/published/page-breaks.json', import.meta.url), 'utf8')) as {
    cells: Record<string, number | null>
  }
).cells

interface Outcome {
  code: ParseErrorCode | undefined
  message: string
  result: ParseResult | undefined
  milliseconds: number
  /** Growth of the resident set over the call, in MiB (the largest seen while it ran is not measurable from inside). */
  rssGrowth: number
}

/** Runs `parsePdf` and says how it ended: the `ParseError` code, or the result; anything else fails the test. */
async function outcome(bytes: Uint8Array | unknown, options: PdfOptions = {}): Promise<Outcome> {
  const rss = process.memoryUsage().rss
  const started = performance.now()
  let code: ParseErrorCode | undefined
  let message = ''
  let result: ParseResult | undefined
  try {
    result = await parsePdf(bytes as Uint8Array, options)
  } catch (error) {
    expect(isParseError(error), 'expected a ParseError, got ' + String(error)).toBe(true)
    code = (error as {code: ParseErrorCode}).code
    message = (error as Error).message
  }
  return {code, message, result, milliseconds: performance.now() - started, rssGrowth: (process.memoryUsage().rss - rss) / mebibyte}
}

/** Every cell of a result is the true value of the report or null: no wrong cell. */
function expectNoWrongCell(result: ParseResult): void {
  for (const [id, value] of Object.entries(reportCells)) {
    const actual = result.cells[id as keyof typeof result.cells]
    if (actual !== null) expect(actual, id).toBe(value)
  }
}

/** The report's PDF without the bytes from `from` to `to` (fractions of its length). */
function cutOut(from: number, to: number): Uint8Array {
  return new Uint8Array(Buffer.concat([reportPdf.subarray(0, Math.floor(reportPdf.length * from)), reportPdf.subarray(Math.floor(reportPdf.length * to))]))
}

/** A deterministic byte stream (xorshift), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed >>> 0 || 1
  for (let index = 0; index < length; index++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[index] = state & 0xff
  }
  return bytes
}

function helvetica(writer: PdfWriter): string {
  return '/Font << /F1 ' + standardFont(writer) + ' 0 R >>'
}

describe('parsePdf on what is not a PDF', () => {
  it('should refuse random bytes behind a .pdf name with CORRUPT_PDF', async () => {
    const result = await outcome(randomBytes(64 * 1024, 7), {path: 'report.pdf'})
    expect(result.code).toBe('CORRUPT_PDF')
    expect(result.milliseconds).toBeLessThan(2 * second)
  })

  it('should refuse random bytes after a %PDF- header with CORRUPT_PDF', async () => {
    const bytes = new Uint8Array([...latin1('%PDF-1.7\n'), ...randomBytes(64 * 1024, 11)])
    const result = await outcome(bytes)
    expect(result.code).toBe('CORRUPT_PDF')
    expect(result.milliseconds).toBeLessThan(5 * second)
  })

  it('should refuse a .docx (a zip) with CORRUPT_PDF', async () => {
    const docx = readFileSync(new URL('../../adapters/test/fixtures/published/page-breaks.docx', import.meta.url))
    const result = await outcome(new Uint8Array(docx), {path: 'report.pdf'})
    expect(result.code).toBe('CORRUPT_PDF')
    expect(result.milliseconds).toBeLessThan(2 * second)
  })

  it('should refuse an html page with CORRUPT_PDF, also one naming %PDF- in its first bytes', async () => {
    const html = '<!DOCTYPE html><html><head><title>测试县司法局2024年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p></body></html>'
    expect((await outcome(new Uint8Array(Buffer.from(html)))).code).toBe('CORRUPT_PDF')
    const naming = '<html><body><a href="report.pdf">%PDF-1.7 下载</a><p>一、总体情况</p></body></html>'
    const result = await outcome(new Uint8Array(Buffer.from(naming)))
    expect(result.code).toBe('CORRUPT_PDF')
    expect(result.milliseconds).toBeLessThan(2 * second)
  })

  it('should refuse 0 bytes with EMPTY and what is not bytes with INVALID_INPUT', async () => {
    expect((await outcome(new Uint8Array(0))).code).toBe('EMPTY')
    expect((await outcome('%PDF-1.7')).code).toBe('INVALID_INPUT')
    expect((await outcome(reportPdf.buffer)).code).toBe('INVALID_INPUT')
  })

  it('should refuse a file over limits.maxBytes with TOO_LARGE before reading it', async () => {
    const result = await outcome(new Uint8Array(reportPdf), {limits: {maxBytes: 100_000}})
    expect(result.code).toBe('TOO_LARGE')
    expect(result.message).toContain('100000')
  })
})

describe('parsePdf on damaged PDFs', () => {
  it('should read the whole LibreOffice PDF to its exact cells (the source of the damaged ones)', async () => {
    const result = await outcome(new Uint8Array(reportPdf))
    expect(result.result?.cells).toEqual(reportCells)
  })

  for (const fraction of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
    // LibreOffice writes the cross-reference table last: cut anywhere before it, PDFium
    // does not rebuild the file and it is refused (a repaired one would have to be read to
    // no wrong cell, `expectNoWrongCell`).
    it('should refuse the PDF cut at ' + fraction * 100 + '% of its bytes with CORRUPT_PDF', async () => {
      const bytes = new Uint8Array(reportPdf.subarray(0, Math.floor(reportPdf.length * fraction)))
      const result = await outcome(bytes)
      expect(result.milliseconds).toBeLessThan(10 * second)
      if (result.result) expectNoWrongCell(result.result)
      expect(result.code).toBe('CORRUPT_PDF')
    })
  }

  // A piece cut out of the middle, the cross-reference table and trailer kept: every
  // offset after the gap is wrong and PDFium rebuilds the table by scanning. Most of the
  // file is embedded font data, which the reader does not need.
  for (const [from, to] of [[0.2, 0.3], [0.5, 0.7], [0.3, 0.9]] as const) {
    it('should read the PDF with ' + from * 100 + '–' + to * 100 + '% of its bytes cut out to its exact cells', async () => {
      const result = await outcome(cutOut(from, to))
      expect(result.result?.cells).toEqual(reportCells)
      expect(result.milliseconds).toBeLessThan(10 * second)
    })
  }

  it('should read the PDF with 5–10% of its bytes cut out (part of a font: its glyphs map to no text) to no wrong cell, 43 cells null', async () => {
    const bytes = cutOut(0.05, 0.1)
    const result = await outcome(bytes)
    expectNoWrongCell(result.result!)
    const unread = Object.entries(result.result!.cells).filter(([, value]) => value === null).map(([id]) => id.split('.').slice(0, 2).join('.'))
    expect([...new Set(unread)]).toEqual([
      'applications.otherDisposal',
      'applications.total',
      'applications.carriedForward',
      'reviewLitigation.review',
      'reviewLitigation.litigationDirect',
      'reviewLitigation.litigationAfterReview'
    ])
    expect(unread).toHaveLength(43)
    const file = new VFile()
    await pdfToTree(bytes, {}, file)
    expect(file.messages.some((message) => message.ruleId === 'pdf-unmapped-glyphs')).toBe(true)
  })

  it('should read the PDF cut in its trailer (the last 20 bytes gone) to its exact cells', async () => {
    const result = await outcome(new Uint8Array(reportPdf.subarray(0, reportPdf.length - 20)))
    expect(result.result?.cells).toEqual(reportCells)
  })

  it('should read the PDF whose startxref points past the end to its exact cells (PDFium rebuilds the table)', async () => {
    const text = Buffer.from(reportPdf).toString('latin1')
    const at = text.lastIndexOf('startxref')
    const broken = text.slice(0, at) + 'startxref\n99999999\n%%EOF\n'
    const result = await outcome(new Uint8Array(Buffer.from(broken, 'latin1')))
    expect(result.result?.cells).toEqual(reportCells)
  })

  it('should read a written PDF whose cross-reference offsets are all garbage', async () => {
    const writer = new PdfWriter()
    writer.page(showText('Hello'), helvetica(writer))
    const xref = 'xref\n0 5\n0000000000 65535 f \n' + '0000999999 00000 n \n'.repeat(4)
    const result = await outcome(writer.toBytes({xref}))
    expect(result.code).toBe('NOT_A_REPORT')
    expect(result.milliseconds).toBeLessThan(5 * second)
  })

  it('should read a written PDF with no cross-reference table and startxref 0', async () => {
    const writer = new PdfWriter()
    writer.page(showText('Hello'), helvetica(writer))
    const result = await outcome(writer.toBytes({xref: '', startxref: 0}))
    expect(result.code).toBe('NOT_A_REPORT')
  })

  it('should refuse a trailer with no /Root (though a catalog is there) with CORRUPT_PDF', async () => {
    const writer = new PdfWriter()
    writer.page(showText('Hello'), helvetica(writer))
    const result = await outcome(writer.toBytes({trailer: '<< /Size 6 >>'}))
    expect(result.code).toBe('CORRUPT_PDF')
  })

  it('should refuse a trailer with no /Root and no catalog anywhere with CORRUPT_PDF', async () => {
    const writer = new PdfWriter()
    writer.page(showText('Hello'), helvetica(writer))
    const result = await outcome(writer.toBytes({root: false}))
    expect(result.code).toBe('CORRUPT_PDF')
  })
})

describe('parsePdf on many documents at once', () => {
  it('should answer good and bad documents started together each as alone (one engine, one document at a time)', async () => {
    const encrypted = new Uint8Array(readFileSync(new URL('./fixtures/encrypted-user-password.pdf', import.meta.url)))
    const owner = new Uint8Array(readFileSync(new URL('./fixtures/encrypted-owner-password.pdf', import.meta.url)))
    const inputs = [new Uint8Array(reportPdf), encrypted, new Uint8Array([...latin1('%PDF-1.7\n'), ...randomBytes(4096, 3)]), owner, textPdf('one', 'two', 'three'), new Uint8Array(reportPdf)]
    const results = await Promise.all(inputs.map((bytes) => outcome(bytes)))
    expect(results.map((result) => result.code)).toEqual([undefined, 'ENCRYPTED', 'CORRUPT_PDF', undefined, 'NOT_A_REPORT', undefined])
    for (const index of [0, 3, 5]) expect(results[index]!.result?.cells).toEqual(reportCells)
  })
})

describe('parsePdf on encrypted PDFs', () => {
  it('should refuse a PDF with a user password with ENCRYPTED', async () => {
    const bytes = readFileSync(new URL('./fixtures/encrypted-user-password.pdf', import.meta.url))
    const result = await outcome(new Uint8Array(bytes))
    expect(result.code).toBe('ENCRYPTED')
  })

  it('should read a PDF with only an owner password (no printing, no copying) to its exact cells', async () => {
    const bytes = readFileSync(new URL('./fixtures/encrypted-owner-password.pdf', import.meta.url))
    const result = await outcome(new Uint8Array(bytes))
    expect(result.result?.cells).toEqual(reportCells)
  })
})

describe('parsePdf on PDFs with no text', () => {
  it('should refuse a page that only draws an image (a scan) with NO_TEXT_LAYER, saying so', async () => {
    const writer = new PdfWriter()
    const image = writer.addStream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', new Uint8Array([0, 255, 255, 0]))
    writer.page('q 400 0 0 600 100 100 cm /Im1 Do Q', '/XObject << /Im1 ' + image + ' 0 R >>')
    writer.page('q 400 0 0 600 100 100 cm /Im1 Do Q', '/XObject << /Im1 ' + image + ' 0 R >>')
    const result = await outcome(writer.toBytes())
    expect(result.code).toBe('NO_TEXT_LAYER')
    expect(result.message).toContain('2 page(s) hold only images (2)')
  })

  it('should refuse pages with no text and no image (empty, or only lines) with NO_TEXT_LAYER', async () => {
    const writer = new PdfWriter()
    writer.page('')
    writer.page('1 w 72 72 m 540 72 l S 72 72 m 72 720 l S')
    writer.page('0 0 1 rg 100 100 200 200 re f')
    const result = await outcome(writer.toBytes())
    expect(result.code).toBe('NO_TEXT_LAYER')
    expect(result.message).toBe('The PDF has no text on any of its 3 page(s)')
  })
})

describe('parsePdf on hostile PDFs', () => {
  // One page: the bound is what PDFium takes to inflate and scan 300 MB in one call, about
  // 7–11 s alone on 2 shared cores and up to 40 s with the rest of the suite beside it.
  // The engine's memory grows past 256 MiB, so its thread is replaced after it.
  it('should read a content stream inflating to 300 MB within 60 s and 1 GiB', {timeout: 120 * second}, async () => {
    const compressed = await deflateRepeated(' ', 300, showText('Hello'))
    const writer = new PdfWriter()
    const font = helvetica(writer)
    const contents = writer.reserve()
    writer.set(contents, new Uint8Array(Buffer.concat([Buffer.from('<< /Filter /FlateDecode /Length ' + compressed.length + ' >>\nstream\n'), compressed, Buffer.from('\nendstream')])))
    const bytes = pageWithContents(writer, contents, font)
    expect(bytes.length).toBeLessThan(2 * mebibyte)
    const result = await outcome(bytes, {limits: {maxMilliseconds: 60 * second}})
    expect(result.code).toBe('NOT_A_REPORT')
    expect(result.milliseconds).toBeLessThan(60 * second)
    expect(result.rssGrowth).toBeLessThan(1024)
    const after = await outcome(new Uint8Array(reportPdf))
    expect(after.result?.cells).toEqual(reportCells)
  })

  // PDFium's WebAssembly memory stops at 2 GiB: a stream inflating past it aborts the
  // engine ("Cannot enlarge memory"), which must end as a ParseError, and the next
  // document must be read as if nothing happened.
  it('should refuse a content stream inflating to 1.2 GB (the engine out of memory) and then read a report to its exact cells', {timeout: 120 * second}, async () => {
    const compressed = await deflateRepeated(' ', 1200, showText('Hello'))
    const writer = new PdfWriter()
    const font = helvetica(writer)
    const contents = writer.reserve()
    writer.set(contents, new Uint8Array(Buffer.concat([Buffer.from('<< /Filter /FlateDecode /Length ' + compressed.length + ' >>\nstream\n'), compressed, Buffer.from('\nendstream')])))
    const bytes = pageWithContents(writer, contents, font)
    expect(bytes.length).toBeLessThan(8 * mebibyte)
    const result = await outcome(bytes, {limits: {maxMilliseconds: 90 * second}})
    expect(result.code).toBe('TOO_LARGE')
    expect(result.message).toBe('The PDF needs more memory than the PDF engine has (2 GiB): Aborted(native code called abort())')
    // About 11 s alone, 30 s with the rest of the suite beside it.
    expect(result.milliseconds).toBeLessThan(90 * second)
    expect(result.rssGrowth).toBeLessThan(2560)
    const after = await outcome(new Uint8Array(reportPdf))
    expect(after.result?.cells).toEqual(reportCells)
  })

  /** Past the deadline, the time to terminate the engine's thread and answer: a bound, not a goal. */
  const deadlineMargin = 3 * second

  // PDFium parses a page's whole content in one call before the engine counts a single
  // object: a 60 KB file inflating to 30 MiB of `0 0 m 1 1 l S` (2.2 million paths) holds
  // it 5–16 s and 600 MB (150 MiB of it: 46 s, into the engine's 2 GiB ceiling). The
  // engine's thread is terminated at the deadline, inside that call.
  it('should refuse 2.2 million paths inflated from a 60 KB file (one engine call of 5–16 s) with TOO_LARGE at limits.maxMilliseconds, then read a report to its exact cells', {timeout: 60 * second}, async () => {
    const compressed = await deflateRepeated('0 0 m 1 1 l S\n', 30, '', 6)
    const writer = new PdfWriter()
    const contents = writer.reserve()
    writer.set(contents, new Uint8Array(Buffer.concat([Buffer.from('<< /Filter /FlateDecode /Length ' + compressed.length + ' >>\nstream\n'), compressed, Buffer.from('\nendstream')])))
    const bytes = pageWithContents(writer, contents, '')
    expect(bytes.length).toBeLessThan(100_000)
    const result = await outcome(bytes, {limits: {maxMilliseconds: 2 * second}})
    expect(result.code).toBe('TOO_LARGE')
    expect(result.message).toBe('Reading the PDF took longer than `limits.maxMilliseconds` (2000 ms): stopped on page 1')
    expect(result.milliseconds).toBeGreaterThanOrEqual(2 * second - 1)
    expect(result.milliseconds).toBeLessThan(2 * second + deadlineMargin)
    expect(result.rssGrowth).toBeLessThan(1024)
    const after = await outcome(new Uint8Array(reportPdf))
    expect(after.result?.cells).toEqual(reportCells)
  })

  // A million text objects of one glyph each, from 11 KB: 4–10 s and 400 MB in the
  // engine's calls that load the page and its text before `limits.maxGlyphsPerPage` could
  // refuse it.
  it('should refuse a million one-glyph text objects from an 11 KB file with TOO_LARGE at limits.maxMilliseconds, on the page it was reading, then read a report to its exact cells', {timeout: 60 * second}, async () => {
    const writer = new PdfWriter()
    const font = helvetica(writer)
    writer.page(showText('Cover'), font)
    writer.page('BT /F1 1 Tf 10 10 Td\n' + '(x) Tj\n'.repeat(1_000_000) + 'ET', font, {flate: true})
    const bytes = writer.toBytes()
    expect(bytes.length).toBeLessThan(12_000)
    const result = await outcome(bytes, {limits: {maxMilliseconds: 2 * second}})
    expect(result.code).toBe('TOO_LARGE')
    expect(result.message).toBe('Reading the PDF took longer than `limits.maxMilliseconds` (2000 ms): stopped on page 2')
    expect(result.milliseconds).toBeLessThan(2 * second + deadlineMargin)
    const after = await outcome(new Uint8Array(reportPdf))
    expect(after.result?.cells).toEqual(reportCells)
  })

  it('should stop at limits.maxMilliseconds of 1 ms: 3 pages of 100 MB content streams, in the engine\'s thread and in this one (after the first page)', {timeout: 60 * second}, async () => {
    const compressed = await deflateRepeated(' ', 100, showText('Hello'))
    const writer = new PdfWriter()
    const font = helvetica(writer)
    const contents = writer.reserve()
    writer.set(contents, new Uint8Array(Buffer.concat([Buffer.from('<< /Filter /FlateDecode /Length ' + compressed.length + ' >>\nstream\n'), compressed, Buffer.from('\nendstream')])))
    const pages = writer.reserve()
    const kids = [0, 1, 2].map(() => writer.add('<< /Type /Page /Parent ' + pages + ' 0 R /MediaBox [0 0 612 792] /Resources << ' + font + ' >> /Contents ' + contents + ' 0 R >>'))
    writer.set(pages, '<< /Type /Pages /Kids [' + kids.map((kid) => kid + ' 0 R').join(' ') + '] /Count 3 >>')
    const root = writer.add('<< /Type /Catalog /Pages ' + pages + ' 0 R >>')
    const bytes = writer.toBytes({trailer: '<< /Size ' + (root + 1) + ' /Root ' + root + ' 0 R >>'})
    const isolated = await outcome(bytes, {limits: {maxMilliseconds: 1}})
    expect(isolated.code).toBe('TOO_LARGE')
    // Opening the document may take the whole millisecond.
    expect(isolated.message).toMatch(/^Reading the PDF took longer than `limits\.maxMilliseconds` \(1 ms\): stopped (?:on page 1|while opening it)$/)
    expect(isolated.milliseconds).toBeLessThan(deadlineMargin)
    const here = await outcome(bytes, {limits: {maxMilliseconds: 1}, isolate: false})
    expect(here.code).toBe('TOO_LARGE')
    // Each page takes far longer than 1 ms to inflate: the limit is checked after the first.
    expect(here.message).toBe('Reading the PDF took longer than `limits.maxMilliseconds` (1 ms) by page 1')
    expect(here.milliseconds).toBeLessThan(30 * second)
  })

  it('should refuse a page of 300,000 tiny paths with TOO_LARGE (limits.maxObjectsPerPage)', {timeout: 60 * second}, async () => {
    const writer = new PdfWriter()
    writer.page('0.1 w\n' + '10 10 m 11 11 l S\n'.repeat(300_000), '', {flate: true})
    const result = await outcome(writer.toBytes(), {limits: {maxMilliseconds: 60 * second}})
    expect(result.code).toBe('TOO_LARGE')
    expect(result.message).toContain('`limits.maxObjectsPerPage` (200000)')
    // About 2–5 s alone: PDFium loads all 300,000 before the engine counts them.
    expect(result.milliseconds).toBeLessThan(30 * second)
  })

  /** A page drawing text in a form XObject nested `depth` deep. */
  function nestedForms(depth: number): Uint8Array {
    const writer = new PdfWriter()
    const font = helvetica(writer)
    let inner = writer.addStream('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << ' + font + ' >>', showText('Hello'))
    for (let level = 1; level < depth; level++) {
      inner = writer.addStream('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X ' + inner + ' 0 R >> >>', '/X Do')
    }
    writer.page('/X Do', '/XObject << /X ' + inner + ' 0 R >>')
    return writer.toBytes()
  }

  it('should read text in form XObjects nested 6 deep', async () => {
    expect((await outcome(nestedForms(6))).code).toBe('NOT_A_REPORT')
  })

  it('should answer form XObjects nested 500 deep within 5 s: PDFium draws none that deep, so NO_TEXT_LAYER', async () => {
    const result = await outcome(nestedForms(500))
    expect(result.code).toBe('NO_TEXT_LAYER')
    expect(result.milliseconds).toBeLessThan(5 * second)
  })

  // Forms drawing forms ten times each, five deep: 100,000 instances of one line and one
  // word from a 2 KB file. PDFium expands every instance while it loads the page, before
  // the engine counts any: about 7.5 s and 700 MB before `limits.maxObjectsPerPage`
  // refuses it. Six deep (1,000,000 instances, still 2 KB) would run about 29 s into the
  // engine's 2 GiB ceiling: `limits.maxMilliseconds` stops it first.
  it('should refuse forms nested 5 deep, each drawn 10 times (100,000 instances) with TOO_LARGE within 60 s and 1 GiB', {timeout: 120 * second}, async () => {
    const writer = new PdfWriter()
    const font = helvetica(writer)
    let inner = writer.addStream('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << ' + font + ' >>', showText('Hello') + ' 10 10 m 20 20 l S')
    for (let depth = 0; depth < 5; depth++) {
      inner = writer.addStream('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X ' + inner + ' 0 R >> >>', '/X Do\n'.repeat(10))
    }
    writer.page('/X Do', '/XObject << /X ' + inner + ' 0 R >>')
    const bytes = writer.toBytes()
    expect(bytes.length).toBeLessThan(2048)
    const result = await outcome(bytes, {limits: {maxMilliseconds: 60 * second}})
    expect(result.code).toBe('TOO_LARGE')
    expect(result.message).toBe('Page 1 draws more than `limits.maxObjectsPerPage` (200000) objects')
    expect(result.milliseconds).toBeLessThan(60 * second)
    expect(result.rssGrowth).toBeLessThan(1024)
  })

  it('should read a form XObject that draws itself (a cycle) within 5 s', async () => {
    const writer = new PdfWriter()
    const font = helvetica(writer)
    const form = writer.reserve()
    writer.setStream(form, '/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << ' + font + ' /XObject << /X ' + form + ' 0 R >> >>', showText('Hello') + ' /X Do')
    writer.page('/X Do', '/XObject << /X ' + form + ' 0 R >>')
    const result = await outcome(writer.toBytes())
    expect(result.code).toBe('NOT_A_REPORT')
    expect(result.milliseconds).toBeLessThan(5 * second)
  })

  it('should refuse a page tree whose /Count claims 1,000,000 pages with TOO_LARGE at once', async () => {
    const writer = new PdfWriter()
    writer.page(showText('Hello'), helvetica(writer))
    const result = await outcome(writer.toBytes({count: 1_000_000}))
    expect(result.code).toBe('TOO_LARGE')
    expect(result.message).toBe('The PDF has 1000000 pages, more than `limits.maxPages` (500)')
    expect(result.milliseconds).toBeLessThan(1 * second)
  })

  it('should refuse a page of 300 lines of 400 characters with TOO_LARGE (limits.maxGlyphsPerPage)', async () => {
    const writer = new PdfWriter()
    const line = '(' + 'x'.repeat(400) + ") '\n"
    writer.page('BT /F1 1 Tf 1 TL 50 750 Td\n' + line.repeat(300) + 'ET', helvetica(writer), {flate: true})
    const result = await outcome(writer.toBytes())
    expect(result.code).toBe('TOO_LARGE')
    // 300 lines of 400 and the 299 line ends (CR LF) PDFium counts between them.
    expect(result.message).toBe('Page 1 has 120598 characters, more than `limits.maxGlyphsPerPage` (100000)')
    expect(result.milliseconds).toBeLessThan(10 * second)
  })

  it('should refuse a 3-page PDF with TOO_LARGE under limits.maxPages 1', async () => {
    const result = await outcome(textPdf('one', 'two', 'three'), {limits: {maxPages: 1}})
    expect(result.code).toBe('TOO_LARGE')
    expect(result.message).toBe('The PDF has 3 pages, more than `limits.maxPages` (1)')
  })
})

describe('pdfToTree on a font that maps glyphs to private-use code points', () => {
  // The report's PDF with one font's ToUnicode map replaced (an incremental update) by one
  // sending every code to U+E000 and up: LibreOffice draws the digits in DejaVu Sans and
  // the regular CJK text in Noto Sans CJK.
  it('should read no number of the report whose digit font maps to private use: 200 cells null, every page warned', async () => {
    const bytes = privateUseFont('DejaVuSans', '00', 'FF')
    const result = await outcome(bytes)
    expect(Object.values(result.result!.cells).filter((value) => value === null)).toHaveLength(200)
    expect(result.result!.report.meta.agency).toBe('测试县司法局')
    const file = new VFile()
    await pdfToTree(bytes, {}, file)
    const warned = file.messages.filter((message) => message.ruleId === 'pdf-unmapped-glyphs').map((message) => /^Page (\d+): (\d+) of/.exec(message.reason)!.slice(1).map(Number))
    expect(warned).toEqual([[1, 28], [2, 21], [3, 100], [4, 256], [5, 130], [6, 46], [7, 5]])
  })

  it('should match no row label of the report whose regular CJK font maps to private use: only 表四 (placed by its columns) read, no wrong cell', async () => {
    const result = await outcome(privateUseFont('NotoSansCJKjp-Regular-VKana', '0000', 'FFFF'))
    expectNoWrongCell(result.result!)
    const read = Object.entries(result.result!.cells).filter(([, value]) => value !== null).map(([id]) => id)
    expect(read).toHaveLength(15)
    expect(read.every((id) => id.startsWith('reviewLitigation.'))).toBe(true)
  })

  it('should warn pdf-unmapped-glyphs naming the page, and match no label', async () => {
    const writer = new PdfWriter()
    const plain = standardFont(writer)
    const names = Array.from({length: 26}, (_, index) => '/uniE' + (0x001 + index).toString(16).padStart(3, '0')).join(' ')
    const privateUse = standardFont(writer, 'Helvetica', '<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 ' + names + '] >>')
    writer.page(showText('Annual report 2024'), '/Font << /F1 ' + plain + ' 0 R >>')
    writer.page(showText('ABCDEFGHIJKLM'), '/Font << /F1 ' + privateUse + ' 0 R >>')
    const bytes = writer.toBytes()
    const file = new VFile()
    await pdfToTree(bytes, {}, file)
    const warnings = file.messages.filter((message) => message.ruleId === 'pdf-unmapped-glyphs')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.reason).toMatch(/^Page 2: 13 of 13 characters/)
    expect((await outcome(bytes)).code).toBe('NOT_A_REPORT')
  })
})

/** `mebibytes` MiB of `unit` repeated, then `tail`, deflated as a stream (never all in memory at once). */
async function deflateRepeated(unit: string, mebibytes: number, tail: string, level = 1): Promise<Buffer> {
  const chunk = Buffer.from(unit.repeat(Math.floor(mebibyte / unit.length)), 'latin1')
  const deflate = createDeflate({level})
  const parts: Array<Buffer> = []
  deflate.on('data', (data: Buffer) => parts.push(data))
  const ended = new Promise((resolve) => deflate.on('end', resolve))
  for (let index = 0; index < mebibytes; index++) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end(Buffer.from(' ' + tail, 'latin1'))
  await ended
  return Buffer.concat(parts)
}

/** A page whose content is the stream object `contents`, with the catalog and trailer. */
function pageWithContents(writer: PdfWriter, contents: number, resources: string): Uint8Array {
  const pages = writer.reserve()
  const page = writer.add('<< /Type /Page /Parent ' + pages + ' 0 R /MediaBox [0 0 612 792] /Resources << ' + resources + ' >> /Contents ' + contents + ' 0 R >>')
  writer.set(pages, '<< /Type /Pages /Kids [' + page + ' 0 R] /Count 1 >>')
  const root = writer.add('<< /Type /Catalog /Pages ' + pages + ' 0 R >>')
  return writer.toBytes({trailer: '<< /Size ' + (root + 1) + ' /Root ' + root + ' 0 R >>'})
}

/** The report's PDF with the ToUnicode map of the font named `font` sending codes `low`…`high` to U+E000…. */
function privateUseFont(font: string, low: string, high: string): Uint8Array {
  const base = new Uint8Array(reportPdf)
  const text = Buffer.from(base).toString('latin1')
  const fonts = [...text.matchAll(/\d+ 0 obj\n<<\/Type\/Font\/Subtype\/\w+\/BaseFont\/[A-Z]{6}\+([\w-]+)[^>]*?\/ToUnicode (\d+) 0 R/g)]
  const map = fonts.find((match) => match[1] === font)![2]
  const cmap =
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /PrivateUse def /CMapType 2 def\n' +
    '1 begincodespacerange <' + low + '> <' + high + '> endcodespacerange\n' +
    '1 beginbfrange <' + low + '> <' + high + '> <E000> endbfrange\n' +
    'endcmap CMapName currentdict /CMap defineresource pop end end'
  return incrementalUpdate(base, new Map([[Number(map), streamObject('', cmap)]]))
}
