import {rm} from 'node:fs/promises'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {buffer} from 'node:stream/consumers'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  addToSummary,
  comparePaths,
  createSummary,
  formatFiles,
  outputFormats,
  parseFiles,
  writeFormatted,
  writeResults,
  type FileResult,
  type FormattedResult,
  type OutputFormat,
  type Progress
} from '../src/index.js'
import {root} from './run-cli.js'
import {makeBrokenFolder, makeSeedCopies, seedNames} from './temp-folder.js'

const seeds = seedNames.map((name) => join(root, 'seeds', name))
let broken = ''
let copies = ''

beforeAll(async () => {
  broken = await makeBrokenFolder()
  copies = await makeSeedCopies(10)
})

afterAll(async () => {
  await rm(broken, {recursive: true})
  await rm(copies, {recursive: true})
})

async function collect(results: AsyncIterable<FileResult>): Promise<Array<FileResult>> {
  const items: Array<FileResult> = []
  for await (const item of results) items.push(item)
  return items
}

describe('parseFiles', () => {
  it('should yield results sorted by path, once per path, with 1 and 2 jobs', async () => {
    const given = [seeds[3], seeds[1], seeds[0], seeds[2], seeds[1]] as Array<string>
    for (const jobs of [1, 2]) {
      const items = await collect(parseFiles(given, {jobs}))
      expect(items.map((item) => [item.file, item.status])).toEqual(seeds.map((file) => [file, 'ok']))
      expect(items.map((item) => (item.status === 'ok' ? item.result.report.meta.agency : null))).toEqual([
        '沂源县司法局',
        '嘉祥县司法局',
        '卫滨区司法局',
        '隆德县司法局'
      ])
    }
  })

  it('should call onProgress once per file with done and total', async () => {
    const progress: Array<Progress> = []
    await collect(parseFiles(seeds, {jobs: 2, onProgress: (event) => void progress.push(event)}))
    expect(progress.map(({done, total}) => [done, total])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4]
    ])
    expect(progress.map((event) => event.file).sort()).toEqual(seeds)
  })

  it('should yield a failed result with the code of a bad file and go on', async () => {
    const items = await collect(parseFiles([join(broken, 'empty.txt'), join(broken, 'sub', 'notes.txt'), seeds[0] as string], {jobs: 2}))
    // Sorted by path, wherever the temporary folder and the checkout are.
    const expected: Array<[string, string]> = [
      [join(broken, 'empty.txt'), 'EMPTY'],
      [join(broken, 'sub', 'notes.txt'), 'NOT_A_REPORT'],
      [seeds[0] as string, 'ok']
    ]
    expected.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    expect(items.map((item) => (item.status === 'failed' ? [item.file, item.error.code] : [item.file, 'ok']))).toEqual(expected)
    expect(items.find((item) => item.file === join(broken, 'empty.txt'))).toEqual({
      file: join(broken, 'empty.txt'),
      status: 'failed',
      error: {code: 'EMPTY', message: expect.any(String)}
    })
  })

  it('should give code `INTERNAL` to an error that is not a ParseError', async () => {
    const items = await collect(parseFiles([join(broken, 'sub')], {jobs: 1}))
    expect(items).toEqual([{file: join(broken, 'sub'), status: 'failed', error: {code: 'INTERNAL', message: expect.stringContaining('EISDIR')}}])
  })

  it('should not run more than 4 × jobs files ahead of the consumer', async () => {
    let done = 0
    const results = parseFiles(
      seedNames.map((name, index) => join(copies, String(index + 1).padStart(4, '0') + '_' + name)).concat(
        Array.from({length: 36}, (_, index) => join(copies, String((index % 9) + 2).padStart(4, '0') + '_' + seedNames[index % 4]))
      ),
      {jobs: 1, onProgress: (event) => void (done = event.done)}
    )
    const first = await results.next()
    expect(first.done).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(done).toBe(4)
    await results.return(undefined)
  })

  it('should end early, without error, when the signal aborts', async () => {
    const controller = new AbortController()
    const files = (await collect(parseFiles(seeds, {jobs: 1}))).map((item) => item.file)
    const items: Array<string> = []
    for await (const item of parseFiles([...files, ...files.map((file) => file + '.missing')], {jobs: 2, signal: controller.signal})) {
      items.push(item.file)
      controller.abort()
    }
    expect(items).toEqual([seeds[0]])
  })

  it('should yield nothing for no paths or an aborted signal', async () => {
    expect(await collect(parseFiles([]))).toEqual([])
    expect(await collect(parseFiles(seeds, {signal: AbortSignal.abort()}))).toEqual([])
  })

  it('should throw on `jobs` that is not a positive integer', async () => {
    await expect(collect(parseFiles(seeds, {jobs: 0}))).rejects.toThrow('Expected `jobs` to be a positive integer, got `0`')
    await expect(collect(parseFiles(seeds, {jobs: 1.5}))).rejects.toThrow(TypeError)
  })
})

describe('formatFiles', () => {
  async function written(files: Array<string>, format: OutputFormat, jobs: number, bom = false): Promise<string> {
    const output = new PassThrough()
    const text = buffer(output)
    await writeFormatted(formatFiles(files, {format, jobs}), output, {format, bom})
    output.end()
    return (await text).toString('utf8')
  }

  async function expected(files: Array<string>, format: OutputFormat, bom = false): Promise<string> {
    const output = new PassThrough()
    const text = buffer(output)
    await writeResults(parseFiles(files, {jobs: 1}), output, {format, bom})
    output.end()
    return (await text).toString('utf8')
  }

  it('should write every text format exactly as writeResults over parseFiles, with 1 and 2 jobs', async () => {
    const files = [...seeds, join(broken, 'empty.txt'), join(broken, 'sub', 'notes.txt')]
    // An xlsx holds the time it was written (see cli-xlsx.test.ts for its cells).
    for (const format of outputFormats.filter((format) => format !== 'xlsx')) {
      const reference = await expected(files, format, format.startsWith('csv'))
      expect(reference.length).toBeGreaterThan(100)
      for (const jobs of [1, 2]) expect(await written(files, format, jobs, format.startsWith('csv')), format + ' ' + jobs).toBe(reference)
    }
  })

  it('should hand back each file with its status, code and counts for the summary', async () => {
    const items: Array<FormattedResult> = []
    const empty = join(broken, 'empty.txt')
    const seed = seeds[0] as string
    for await (const item of formatFiles([seed, empty], {format: 'csv', jobs: 2})) items.push(item)
    // Sorted by path, wherever the temporary folder and the checkout are.
    const expected: Array<[string, string, string | null]> = [
      [empty, 'failed', 'EMPTY'],
      [seed, 'ok', null]
    ]
    expected.sort((a, b) => comparePaths(a[0], b[0]))
    expect(items.map(({file, status, errorCode}) => [file, status, errorCode])).toEqual(expected)
    const byFile = new Map(items.map((item) => [item.file, item.text]))
    expect(byFile.get(empty)).toBe(empty + ',failed,EMPTY' + ','.repeat(8 + 226) + '\n')
    expect(byFile.get(seed)?.startsWith(seed + ',ok,,沂源县司法局,')).toBe(true)
    const summary = createSummary(2)
    for (const item of items) addToSummary(summary, item)
    expect(summary).toMatchObject({parsed: 1, ok: 1, partial: 0, failed: 1, failures: {EMPTY: 1}})
  })
})
