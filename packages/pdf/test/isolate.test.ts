import {readFileSync} from 'node:fs'
import {execFile} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {isParseError} from '@xxgk/core'
import {describe, expect, it} from 'vitest'
import {defaultPdfLimits, parsePdf, readPdf} from '../src/index.js'
import {PdfWriter} from './pdf-writer.js'

/**
 * The engine's worker thread: what it reads is what the engine reads in the calling
 * thread, the caller's bytes are left as they were, both builds find the thread's file,
 * and a thread terminated at `limits.maxMilliseconds` is replaced with its memory given
 * back.
 */

const second = 1000
const mebibyte = 1024 * 1024

const run = promisify(execFile)
const packageFolder = fileURLToPath(new URL('..', import.meta.url))
const fixture = (name: string) => readFileSync(new URL('./fixtures/' + name, import.meta.url))
const reportPdf = fixture('libreoffice/page-breaks.pdf')
const reportCells = (
  JSON.parse(readFileSync(new URL('../../adapters/test/fixtures/published/page-breaks.json', import.meta.url), 'utf8')) as {
    cells: Record<string, number | null>
  }
).cells

/**
 * A page of `mebibytes` MiB of `0 0 m 1 1 l S` (about 75,000 paths a MiB), deflated: one
 * engine call of seconds; `padding` MiB of an unused stream make the file, and so each
 * thread that reads it, that much larger.
 */
function pathsPdf(mebibytes: number, padding = 0): Uint8Array {
  const writer = new PdfWriter()
  if (padding > 0) writer.addStream('', new Uint8Array(padding * mebibyte))
  writer.page('0 0 m 1 1 l S\n'.repeat(Math.floor((mebibytes * mebibyte) / 14)), '', {flate: true})
  return writer.toBytes()
}

async function refusal(run: Promise<unknown>): Promise<{code: string; message: string; milliseconds: number}> {
  const started = performance.now()
  try {
    await run
  } catch (error) {
    expect(isParseError(error), String(error)).toBe(true)
    return {code: (error as {code: string}).code, message: (error as Error).message, milliseconds: performance.now() - started}
  }
  throw new Error('Expected a ParseError')
}

describe('readPdf in the engine\'s thread and in this one', () => {
  for (const name of ['libreoffice/page-breaks.pdf', 'conformance/large-values.pdf', 'unruled/large-values-unruled.pdf']) {
    it('should give the same glyphs, rules and counts for `' + name + '`', async () => {
      const bytes = new Uint8Array(fixture(name))
      const isolated = await readPdf(bytes, defaultPdfLimits)
      const here = await readPdf(bytes, defaultPdfLimits, {isolate: false})
      expect(isolated.pages.length).toBeGreaterThan(1)
      expect(isolated.pages.every((page) => page.glyphs.length > 0)).toBe(true)
      expect(isolated).toEqual(here)
    })
  }

  it('should leave the caller\'s bytes as they were: a Buffer, and a view into a larger buffer', async () => {
    const buffer = readFileSync(new URL('./fixtures/libreoffice/page-breaks.pdf', import.meta.url))
    const before = Buffer.from(buffer)
    expect((await parsePdf(buffer)).cells).toEqual(reportCells)
    expect(buffer.byteLength).toBe(before.byteLength)
    expect(buffer.equals(before)).toBe(true)
    const larger = new Uint8Array(reportPdf.length + 200)
    larger.set(reportPdf, 100)
    const view = larger.subarray(100, 100 + reportPdf.length)
    expect((await parsePdf(view)).cells).toEqual(reportCells)
    expect(view.byteLength).toBe(reportPdf.length)
    expect(larger.buffer.byteLength).toBe(reportPdf.length + 200)
  })
})

describe('the built package', () => {
  // Both builds start `dist/engine-worker.js` (ESM): the CommonJS one finds it through its
  // shimmed `import.meta.url`. Each runs in a process of its own, without the source
  // condition of the tests, and that process must end by itself: an idle engine thread does
  // not keep it alive.
  const read = "(({readFileSync}) => (m) => m.parsePdf(new Uint8Array(readFileSync('test/fixtures/libreoffice/page-breaks.pdf'))).then((r) => process.stdout.write(JSON.stringify(r.cells))))(require('node:fs'))"
  for (const [build, type, load] of [
    ['dist/index.js (ESM)', 'module', "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url); import('./dist/index.js').then"],
    ['dist/index.cjs (CommonJS)', 'commonjs', "Promise.resolve(require('./dist/index.cjs')).then"]
  ] as const) {
    it('should read a report to its exact cells from ' + build + ' and let the process end', {timeout: 60 * second}, async () => {
      const {stdout} = await run(process.execPath, ['--input-type=' + type, '--eval', load + '(' + read + ')'], {cwd: packageFolder, timeout: 50 * second})
      expect(JSON.parse(stdout)).toEqual(reportCells)
    })
  }
})

describe('the engine\'s thread past limits.maxMilliseconds', () => {
  it('should read a report started beside a hostile document once that one is refused, its own deadline not counting the wait', {timeout: 60 * second}, async () => {
    const hostile = pathsPdf(10)
    const [refused, read] = await Promise.all([
      refusal(parsePdf(hostile, {limits: {maxMilliseconds: 500}})),
      parsePdf(new Uint8Array(reportPdf), {limits: {maxMilliseconds: 400}})
    ])
    expect(refused.code).toBe('TOO_LARGE')
    expect(refused.message).toBe('Reading the PDF took longer than `limits.maxMilliseconds` (500 ms): stopped on page 1')
    expect(read.cells).toEqual(reportCells)
  })

  it('should name a page of the document it stopped in, never the last page of the one before', async () => {
    const hostile = pathsPdf(10)
    for (let round = 0; round < 3; round++) {
      // The report has 7 pages; a deadline of 0 ms passes before the thread takes the next document.
      expect((await parsePdf(new Uint8Array(reportPdf))).cells).toEqual(reportCells)
      const refused = await refusal(parsePdf(hostile, {limits: {maxMilliseconds: 0}}))
      expect(refused.message).toMatch(/^Reading the PDF took longer than `limits\.maxMilliseconds` \(0 ms\): stopped (?:on page 1|while opening it)$/)
    }
  })

  // A thread with its engine loaded is about 25 MB; each file holds it past the deadline
  // with 16 MiB of its own twice over (the bytes moved to the thread, and their copy in the
  // engine's memory) and what the engine parsed by then: kept, 20 of them would be over
  // 1 GB.
  it('should give back each terminated thread\'s memory: 20 hostile files of 16 MiB, the resident set flat', {timeout: 120 * second}, async () => {
    const hostile = pathsPdf(10, 16)
    expect(hostile.length).toBeGreaterThan(16 * mebibyte)
    const limits = {maxMilliseconds: 250}
    const rss: Array<number> = []
    for (let index = 0; index < 20; index++) {
      const refused = await refusal(parsePdf(hostile, {limits}))
      expect(refused.code).toBe('TOO_LARGE')
      // Moving 16 MiB into the engine may take the 250 ms on a loaded machine.
      expect(refused.message).toMatch(/^Reading the PDF took longer than `limits\.maxMilliseconds` \(250 ms\): stopped (?:on page 1|while opening it)$/)
      expect(refused.milliseconds).toBeLessThan(250 + 3 * second)
      rss.push(process.memoryUsage().rss / mebibyte)
    }
    expect((await parsePdf(new Uint8Array(reportPdf))).cells).toEqual(reportCells)
    // From the second file on (the first one's thread may still be stopping when it is measured).
    expect(Math.max(...rss.slice(1)) - rss[1]!, rss.map(Math.round).join(' ')).toBeLessThan(250)
  })
})
