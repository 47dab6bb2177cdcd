import fc from 'fast-check'
import iconv from 'iconv-lite'
import {isParseError, parseErrorCodes, parseReport, type ParseErrorCode} from '@xxgk/core'
import {ParseResultSchema, type ParseResult} from '@xxgk/schema'
import {fixtureReport, renderText, type TextLayout} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {decodeText, parseBytes} from '../../src/index.js'

/** What an entry point gave: its result, or the code of the `ParseError` it threw. */
type Outcome = ParseResult | ParseErrorCode

/** Runs a parse; returns the result or the ParseError code, and fails the property on anything else or on `INTERNAL`. */
async function outcome(parse: () => ParseResult | Promise<ParseResult>): Promise<Outcome> {
  try {
    return await parse()
  } catch (error) {
    if (!isParseError(error)) throw error
    expect(error.name).toBe('ParseError')
    expect(Object.keys(parseErrorCodes)).toContain(error.code)
    // `INTERNAL` is the parser's own bug wrapped as a ParseError: a failure here too.
    expect(error.code, 'INTERNAL: ' + String(error.cause instanceof Error ? error.cause.stack : error.cause)).not.toBe('INTERNAL')
    return error.code
  }
}

/** `parseBytes` twice: only ParseError, the same answer both times, a result complete in the sense of the schema. */
async function parseBytesTwice(bytes: Uint8Array, filename: string | undefined): Promise<Outcome> {
  const first = await outcome(() => parseBytes(bytes, {filename}))
  expect(await outcome(() => parseBytes(bytes, {filename}))).toEqual(first)
  if (typeof first !== 'string') {
    const parsed = ParseResultSchema.safeParse(first)
    expect(parsed.success, parsed.error?.message).toBe(true)
  }
  return first
}

const filenames = ['report.txt', 'report.md', 'report.html', 'report.docx', 'report.doc', 'report.pdf', 'report', undefined]
const layouts: Array<TextLayout> = ['cell-per-line', 'tab-rows', 'pipe', 'space-aligned', 'cell-stream', 'text-rows', 'tab-slots']
const texts = [4, 7, 11].flatMap((seed) => layouts.map((layout) => ({report: fixtureReport(seed), text: renderText(fixtureReport(seed), layout)})))

/**
 * A fixture text with up to 5 lines deleted and, half the time, its end cut off (never
 * before a quarter of it, so that enough of the report stays to tell an encoding by).
 */
const damagedText = fc
  .record({
    which: fc.nat({max: texts.length - 1}),
    deletions: fc.array(fc.nat(), {maxLength: 5}),
    cut: fc.option(fc.double({min: 0.25, max: 1, noNaN: true}), {nil: undefined})
  })
  .map(({which, deletions, cut}) => {
    const {text, report} = texts[which]!
    const lines = text.slice(0, cut === undefined ? text.length : Math.floor(text.length * cut)).split('\n')
    for (const deletion of deletions) lines.splice(deletion % lines.length, 1)
    return {report, text: lines.join('\n')}
  })

describe('parseBytes over arbitrary bytes', () => {
  it('should throw only ParseError, and answer the same each time, whatever the file is named', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({maxLength: 2048}), fc.constantFrom(...filenames), async (bytes, filename) => {
        const result = await parseBytesTwice(bytes, filename)
        // A .doc or a PDF is never read, whatever its bytes (unless they are a real .docx, which these cannot be).
        if (filename === 'report.doc' || filename === 'report.pdf') expect(typeof result).toBe('string')
      }),
      {numRuns: 200}
    )
  })

  it('should throw only ParseError for arbitrary bytes behind a signature or byte order mark', async () => {
    const signatures: Record<string, Array<number>> = {
      pdf: [...'%PDF-1.7\n'].map((character) => character.charCodeAt(0)),
      ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      zip: [0x50, 0x4b, 0x03, 0x04],
      png: [0x89, 0x50, 0x4e, 0x47],
      gzip: [0x1f, 0x8b],
      utf8Bom: [0xef, 0xbb, 0xbf],
      utf16leBom: [0xff, 0xfe],
      utf16beBom: [0xfe, 0xff]
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(signatures)),
        fc.uint8Array({maxLength: 1024}),
        fc.constantFrom(...filenames),
        async (signature, body, filename) => {
          const result = await parseBytesTwice(new Uint8Array([...signatures[signature]!, ...body]), filename)
          // A PDF goes to @xxgk/pdf, which finds no document in random bytes.
          if (signature === 'pdf') expect(['CORRUPT_PDF', 'NO_TEXT_LAYER']).toContain(result)
          if (signature === 'png' || signature === 'gzip') expect(result).toBe('UNSUPPORTED_FORMAT')
          if (signature === 'ole') expect(['UNSUPPORTED_FORMAT', 'ENCRYPTED']).toContain(result)
        }
      ),
      {numRuns: 200}
    )
  })

  it('should throw only ParseError for text-like bytes: report words, control characters and stray bytes', async () => {
    const words = fc.constantFrom('一、总体情况', '二、主动公开政府信息情况', '规章', '\t', '|', '| --- |', '（七）总计', '12', '\n', '\r\n', '\f', '\u001b', '\u0000', '<table>', '<html>', '%PDF-')
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(words, fc.string({maxLength: 6})), {maxLength: 60}),
        fc.constantFrom('utf-8', 'gbk', 'utf-16le'),
        fc.array(fc.record({at: fc.nat(), value: fc.integer({min: 0, max: 255})}), {maxLength: 3}),
        fc.constantFrom(...filenames),
        async (parts, encoding, flips, filename) => {
          const bytes = new Uint8Array(iconv.encode(parts.join(''), encoding))
          for (const {at, value} of flips) if (bytes.length > 0) bytes[at % bytes.length] = value
          await parseBytesTwice(bytes, filename)
        }
      ),
      {numRuns: 200}
    )
  })
})

describe('parseBytes over report text in other encodings', () => {
  it('should read GBK, GB18030 and UTF-16 (with a byte order mark) text to the same string and the same result as UTF-8', async () => {
    const encodings = fc.constantFrom('gbk', 'gb18030', 'utf-16le', 'utf-16be', 'utf-8-bom')
    await fc.assert(
      fc.asyncProperty(damagedText, encodings, fc.constantFrom('report.txt', 'report.md', undefined), async ({text}, encoding, filename) => {
        const bytes =
          encoding === 'utf-8-bom'
            ? new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
            : new Uint8Array(iconv.encode(text, encoding, {addBOM: encoding.startsWith('utf-16')}))
        expect(decodeText(bytes)).toBe(text)
        const expected = await outcome(() => parseBytes(new TextEncoder().encode(text), {filename}))
        expect(await parseBytesTwice(bytes, filename)).toEqual(expected)
      }),
      {numRuns: 80}
    )
  })

  it('should read a whole GBK report to the cells of its fixture', async () => {
    for (const {text, report} of texts) {
      const result = await parseBytes(new Uint8Array(iconv.encode(text, 'gbk')), {filename: 'report.txt'})
      expect(result.cells).toEqual(report.cells)
      expect(result.report.meta).toMatchObject({agency: report.agency, year: report.year})
    }
  })
})

describe('parseReport over GBK bytes decoded with the wrong encoding', () => {
  const wrongDecodings: Record<string, (bytes: Uint8Array) => string> = {
    'UTF-8 (U+FFFD for every bad byte)': (bytes) => new TextDecoder('utf-8').decode(bytes),
    'Latin-1 (ISO-8859-1)': (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'),
    'windows-1252': (bytes) => new TextDecoder('windows-1252').decode(bytes)
  }

  for (const [name, decode] of Object.entries(wrongDecodings)) {
    it('should refuse GBK read as ' + name + ' with BAD_ENCODING, never a report of nulls', async () => {
      await fc.assert(
        fc.asyncProperty(damagedText, fc.constantFrom('gbk', 'gb18030'), async ({text}, encoding) => {
          const mojibake = decode(new Uint8Array(iconv.encode(text, encoding)))
          expect(await outcome(() => parseReport(mojibake))).toBe('BAD_ENCODING')
          // Saved again as UTF-8, as a scraper that decoded it wrongly would: the same through parseBytes.
          expect(await parseBytesTwice(new TextEncoder().encode(mojibake), 'report.txt')).toBe('BAD_ENCODING')
        }),
        {numRuns: 60}
      )
    })
  }
})

describe('parseBytes over large text', () => {
  it('should refuse a text file over the 32 MiB limit of text with TOO_LARGE, before reading it', async () => {
    // 33 MiB of UTF-8: 11.5 million characters in 11,600 lines, under every limit of the
    // text itself (characters, lines, line length); only the file's bytes are over.
    const line = '本机关依法主动公开政府信息并及时更新'.repeat(55).slice(0, 1000) + '\n'
    const bytes = new TextEncoder().encode(('一、总体情况\n' + line.repeat(11_600)))
    expect(bytes.length).toBeGreaterThan(32 * 1024 * 1024)
    const started = performance.now()
    expect(await outcome(() => parseBytes(bytes, {filename: 'scan.txt'}))).toBe('TOO_LARGE')
    expect(await outcome(() => parseBytes(bytes, {filename: 'scan.html'}))).toBe('TOO_LARGE')
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
