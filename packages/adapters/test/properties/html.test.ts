import fc from 'fast-check'
import iconv from 'iconv-lite'
import {isParseError, parseErrorCodes, type ParseErrorCode} from '@xxgk/core'
import {ParseResultSchema, type ParseResult} from '@xxgk/schema'
import {cellEntries, fixtureReport, renderHtml, type FixtureReport} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseHtml} from '../../src/index.js'

/** What `parseHtml` gave: its result, or the code of the `ParseError` it threw. */
type Outcome = ParseResult | ParseErrorCode

/** Runs `parseHtml`; returns the result or the ParseError code, and fails the property on anything else or on `INTERNAL`. */
async function outcome(input: string | Uint8Array): Promise<Outcome> {
  try {
    return await parseHtml(input)
  } catch (error) {
    if (!isParseError(error)) throw error
    expect(error.name).toBe('ParseError')
    expect(Object.keys(parseErrorCodes)).toContain(error.code)
    // `INTERNAL` is the parser's own bug wrapped as a ParseError: a failure here too.
    expect(error.code, 'INTERNAL: ' + String(error.cause instanceof Error ? error.cause.stack : error.cause)).not.toBe('INTERNAL')
    return error.code
  }
}

/** Parses twice: only ParseError, the same answer both times, a result complete in the sense of the schema. */
async function parseTwice(input: string | Uint8Array): Promise<Outcome> {
  const first = await outcome(input)
  expect(await outcome(input)).toEqual(first)
  if (typeof first !== 'string') {
    const parsed = ParseResultSchema.safeParse(first)
    expect(parsed.success, parsed.error?.message).toBe(true)
  }
  return first
}

/** As {@link parseTwice}, and the page given as UTF-8 bytes must read the same as the string. */
async function parseStringAndBytes(html: string): Promise<Outcome> {
  const result = await parseTwice(html)
  expect(await parseTwice(new TextEncoder().encode(html))).toEqual(result)
  return result
}

/** Every cell is the fixture's true value, or null with a diagnostic naming it. */
function expectTrueOrNamedNull(result: Outcome, truth: FixtureReport['cells']): void {
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

/** The text without the spans picked (by index into `spans`), deleted from the end so offsets stay valid. */
function without(text: string, spans: ReadonlyArray<{at: number; length: number}>, picked: ReadonlyArray<number>): string {
  let result = text
  for (const index of [...new Set(picked)].sort((a, b) => b - a)) {
    const {at, length} = spans[index]!
    result = result.slice(0, at) + result.slice(at + length)
  }
  return result
}

/** A fixture report as an html page, with the places the properties cut, delete and insert at. */
function htmlFixture(seed: number, chrome: boolean) {
  const report = fixtureReport(seed)
  const html = renderHtml(report, {chrome})
  const spans = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => ({at: match.index, length: match[0].length}))
  const numbers = spans(/(?<=>)\d+(?:\.\d+)?(?=<)/gu)
  return {
    report,
    html,
    /** Whole `<tr>…</tr>` rows. */
    rows: spans(/<tr>[\s\S]*?<\/tr>/gu),
    /** Whole `<td …>…</td>` cells. */
    cells: spans(/<td[\s\S]*?<\/td>/gu),
    /** The numbers of value cells (the text between `>` and `<`). */
    numbers,
    /** Offsets inside a number: after its first digit, before its last. */
    insideNumbers: numbers.flatMap(({at, length}) => Array.from({length: length - 1}, (_, offset) => at + offset + 1)),
    /** Offsets between two tags, or between a tag and a line break. */
    gaps: [...html.matchAll(/>(?=[<\n])/gu)].map((match) => match.index + 1)
  }
}

const fixtures = [htmlFixture(2, true), htmlFixture(5, false), htmlFixture(9, true)]
const anyFixture = fc.constantFrom(...fixtures.keys())

/** The page as GB18030 bytes, with the byte offsets inside multi-byte characters (where a cut splits one). */
function gb18030Page(html: string) {
  const bytes = new Uint8Array(iconv.encode(html, 'gb18030'))
  const splits: Array<number> = []
  let offset = 0
  for (const character of html) {
    const length = character.charCodeAt(0) < 0x80 ? 1 : iconv.encode(character, 'gb18030').length
    for (let inside = 1; inside < length; inside++) splits.push(offset + inside)
    offset += length
  }
  expect(offset).toBe(bytes.length)
  return {bytes, splits}
}

describe('parseHtml over hostile input', () => {
  it('should throw only ParseError, and answer the same each time, for arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({unit: 'binary', maxLength: 400}), async (text) => {
        await parseTwice(text)
        await parseTwice(new TextEncoder().encode(text))
      }),
      {numRuns: 120}
    )
  })

  it('should throw only ParseError for arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({maxLength: 2048}), async (bytes) => {
        await parseTwice(bytes)
      }),
      {numRuns: 200}
    )
  })

  it('should throw only ParseError for arbitrary sequences of tags, entities and report words', async () => {
    const fragments = fc.constantFrom(
      '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td rowspan="0">', '<td colspan="9999">', '<td rowspan="-3">',
      '<th colspan="2">', '<tbody>', '<thead>', '<caption>', '<p>', '</p>', '<br>', '<div class="nav">', '</div>',
      '<article>', '<header>', '<script>', '</script>', '<style>', '<template>', '<svg>', '<math>', '<table><tr><td>',
      '<meta charset="gbk">', '<meta charset="x-unknown">', '<!doctype html>', '<!--', '-->',
      '&nbsp;', '&#0;', '&#xD800;', '&#x10FFFF;', '&amp', '&unknown;', '一、总体情况', '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '规章', '本年新收政府信息公开申请数量',
      '（七）总计', '自然人', '0', '12', '10.78', '万元', '\t', '\n', ' '
    )
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fragments, fc.string({maxLength: 6})), {maxLength: 80}), async (parts) => {
        await parseStringAndBytes(parts.join(''))
      }),
      {numRuns: 200}
    )
  })

  it('should throw only ParseError for a real page cut anywhere, as a string and as UTF-8 bytes', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.nat(), async (which, cut) => {
        const {html} = fixtures[which]!
        await parseTwice(html.slice(0, cut % html.length))
        const bytes = new TextEncoder().encode(html)
        await parseTwice(bytes.subarray(0, cut % bytes.length))
      }),
      {numRuns: 40}
    )
  })

  it('should give true values or nulls named by a diagnostic for a real page cut anywhere, also inside a number', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.nat(), fc.boolean(), async (which, cut, insideNumber) => {
        const {html, report, insideNumbers} = fixtures[which]!
        const at = insideNumber ? insideNumbers[cut % insideNumbers.length]! : cut % html.length
        expectTrueOrNamedNull(await parseTwice(html.slice(0, at)), report.cells)
      }),
      {numRuns: 60}
    )
  })
})

describe('parseHtml over a real page with parts deleted', () => {
  it('should give true values or nulls named by a diagnostic when rows (`<tr>`) are deleted', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.array(fc.nat(), {minLength: 1, maxLength: 3}), async (which, picked) => {
        const {html, report, rows} = fixtures[which]!
        const damaged = without(html, rows, picked.map((index) => index % rows.length))
        expectTrueOrNamedNull(await parseTwice(damaged), report.cells)
      }),
      {numRuns: 40}
    )
  })

  it('should give true values or nulls named by a diagnostic when the numbers of cells are deleted', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.array(fc.nat(), {minLength: 1, maxLength: 5}), async (which, picked) => {
        const {html, report, numbers} = fixtures[which]!
        const result = await parseTwice(without(html, numbers, picked.map((index) => index % numbers.length)))
        expect(typeof result, 'a report with a few blank cells is still a report').toBe('object')
        expectTrueOrNamedNull(result, report.cells)
        expect(Object.values((result as ParseResult).cells).filter((value) => value === null).length).toBeGreaterThanOrEqual(1)
      }),
      {numRuns: 40}
    )
  })

  it('should give true values or nulls named by a diagnostic when whole cells (`<td>`) are deleted', async () => {
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.array(fc.nat(), {minLength: 1, maxLength: 3}), async (which, picked) => {
        const {html, report, cells} = fixtures[which]!
        expectTrueOrNamedNull(await parseTwice(without(html, cells, picked.map((index) => index % cells.length))), report.cells)
      }),
      {numRuns: 40}
    )
  })
})

describe('parseHtml over a real page with noise', () => {
  it('should read every cell, the agency and the year alike with junk tags and entities between elements', async () => {
    const junk = fc.constantFrom('<b>', '</b>', '&nbsp;', '<!-- x -->', '<script>1</script>', '<span>', '<br>', '&#8203;', '<font color="red">')
    await fc.assert(
      fc.asyncProperty(anyFixture, fc.array(fc.tuple(fc.nat(), junk), {minLength: 1, maxLength: 10}), async (which, inserts) => {
        const {html, report, gaps} = fixtures[which]!
        const at = new Map<number, string>()
        for (const [gap, text] of inserts) {
          const offset = gaps[gap % gaps.length]!
          at.set(offset, (at.get(offset) ?? '') + text)
        }
        let noisy = ''
        let last = 0
        for (const offset of [...at.keys()].sort((a, b) => a - b)) {
          noisy += html.slice(last, offset) + at.get(offset)
          last = offset
        }
        noisy += html.slice(last)
        const result = await parseTwice(noisy)
        expect(typeof result).toBe('object')
        const {cells, report: parsed} = result as ParseResult
        expect(cells).toEqual(report.cells)
        expect(parsed.meta).toMatchObject({agency: report.agency, year: report.year})
      }),
      {numRuns: 40}
    )
  })
})

describe('parseHtml over the bytes of a page whose meta declares UTF-16', () => {
  it('should read the UTF-8 bytes of a page as its string when its `<meta>` declares UTF-16 (which an ASCII meta cannot truly say)', async () => {
    // The HTML standard's prescan reads a UTF-16 label found in a `<meta>` as UTF-8.
    const labels = fc.constantFrom('utf-16', 'utf-16le', 'utf-16be', 'unicode', 'UTF-16')
    await fc.assert(
      fc.asyncProperty(anyFixture, labels, async (which, label) => {
        const html = fixtures[which]!.html.replace('<meta charset="utf-8">', `<meta charset="${label}">`)
        const result = await parseStringAndBytes(html)
        const original = await parseTwice(fixtures[which]!.html)
        // The label is longer or shorter than `utf-8`: positions move, values do not.
        expect(typeof result === 'string' ? result : result.cells).toEqual(typeof original === 'string' ? original : original.cells)
      }),
      {numRuns: 15}
    )
  })
})

describe('parseHtml over GB18030 bytes cut inside a character', () => {
  // A cut download of a GBK site's page ends inside a character. At least 2 KiB in, so
  // that the one broken character stays far under the decoder's 1% of broken ones.
  const minimumCut = 2048
  const variants = {
    'declared GBK': (html: string) => html.replace('<meta charset="utf-8">', '<meta charset="gbk">'),
    'without a charset': (html: string) => html.replace('<meta charset="utf-8">', ''),
    // CMS templates often declare UTF-8 over GBK bytes; the page whole reads as GB18030.
    'mislabelled UTF-8': (html: string) => html
  }

  for (const [variant, declare] of Object.entries(variants)) {
    it(`should read a page ${variant} cut inside a character: true values or named nulls, never BAD_ENCODING`, async () => {
      const pages = fixtures.map(({html}) => gb18030Page(declare(html)))
      await fc.assert(
        fc.asyncProperty(anyFixture, fc.nat(), async (which, split) => {
          const {bytes, splits} = pages[which]!
          const late = splits.filter((offset) => offset >= minimumCut)
          const result = await parseTwice(bytes.subarray(0, late[split % late.length]!))
          expect(result).not.toBe('BAD_ENCODING')
          expectTrueOrNamedNull(result, fixtures[which]!.report.cells)
        }),
        {numRuns: 30}
      )
    })
  }
})
