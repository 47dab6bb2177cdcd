import {once} from 'node:events'
import {mkdir, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {crc32, createDeflateRaw} from 'node:zlib'
import {cellIds} from '@xxgk/schema'
import {fixtureReport, renderDocx, renderHtml, renderText, type FixtureReport} from '@xxgk/testkit'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli, withoutProgress, type CliRun} from './run-cli.js'
import {makeTempFolder} from './temp-folder.js'

const mebibyte = 1024 * 1024

/**
 * Text as GBK bytes. Node decodes GBK but cannot encode it: the table is built by
 * decoding every two-byte GBK sequence once.
 */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, [number, number]>()
  const decoder = new TextDecoder('gbk', {fatal: true})
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      try {
        const character = decoder.decode(new Uint8Array([lead, trail]))
        if (!table.has(character)) table.set(character, [lead, trail])
      } catch {
        // Not a GBK sequence.
      }
    }
  }
  const bytes: Array<number> = []
  for (const character of text) {
    const code = character.codePointAt(0)!
    if (code < 0x80) bytes.push(code)
    else {
      const pair = table.get(character)
      if (!pair) throw new Error('No GBK bytes for `' + character + '`')
      bytes.push(...pair)
    }
  }
  return new Uint8Array(bytes)
}

/** Deterministic bytes (xorshift), so the files are the same on every run. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[index] = state & 0xff
  }
  return bytes
}

/**
 * A .docx whose `word/document.xml` is `mebibytes` MiB of zeros, deflated by streaming
 * 1 MiB pushes (never held whole), in a zip whose headers tell the true sizes.
 */
async function zipBomb(mebibytes: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({level: 1})
  const chunks: Array<Buffer> = []
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = once(deflate, 'end')
  const zeros = Buffer.alloc(mebibyte)
  let crc = 0
  for (let index = 0; index < mebibytes; index++) {
    crc = crc32(zeros, crc)
    if (!deflate.write(zeros)) await once(deflate, 'drain')
  }
  deflate.end()
  await ended
  const data = Buffer.concat(chunks)
  const name = Buffer.from('word/document.xml')
  const size = mebibytes * mebibyte
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(size, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(size, 24)
  central.writeUInt16LE(name.length, 28)
  const directoryOffset = local.length + name.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(directoryOffset, 16)
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]))
}

/** An OLE compound file (a Word 97–2003 .doc) of junk after its signature. */
function oleFile(): Uint8Array {
  const bytes = randomBytes(8192, 11)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  return bytes
}

interface Good {
  name: string
  report: FixtureReport
  bytes: Uint8Array | string
}

const encoder = new TextEncoder()

/** Ten reports in every format: text in four layouts (one in GBK), three .docx, three html pages (one GBK). */
function goodFiles(): Array<Good> {
  const report = (seed: number) => fixtureReport(seed)
  const gbkPage = (seed: number) => encodeGbk(renderHtml(report(seed)).replace('<meta charset="utf-8">', '<meta charset="gbk">'))
  return [
    {name: 'good-01-cell-per-line.txt', report: report(1), bytes: renderText(report(1), 'cell-per-line')},
    {name: 'good-02-tab-rows.txt', report: report(2), bytes: renderText(report(2), 'tab-rows')},
    {name: 'good-03-pipe.md', report: report(3), bytes: renderText(report(3), 'pipe')},
    {name: 'good-04-gbk-space-aligned.txt', report: report(4), bytes: encodeGbk(renderText(report(4), 'space-aligned'))},
    {name: 'good-05.docx', report: report(5), bytes: renderDocx(report(5))},
    {name: 'good-06.docx', report: report(6), bytes: renderDocx(report(6))},
    {name: 'good-07.docx', report: report(7), bytes: renderDocx(report(7))},
    {name: 'good-08.html', report: report(8), bytes: renderHtml(report(8))},
    {name: 'good-09.htm', report: report(9), bytes: renderHtml(report(9), {chrome: false})},
    {name: 'good-10-gbk.html', report: report(10), bytes: gbkPage(10)}
  ]
}

/** The hostile files and the code each must fail with. */
async function hostileFiles(): Promise<Array<{name: string; bytes: Uint8Array | string; code: string}>> {
  const docx = renderDocx(fixtureReport(12))
  const reportText = renderText(fixtureReport(13), 'tab-rows')
  // Repeated report text: 40 MB, over the limit of lines (500,000).
  const copies = Math.ceil((40 * 1_000_000) / encoder.encode(reportText + '\n').length)
  const huge = encoder.encode((reportText + '\n').repeat(copies))
  const mojibake = new TextDecoder('utf-8').decode(encodeGbk(renderText(fixtureReport(14), 'cell-per-line')))
  return [
    {name: 'hostile/empty.txt', bytes: '', code: 'EMPTY'},
    {name: 'hostile/random.docx', bytes: randomBytes(5000, 3), code: 'CORRUPT_DOCX'},
    {name: 'hostile/random.txt', bytes: randomBytes(5000, 5), code: 'BAD_ENCODING'},
    {name: 'hostile/random.html', bytes: randomBytes(5000, 7), code: 'BINARY'},
    {name: 'hostile/truncated.docx', bytes: docx.subarray(0, Math.floor(docx.length * 0.6)), code: 'TRUNCATED'},
    {name: 'hostile/bomb.docx', bytes: await zipBomb(200), code: 'ZIP_BOMB'},
    {name: 'hostile/word-97.docx', bytes: oleFile(), code: 'UNSUPPORTED_FORMAT'},
    {name: 'hostile/scan.txt', bytes: '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', code: 'CORRUPT_PDF'},
    {name: 'hostile/mojibake.txt', bytes: mojibake, code: 'BAD_ENCODING'},
    {name: 'hostile/huge.txt', bytes: huge, code: 'TOO_LARGE'},
    {name: 'hostile/error-page.html', bytes: '<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><hr>nginx</body></html>', code: 'NOT_A_REPORT'}
  ]
}

let folder = ''
let good: Array<Good> = []
let hostile: Awaited<ReturnType<typeof hostileFiles>> = []
let run: CliRun
let seconds = 0

beforeAll(async () => {
  folder = await makeTempFolder()
  await mkdir(join(folder, 'hostile'))
  good = goodFiles()
  hostile = await hostileFiles()
  for (const file of [...good, ...hostile]) await writeFile(join(folder, file.name), file.bytes)
  const started = performance.now()
  run = await runCli(['parse', folder, '--jobs', '2'])
  seconds = (performance.now() - started) / 1000
}, 120_000)

afterAll(async () => {
  if (folder) await rm(folder, {recursive: true})
})

/** The wide CSV's rows by file name (relative to the folder); no field holds a comma here. */
function rowsByName(stdout: string): Map<string, Record<string, string>> {
  const [header, ...lines] = stdout.split('\n')
  expect(lines.pop()).toBe('')
  const columns = header!.split(',')
  const rows = new Map<string, Record<string, string>>()
  for (const line of lines) {
    const fields = line.split(',')
    expect(fields.length).toBe(columns.length)
    const row = Object.fromEntries(columns.map((column, index) => [column, fields[index]!]))
    rows.set(row.file!.slice(folder.length + 1), row)
  }
  return rows
}

describe('xxgk parse over a folder of good and hostile files', () => {
  it('should exit 0 and write one row per file', () => {
    expect(run.code, run.stderr).toBe(0)
    const rows = rowsByName(run.stdout)
    expect(rows.size).toBe(good.length + hostile.length)
    expect([...rows.keys()].sort()).toEqual([...good, ...hostile].map((file) => file.name).sort())
  })

  it('should read every good file to its agency, year and 200 cells, with no error', () => {
    const rows = rowsByName(run.stdout)
    for (const {name, report} of good) {
      const row = rows.get(name)!
      expect(row, name).toMatchObject({
        status: 'ok',
        errorCode: '',
        agency: report.agency,
        year: String(report.year),
        cellsRead: '200',
        cellsNull: '0',
        checksFailed: '0',
        errors: '0'
      })
      const cells = Object.fromEntries(cellIds.map((id) => [id, row[id] === '' ? null : Number(row[id])]))
      expect(cells, name).toEqual(report.cells)
    }
  })

  it('should fail every hostile file with its code and every other field empty', () => {
    const rows = rowsByName(run.stdout)
    const codes = Object.fromEntries(hostile.map(({name}) => [name, rows.get(name)?.errorCode]))
    expect(codes).toEqual(Object.fromEntries(hostile.map(({name, code}) => [name, code])))
    for (const {name} of hostile) {
      const row = rows.get(name)!
      expect(row.status, name).toBe('failed')
      expect(Object.entries(row).filter(([column, value]) => !['file', 'status', 'errorCode'].includes(column) && value !== ''), name).toEqual([])
    }
  })

  it('should count parsed and failed files, and failures by reason, in the summary', () => {
    const rows = [...rowsByName(run.stdout).values()]
    const warnings = rows.filter((row) => row.status === 'ok' && row.warnings !== '0').length
    const reasons = new Map<string, number>()
    for (const {code} of hostile) reasons.set(code, (reasons.get(code) ?? 0) + 1)
    expect(withoutProgress(run.stderr)).toBe(
      `xxgk: ${good.length + hostile.length} files: ${good.length} parsed (${good.length} ok, 0 partial; 0 with errors, ${warnings} with warnings), ${hostile.length} failed\n` +
        'xxgk: failed by reason: ' +
        [...reasons.keys()]
          .sort()
          .map((code) => code + ' ' + reasons.get(code))
          .join(', ') +
        '\n'
    )
  })

  it('should finish the batch, a 40 MB file and a 200 MiB zip bomb among it, well within the timeout', () => {
    expect(seconds).toBeLessThan(60)
  })
})
