import {availableParallelism} from 'node:os'
import {comparePaths} from './compare-paths.js'
import {defaultJobs} from './default-jobs.js'
import {parseFile} from './parse-file.js'
import {ReorderBuffer} from './reorder-buffer.js'
import {toFailure} from './to-failure.js'
import {formatResult, type FormattedResult} from './format-result.js'
import type {OutputFormat} from './output-formats.js'
import type {FileResult, ParseFileOptions, ParseFilesOptions} from './types.js'
import {createWorkerPool, type WorkerPool} from './worker-pool.js'

/** How many tasks may run ahead of the next result to emit, per job. */
const aheadPerJob = 4

/**
 * Parses many files in parallel and yields their results sorted by path (plain code-unit
 * order), whatever the number of jobs and the order in which they finish.
 *
 * Results that finish early wait in a small reorder buffer; no more than about
 * `4 × jobs` files are in flight or waiting at once, so memory stays flat however many
 * files there are. A bad file never stops the batch: it yields a `failed` result (a
 * worker that crashes on a file too). Duplicate paths are parsed once.
 *
 * @throws {Error} when the worker threads cannot start (`dist/worker.js` missing or
 *   failing to load), or `onProgress` throws.
 *
 * @param paths Files to parse (see `collectFiles` to expand folders and globs).
 * @param options `jobs` (default: `defaultJobs(availableParallelism())`: this thread on up
 *   to 2 cores, else a worker per core but one; `1` parses in this thread), `onProgress`,
 *   `signal` (stop: nothing new starts and the iteration ends), `limits`.
 * @example
 *   for await (const item of parseFiles(['b.txt', 'a.docx'], {jobs: 2})) {
 *     if (item.status === 'ok') console.log(item.file, item.result.report.meta.agency)
 *     else console.log(item.file, item.error.code)
 *   }
 */
export function parseFiles(
  paths: Iterable<string>,
  options: ParseFilesOptions = {}
): AsyncGenerator<FileResult, undefined, undefined> {
  const fileOptions = fileOptionsOf(options)
  return runBatch(paths, options, {
    here: (file) => parseFile(file, fileOptions),
    inWorker: (pool, file) => pool.parse({file, options: fileOptions}),
    failed: (file, error) => ({file, status: 'failed', error: toFailure(error)})
  })
}

/**
 * `parseFiles` for a batch that only writes an output: yields each file's part of the
 * output already written out (`formatResult`), sorted by path. With worker threads the
 * writing out happens in the workers, so the calling thread only writes strings.
 *
 * @example
 *   await writeFormatted(formatFiles(files, {format: 'csv'}), process.stdout, {format: 'csv'})
 */
export function formatFiles(
  paths: Iterable<string>,
  options: FormatFilesOptions
): AsyncGenerator<FormattedResult, undefined, undefined> {
  const fileOptions = fileOptionsOf(options)
  const {format} = options
  return runBatch(paths, options, {
    here: async (file) => formatResult(await parseFile(file, fileOptions), format),
    inWorker: (pool, file) => pool.format({file, options: fileOptions, format}),
    failed: (file, error) => formatResult({file, status: 'failed', error: toFailure(error)}, format)
  })
}

/** Options of `formatFiles`. */
export interface FormatFilesOptions extends ParseFilesOptions {
  format: OutputFormat
}

/** How a batch gets one file's result: in this thread, in a worker, or from a failure. */
interface BatchSteps<T extends {file: string}> {
  here: (file: string) => Promise<T>
  inWorker: (pool: WorkerPool, file: string) => Promise<T>
  failed: (file: string, error: unknown) => T
}

function fileOptionsOf(options: ParseFilesOptions): ParseFileOptions {
  return options.limits ? {limits: options.limits} : {}
}

async function* runBatch<T extends {file: string}>(
  paths: Iterable<string>,
  options: ParseFilesOptions,
  steps: BatchSteps<T>
): AsyncGenerator<T, undefined, undefined> {
  const files = [...new Set(paths)].sort(comparePaths)
  const total = files.length
  const jobs = resolveJobs(options.jobs)
  const signal = options.signal ?? undefined
  const onProgress = options.onProgress ?? undefined
  if (total === 0 || signal?.aborted) return undefined

  const threads = Math.min(jobs, total)
  const pool = threads > 1 ? createWorkerPool(threads) : undefined
  const run = pool
    ? (file: string) => steps.inWorker(pool, file).catch((error: unknown) => steps.failed(file, error))
    : steps.here
  const buffer = new ReorderBuffer<T>()
  const ahead = jobs * aheadPerJob
  let started = 0
  let done = 0
  // An error to throw from the loop: `onProgress` threw, or the pool broke.
  let fatal: {error: unknown} | undefined
  const fatalError = (): {error: unknown} | undefined => fatal
  let wake: (() => void) | undefined
  const onAbort = () => wake?.()
  signal?.addEventListener('abort', onAbort)
  pool?.onError((error) => {
    fatal ??= {error}
    wake?.()
  })

  try {
    while (buffer.next < total) {
      while (started < total && started - buffer.next < ahead) {
        const index = started++
        void run(files[index] as string).then((result) => {
          buffer.put(index, result)
          done++
          try {
            onProgress?.({done, total, file: result.file})
          } catch (error) {
            fatal ??= {error}
          }
          wake?.()
        })
      }
      let emitted = false
      for (const result of buffer.take()) {
        emitted = true
        yield result
        if (signal?.aborted) return undefined
      }
      if (fatalError()) throw fatalError()?.error
      // Wait only when nothing could be emitted right after topping up the tasks, so
      // there is always a task in flight to wake us.
      if (!emitted && buffer.next < total) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = undefined
        if (fatalError()) throw fatalError()?.error
        if (signal?.aborted) return undefined
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort)
    await pool?.destroy()
  }
  return undefined
}

function resolveJobs(jobs: number | null | undefined): number {
  if (jobs === null || jobs === undefined) return defaultJobs(availableParallelism())
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new TypeError('Expected `jobs` to be a positive integer, got `' + String(jobs) + '`')
  }
  return jobs
}
