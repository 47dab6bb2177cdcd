/**
 * `pnpm bench`: generates a corpus in every supported layout and format, then prints,
 * per format, reports/s on one thread and with a worker pool, ms per report at p50 and
 * p99, each beside an anchor measured in the same run on the same files, as a ratio;
 * then the peak RSS of the CLI over a 2,000- and a 20,000-file mixed corpus.
 *
 *   pnpm bench            # 150 files per format, CLI runs of 2,000 and 20,000 files
 *   pnpm bench --quick    # 40 files per format, CLI run of 2,000 files only
 *   pnpm bench --only tab-rows,docx --no-cli   # some formats, no CLI runs
 *
 * Timings on a shared machine are noisy: read the ratios, measured pair by pair.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, totalmem} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import mammoth from 'mammoth'
import rehypeParse from 'rehype-parse'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parseDocx, parseHtml} from '@xxgk/adapters'
import {parseFiles} from '@xxgk/cli'
import {parseReport} from '@xxgk/core'
import {defaultPdfLimits, parsePdf, pdfToTree, readPdf} from '@xxgk/pdf'
import {fixtureReport, renderDocx, renderHtml, renderText, type TextLayout} from '@xxgk/testkit'

const quick = process.argv.includes('--quick')
const perFormat = quick ? 40 : 150
const onlyIndex = process.argv.indexOf('--only')
const only = onlyIndex === -1 ? undefined : new Set(process.argv[onlyIndex + 1]?.split(','))
const withCli = !process.argv.includes('--no-cli')
/** Timed rounds per format (more for fast formats); the ratio quoted is their median. */
const minRounds = 5
const maxRounds = 25
const roundsBudgetMs = 4000
/**
 * Least time each side of a round runs: the files are passed over again until it is
 * reached. A pass of the floor over 40 files takes about a millisecond, which one pause
 * of a shared machine turns into several: such rounds told more of the machine than of
 * the code (ratios of one run ranged from 5 to 54).
 */
const minSideMs = 60
/** Least time each side is warmed up before it is timed. */
const warmupMs = 2000
/** Files per format for the worker-pool figure. */
const pooledFiles = quick ? 200 : 1000
const root = fileURLToPath(new URL('../.bench/', import.meta.url))
const cli = fileURLToPath(new URL('../packages/cli/dist/cli.js', import.meta.url))

interface Format {
  name: string
  extension: string
  render: (seed: number) => string | Uint8Array
  ours: (bytes: Uint8Array) => unknown
  anchor: {name: string; run: (bytes: Uint8Array) => unknown; goal: string; holds: (ratio: number) => boolean}
  /** Left out of the mixed CLI corpus (layouts added after its figures were set). */
  notInMixed?: boolean
  /** Renders many files at once (PDFs: one LibreOffice run converts them all). */
  renderAll?: (seeds: ReadonlyArray<number>, folder: string) => void
  /** Growing first parts of `ours` whose shares of its time are printed (the PDF engine's extraction, then the page geometry). */
  parts?: Array<{name: string; run: (bytes: Uint8Array) => unknown}>
}

const decoder = new TextDecoder()
const numbers = /\d+(?:\.\d+)?/g
/** The bare floor of the work on text: decode, split into lines, match the numbers. */
function floor(bytes: Uint8Array): number {
  let count = 0
  for (const line of decoder.decode(bytes).split('\n')) count += line.match(numbers)?.length ?? 0
  return count
}
const remark = unified().use(remarkParse).use(remarkGfm)
const rehype = unified().use(rehypeParse)

const text = (layout: TextLayout) => (seed: number) => renderText(fixtureReport(seed), layout)
/** A text layout, against the floor: at most `goal` times its time (10, or 15 for space-aligned: issue 17). */
const textFormat = (layout: TextLayout, goal = 10): Format => ({
  name: layout,
  extension: 'txt',
  render: text(layout),
  ours: (bytes) => parseReport(decoder.decode(bytes)),
  anchor: {name: 'split + regex', run: floor, goal: `≤ ${goal}× the floor`, holds: (ratio) => ratio <= goal}
})

const formats: Array<Format> = [
  textFormat('cell-per-line'),
  textFormat('tab-rows'),
  textFormat('space-aligned', 15),
  {
    name: 'pipe',
    extension: 'md',
    render: text('pipe'),
    ours: (bytes) => parseReport(decoder.decode(bytes)),
    anchor: {
      name: 'remark-parse + remark-gfm',
      run: (bytes) => remark.parse(decoder.decode(bytes)),
      goal: '≤ 1× remark alone',
      holds: (ratio) => ratio <= 1
    }
  },
  {
    name: 'docx',
    extension: 'docx',
    render: (seed) => renderDocx(fixtureReport(seed)),
    ours: (bytes) => parseDocx(bytes),
    anchor: {
      name: 'mammoth convertToHtml',
      run: (bytes) => mammoth.convertToHtml({buffer: Buffer.from(bytes)}),
      goal: '≤ 0.2× mammoth (5× faster)',
      holds: (ratio) => ratio <= 0.2
    }
  },
  {
    name: 'html',
    extension: 'html',
    render: (seed) => renderHtml(fixtureReport(seed)),
    ours: (bytes) => parseHtml(bytes),
    anchor: {
      name: 'rehype-parse',
      run: (bytes) => rehype.parse(decoder.decode(bytes)),
      goal: '≤ 2× rehype alone (half its speed)',
      holds: (ratio) => ratio <= 2
    }
  },
  {...textFormat('cell-stream'), notInMixed: true},
  {...textFormat('text-rows'), notInMixed: true},
  {
    name: 'pdf',
    extension: 'pdf',
    render: () => {
      throw new Error('PDFs are rendered all at once (`renderAll`)')
    },
    renderAll: renderPdfs,
    ours: (bytes) => parsePdf(bytes),
    parts: [
      {name: 'PDFium extraction', run: (bytes) => readPdf(bytes, defaultPdfLimits)},
      {name: 'page geometry (words, rules, ruled tables, paragraphs)', run: (bytes) => pdfToTree(bytes)}
    ],
    anchor: {
      name: 'pdftotext -layout, a process per file',
      run: (bytes) => spawnSync('pdftotext', ['-layout', '-', '-'], {input: bytes, maxBuffer: 1 << 26}),
      goal: '≤ 0.5× pdftotext (2× its throughput)',
      holds: (ratio) => ratio <= 0.5
    },
    notInMixed: true
  }
]

/** The .docx of each seed, converted to PDF by LibreOffice in one run (`soffice` must be on the PATH). */
function renderPdfs(seeds: ReadonlyArray<number>, folder: string): void {
  const docx = join(root, 'pdf-source')
  mkdirSync(docx, {recursive: true})
  const sources = seeds.map((seed) => {
    const path = join(docx, String(seed).padStart(5, '0') + '.docx')
    writeFileSync(path, renderDocx(fixtureReport(seed)))
    return path
  })
  const run = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, ...sources], {stdio: 'ignore'})
  if (run.status !== 0) throw new Error('soffice could not convert the .docx files to PDF (install libreoffice-writer)')
}

function generate(format: Format, count: number): Array<string> {
  const folder = join(root, 'corpus', format.name)
  mkdirSync(folder, {recursive: true})
  const paths: Array<string> = []
  const missing: Array<number> = []
  for (let seed = 1; seed <= count; seed++) {
    const path = join(folder, String(seed).padStart(5, '0') + '.' + format.extension)
    if (!existsSync(path)) {
      if (format.renderAll) missing.push(seed)
      else writeFileSync(path, format.render(seed))
    }
    paths.push(path)
  }
  if (missing.length > 0) format.renderAll!(missing, folder)
  return paths
}

/** `count` files: the corpus of a format copied round-robin under new names. */
function copies(format: Format, paths: ReadonlyArray<string>, count: number): Array<string> {
  const folder = join(root, 'pooled', format.name)
  mkdirSync(folder, {recursive: true})
  const result: Array<string> = []
  for (let index = 0; index < count; index++) {
    const path = join(folder, String(index).padStart(5, '0') + '.' + format.extension)
    if (!existsSync(path)) copyFileSync(paths[index % paths.length]!, path)
    result.push(path)
  }
  return result
}

/** Runs `run` over every file once, returning each file's time in ms. */
async function timeEach(files: ReadonlyArray<Uint8Array>, run: (bytes: Uint8Array) => unknown): Promise<Array<number>> {
  const times: Array<number> = []
  for (const bytes of files) {
    const start = performance.now()
    await settle(run(bytes))
    times.push(performance.now() - start)
  }
  return times
}

/** Runs `run` over every file `passes` times, returning the time of one pass in ms. */
async function timePasses(files: ReadonlyArray<Uint8Array>, run: (bytes: Uint8Array) => unknown, passes: number): Promise<number> {
  const start = performance.now()
  for (let pass = 0; pass < passes; pass++) for (const bytes of files) await settle(run(bytes))
  return (performance.now() - start) / passes
}

/** A promise, awaited; anything else at once (an `await` of a plain value costs a turn of the queue, a share of the floor's time). */
function settle(result: unknown): unknown {
  return result instanceof Promise ? result : undefined
}

const sum = (values: ReadonlyArray<number>) => values.reduce((total, value) => total + value, 0)
function quantile(values: ReadonlyArray<number>, q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const median = (values: ReadonlyArray<number>) => quantile(values, 0.5)
const fixed = (value: number, digits = 2) => value.toFixed(digits)

/**
 * Measures one format: ours and its anchor in alternating rounds, then the worker pool.
 * Each format runs in a process of its own (see `main`), so that no format's heap (the
 * corpora, the anchors' caches) weighs on another's garbage collection.
 */
async function measure(format: Format, jobs: number): Promise<Array<string>> {
  const paths = generate(format, perFormat)
  const files = paths.map((path) => new Uint8Array(readFileSync(path)))
  // Warm up both for a while, so that both run optimised code: the space-aligned reader
  // runs about two seconds before its time per report settles (six times the first).
  for (const run of [format.ours, format.anchor.run]) {
    const start = performance.now()
    for (let pass = 0; pass < 2 || performance.now() - start < warmupMs; pass++) await timeEach(files, run)
  }
  // Per report times (p50, p99) from a pass of optimised code; each side of a round then
  // passes over the files until it has run `minSideMs`.
  const perReport = await timeEach(files, format.ours)
  const anchorPass = sum(await timeEach(files, format.anchor.run))
  const oursPasses = Math.max(1, Math.ceil(minSideMs / sum(perReport)))
  const anchorPasses = Math.max(1, Math.ceil(minSideMs / anchorPass))
  // Rounds alternate the two, so that drift hits both alike. Fast formats get more: the
  // median of many rounds sets aside those a pause of the shared machine spoiled.
  const roundMs = oursPasses * sum(perReport) + anchorPasses * anchorPass
  const rounds = Math.min(maxRounds, Math.max(minRounds, Math.ceil(roundsBudgetMs / roundMs)))
  const ours: Array<number> = []
  const anchor: Array<number> = []
  for (let round = 0; round < rounds; round++) {
    ours.push(await timePasses(files, format.ours, oursPasses))
    anchor.push(await timePasses(files, format.anchor.run, anchorPasses))
  }
  const ratios = ours.map((time, index) => time / anchor[index]!)
  if (format.parts) {
    // Each part timed in rounds of its own beside a round of the whole, medians compared.
    const whole: Array<number> = []
    const parts = format.parts.map(() => [] as Array<number>)
    for (let round = 0; round < minRounds; round++) {
      whole.push(sum(await timeEach(files, format.ours)))
      for (const [index, part] of format.parts.entries()) parts[index]!.push(sum(await timeEach(files, part.run)))
    }
    let before = 0
    const shares = format.parts.map((part, index) => {
      const share = median(parts[index]!) / median(whole)
      const text = part.name + ' ' + fixed(100 * (share - before), 0) + ' %'
      before = share
      return text
    })
    console.error(`${format.name}: ${shares.join(', ')}, recognition, mapping and checks ${fixed(100 * (1 - before), 0)} % of the time`)
  }
  const ratio = median(ratios)
  const oneThread = (files.length * 1000) / median(ours)
  // The pool over more files than the rounds, so that starting the threads (paid once
  // per run, included) does not hide the throughput.
  const pooledPaths = copies(format, paths, pooledFiles)
  const start = performance.now()
  let parsed = 0
  for await (const result of parseFiles(pooledPaths, {jobs})) if (result.status === 'ok') parsed++
  const pooled = (pooledPaths.length * 1000) / (performance.now() - start)
  if (parsed !== pooledPaths.length) throw new Error(format.name + ': ' + (pooledPaths.length - parsed) + ' files failed')
  return [
    format.name,
    fixed(oneThread, 0),
    fixed(pooled, 0),
    fixed(quantile(perReport, 0.5), 3),
    fixed(quantile(perReport, 0.99), 3),
    format.anchor.name,
    fixed((files.length * 1000) / median(anchor), 0),
    fixed(ratio, 2) + ' (' + ratios.map((value) => fixed(value, 2)).join(', ') + ')',
    format.anchor.goal,
    format.anchor.holds(ratio) ? 'yes' : 'NO'
  ]
}

async function main() {
  const jobs = availableParallelism()
  const child = process.argv.indexOf('--measure')
  if (child !== -1) {
    const format = formats.find((candidate) => candidate.name === process.argv[child + 1])!
    console.log(JSON.stringify(await measure(format, jobs)))
    return
  }
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${jobs} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`)
  console.log(`${perFormat} files per format, each format in a process of its own; one thread = in that process; rounds alternate ours and the anchor\n`)
  const rows: Array<Array<string>> = []
  for (const format of formats) {
    if (only && !only.has(format.name)) continue
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--measure', format.name, ...(quick ? ['--quick'] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit']
    })
    if (run.status !== 0) throw new Error(format.name + ': the measuring process failed')
    rows.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Array<string>)
  }
  const header = ['format', 'reports/s 1 thread', `reports/s ${jobs} jobs (${pooledFiles} files, pool start included)`, 'ms p50', 'ms p99', 'anchor', 'anchor reports/s', 'time ratio ours/anchor (rounds)', 'goal', 'met']
  console.log('| ' + header.join(' | ') + ' |')
  console.log('| ' + header.map(() => '---').join(' | ') + ' |')
  for (const row of rows) console.log('| ' + row.join(' | ') + ' |')

  if (!withCli) return
  if (!existsSync(cli)) throw new Error('Build first (`pnpm -r build`): ' + cli + ' is missing')
  console.log('\nCLI over a mixed corpus (the six first formats), --jobs ' + jobs + ', CSV to /dev/null:')
  for (const size of quick ? [2000] : [2000, 20_000]) {
    const folder = mixedCorpus(size)
    const time = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, cli, 'parse', folder, '--format', 'csv', '--out', '/dev/null', '--jobs', String(jobs)], {encoding: 'utf8'})
    const [peak, seconds] = time.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
    const summary = time.stderr.split('\n').filter((line) => /parsed|failed|warnings/u.test(line)).join(' / ')
    console.log(`  ${size} files: ${fixed(seconds!, 1)} s, ${fixed(size / seconds!, 0)} reports/s, peak RSS ${fixed(peak! / 1024, 0)} MB — ${summary}`)
  }
  if (only && !only.has('pdf')) return
  const pdfFormat = formats.find((format) => format.name === 'pdf')!
  const pdfs = copies(pdfFormat, generate(pdfFormat, perFormat), quick ? 500 : 2000)
  const time = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, cli, 'parse', join(root, 'pooled', 'pdf'), '--format', 'csv', '--out', '/dev/null', '--jobs', String(jobs)], {encoding: 'utf8'})
  const [peak, seconds] = time.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
  console.log(`  ${pdfs.length} PDFs: ${fixed(seconds!, 1)} s, ${fixed(pdfs.length / seconds!, 0)} reports/s, peak RSS ${fixed(peak! / 1024, 0)} MB`)
}

/** A folder of `size` files: the per-format corpora copied round-robin, plus a few broken files. */
function mixedCorpus(size: number): string {
  const folder = join(root, 'mixed-' + size)
  if (existsSync(folder) && readdirSync(folder).length === size) return folder
  rmSync(folder, {recursive: true, force: true})
  mkdirSync(folder, {recursive: true})
  const sources = formats.filter((format) => !format.notInMixed).flatMap((format) => generate(format, perFormat))
  const broken = 5
  for (let index = 0; index < size - broken; index++) {
    const source = sources[index % sources.length]!
    copyFileSync(source, join(folder, String(index).padStart(6, '0') + source.slice(source.lastIndexOf('.'))))
  }
  writeFileSync(join(folder, 'broken-empty.txt'), '')
  writeFileSync(join(folder, 'broken-random.docx'), new Uint8Array(4096).map((_, index) => (index * 7919) % 251))
  writeFileSync(join(folder, 'broken-not-a-report.txt'), '今天天气很好。\n')
  writeFileSync(join(folder, 'broken-cut.docx'), readFileSync(generate(formats.find((format) => format.extension === 'docx')!, 1)[0]!).subarray(0, 3000))
  writeFileSync(join(folder, 'broken-doc.docx'), Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(600), 'hex'))
  return folder
}

await main()
