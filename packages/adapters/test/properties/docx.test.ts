import fc from 'fast-check'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {isParseError, parseErrorCodes, type ParseErrorCode} from '@xxgk/core'
import {ParseResultSchema, type ParseResult} from '@xxgk/schema'
import {cellEntries, fixtureReport, renderDocx} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {detectFormat, parseBytes, parseDocx} from '../../src/index.js'

/** What an entry point gave: its result, or the code of the `ParseError` it threw. */
type Outcome = ParseResult | ParseErrorCode

/** Runs a parse; returns the result or the ParseError code, and fails the property on anything else or on `INTERNAL`. */
async function outcome(parse: () => Promise<ParseResult>): Promise<Outcome> {
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

/** A returned result must be complete in the sense of the schema. */
function expectComplete(result: Outcome): void {
  if (typeof result === 'string') return
  const parsed = ParseResultSchema.safeParse(result)
  expect(parsed.success, parsed.error?.message).toBe(true)
}

/**
 * Parses the bytes with `parseDocx` twice and with `parseBytes(…, {filename: 'x.docx'})`
 * once: only ParseError, the same answer each time, a complete result. Returns the outcome.
 */
async function parseBoth(bytes: Uint8Array): Promise<Outcome> {
  const first = await outcome(() => parseDocx(bytes))
  const second = await outcome(() => parseDocx(bytes))
  expect(second).toEqual(first)
  expectComplete(first)
  const viaBytes = await outcome(() => parseBytes(bytes, {filename: 'x.docx'}))
  // Bytes that say they are something else (a PNG, gzip) are refused as such by
  // parseBytes, whatever the name; the docx reader calls them a corrupt .docx.
  if (detectFormat(bytes, 'x.docx') === 'unknown') expect([first, viaBytes]).toEqual(['CORRUPT_DOCX', 'UNSUPPORTED_FORMAT'])
  else expect(viaBytes).toEqual(first)
  return first
}

/** Every cell is the fixture's true value, or null with a diagnostic naming it. */
function expectTrueOrNamedNull(result: Outcome, truth: Record<string, number | null>): void {
  if (typeof result === 'string') return
  for (const [id, value] of cellEntries(result.cells)) {
    if (value === null) {
      const named = result.diagnostics.some((diagnostic) => diagnostic.cellId === id || diagnostic.cellIds?.includes(id))
      expect(named, id + ' is null without a diagnostic naming it').toBe(true)
    } else {
      expect(value, id).toBe(truth[id])
    }
  }
}

/** A fixture report as a .docx, with its zip entries and document.xml to edit and re-zip. */
function docxFixture(seed: number) {
  const report = fixtureReport(seed)
  const bytes = renderDocx(report)
  const entries = unzipSync(bytes)
  const xml = strFromU8(entries['word/document.xml']!)
  const spans = (pattern: RegExp) => [...xml.matchAll(pattern)].map((match) => ({at: match.index, length: match[0].length}))
  return {
    report,
    bytes,
    entries,
    xml,
    /** Whole table rows. */
    rows: spans(/<w:tr>[\s\S]*?<\/w:tr>/gu),
    /** Whole table cells (a `w:tc` and everything in it). */
    cells: spans(/<w:tc>[\s\S]*?<\/w:tc>/gu),
    /** The text of the runs that hold a number, without their `<w:t>` tags. */
    numbers: [...xml.matchAll(/(<w:t[^>]*>)(\d+(?:\.\d+)?)<\/w:t>/gu)].map((match) => ({
      at: match.index + match[1]!.length,
      length: match[2]!.length
    }))
  }
}

type DocxFixture = ReturnType<typeof docxFixture>

/** Zips the fixture again with a new document.xml (other entries as they were). */
function rezip(fixture: DocxFixture, xml: string, level: 0 | 6 = 6): Uint8Array {
  return zipSync({...fixture.entries, 'word/document.xml': strToU8(xml)}, {level})
}

/** The text without the spans picked (by index into `spans`), deleted from the end so offsets stay valid. */
function without(text: string, spans: ReadonlyArray<{at: number; length: number}>, picked: ReadonlyArray<number>): string {
  let result = text
  for (const index of [...new Set(picked)].sort((a, b) => b - a)) {
    const {at, length} = spans[index]!
    result = result.slice(0, at) + result.slice(at + length)
  }
  return result
}

const fixtures = [3, 8, 13].map(docxFixture)
const anyFixture = fc.constantFrom(...fixtures.keys())

describe('parseDocx and parseBytes (.docx) over hostile bytes', () => {
  it('should throw only ParseError, and answer the same each time, for arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({maxLength: 2048}), async (bytes) => {
        await parseBoth(bytes)
      }),
      {numRuns: 200}
    )
  })

  it('should throw only ParseError for arbitrary bytes behind a zip signature or an end-of-directory record', async () => {
    const local = [0x50, 0x4b, 0x03, 0x04]
    const end = [0x50, 0x4b, 0x05, 0x06]
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({maxLength: 512}), fc.uint8Array({maxLength: 64}), fc.boolean(), async (body, tail, withEnd) => {
        const bytes = new Uint8Array([...local, ...body, ...(withEnd ? [...end, ...tail] : tail)])
        await parseBoth(bytes)
      }),
      {numRuns: 200}
    )
  })

  it('should throw only ParseError for a zip whose document.xml is arbitrary markup', async () => {
    const fragments = fc.constantFrom(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">', '</w:document>',
      '<w:body>', '</w:body>', '<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:p>', '</w:p>',
      '<w:r>', '</w:r>', '<w:t>', '</w:t>', '<w:gridSpan w:val="3"/>', '<w:gridSpan w:val="-1"/>', '<w:vMerge w:val="restart"/>',
      '<w:vMerge/>', '<w:gridCol w:w="900"/>', '<w:tblGrid>', '</w:tblGrid>', '<w:br/>', '<w:tab/>',
      '一、总体情况', '二、主动公开政府信息情况', '规章', '总计', '12', '&amp;', '&#x4E00;', '<![CDATA[x]]>', '<?pi x?>', '<!-- c -->'
    )
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fragments, fc.string({maxLength: 8})), {maxLength: 60}), async (parts) => {
        const fixture = fixtures[0]!
        await parseBoth(rezip(fixture, parts.join('')))
      }),
      {numRuns: 100}
    )
  })

  it('should throw only ParseError for a real .docx cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.nat(), async (which, cut) => {
        const {bytes} = fixtures[which]!
        await parseBoth(bytes.subarray(0, cut % bytes.length))
      }),
      {numRuns: 150}
    )
  })

  it('should throw only ParseError for a real .docx whose document.xml is cut anywhere and zipped again', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.nat(), async (which, cut) => {
        const fixture = fixtures[which]!
        await parseBoth(rezip(fixture, fixture.xml.slice(0, cut % fixture.xml.length)))
      }),
      {numRuns: 50}
    )
  })

  it('should throw only ParseError for a real .docx with 1 to 20 bytes changed', async () => {
    const flips = fc.array(fc.record({at: fc.nat(), value: fc.integer({min: 0, max: 255})}), {minLength: 1, maxLength: 20})
    await fc.assert(
      fc.asyncProperty(anyFixture, flips, async (which, changes) => {
        const bytes = fixtures[which]!.bytes.slice()
        for (const {at, value} of changes) bytes[at % bytes.length] = value
        await parseBoth(bytes)
      }),
      {numRuns: 100}
    )
  })

  it('should throw only ParseError for a stored (uncompressed) .docx with 1 to 20 bytes of its XML changed', async () => {
    const flips = fc.array(fc.record({at: fc.nat(), value: fc.integer({min: 0, max: 255})}), {minLength: 1, maxLength: 20})
    await fc.assert(
      fc.asyncProperty(anyFixture, flips, async (which, changes) => {
        const fixture = fixtures[which]!
        const bytes = rezip(fixture, fixture.xml, 0)
        // Only inside the stored document.xml: from its root element to its end.
        const root = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf('<w:document')
        const length = strToU8(fixture.xml.slice(fixture.xml.indexOf('<w:document'))).length
        expect(root).toBeGreaterThan(0)
        for (const {at, value} of changes) bytes[root + (at % length)] = value
        await parseBoth(bytes)
      }),
      {numRuns: 60}
    )
  })

  it('should throw only ParseError for a real .docx whose spans, merges and grid widths are set to arbitrary values', async () => {
    // Byte flips mostly break the XML; these keep it well-formed and reach the table reader.
    const attributes = /(<w:(?:gridSpan|vMerge|gridCol|tcW|gridBefore|gridAfter) w:(?:val|w)=")([^"]*)(")/gu
    const values = fc.oneof(
      fc.constantFrom('0', '-1', '1', '2', '9', '64', '1000', '99999999999', 'restart', 'continue', '', 'x', '1.5', ' 2 '),
      fc.integer({min: -5, max: 5000}).map(String)
    )
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.array(fc.tuple(fc.nat(), values), {minLength: 1, maxLength: 12}), async (which, changes) => {
        const fixture = fixtures[which]!
        const places = [...fixture.xml.matchAll(attributes)]
        const replaced = new Map(changes.map(([at, value]) => [at % places.length, value]))
        let index = 0
        const xml = fixture.xml.replace(attributes, (whole, open: string, value: string, close: string) => {
          const next = replaced.get(index++)
          return next === undefined ? whole : open + next.replace(/"/gu, '') + close
        })
        await parseBoth(rezip(fixture, xml))
      }),
      {numRuns: 50}
    )
  })
})

describe('parseDocx over a real .docx with parts deleted', () => {
  it('should give true values or nulls named by a diagnostic when table rows (`<w:tr>`) are deleted', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.array(fc.nat(), {minLength: 1, maxLength: 3}), async (which, picked) => {
        const fixture = fixtures[which]!
        const xml = without(fixture.xml, fixture.rows, picked.map((index) => index % fixture.rows.length))
        expectTrueOrNamedNull(await parseBoth(rezip(fixture, xml)), fixture.report.cells)
      }),
      {numRuns: 60}
    )
  })

  it('should give true values or nulls named by a diagnostic when the numbers of cells are deleted (`<w:t>123</w:t>` → `<w:t></w:t>`)', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.array(fc.nat(), {minLength: 1, maxLength: 5}), async (which, picked) => {
        const fixture = fixtures[which]!
        const xml = without(fixture.xml, fixture.numbers, picked.map((index) => index % fixture.numbers.length))
        const result = await parseBoth(rezip(fixture, xml))
        expect(typeof result, 'a report with a few blank cells is still a report').toBe('object')
        expectTrueOrNamedNull(result, fixture.report.cells)
        const nulls = Object.values((result as ParseResult).cells).filter((value) => value === null).length
        expect(nulls).toBeGreaterThanOrEqual(1)
      }),
      {numRuns: 60}
    )
  })

  it('should give true values or nulls named by a diagnostic when whole table cells (`<w:tc>`) are deleted', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.array(fc.nat(), {minLength: 1, maxLength: 3}), async (which, picked) => {
        const fixture = fixtures[which]!
        const xml = without(fixture.xml, fixture.cells, picked.map((index) => index % fixture.cells.length))
        expectTrueOrNamedNull(await parseBoth(rezip(fixture, xml)), fixture.report.cells)
      }),
      {numRuns: 50}
    )
  })
})
