import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Worker} from 'node:worker_threads'
import {ParseError} from '@xxgk/core'
import type {CompiledEngine} from './engine.js'
import type {EngineReply, EngineRequest, EngineThreadData} from './engine-worker.js'
import type {PdfLimits} from './limits.js'
import {unpack, type PdfContent} from './packed.js'

/**
 * The engine in a worker thread of its own, with a hard deadline: when
 * `limits.maxMilliseconds` pass before the thread answers, it is terminated wherever it
 * is (inside one engine call that loads a hostile page, say) and its memory with it.
 *
 * One thread serves every document of this thread, one at a time, and keeps its engine
 * warm between them; it is replaced after a deadline, a failure, or when its engine
 * retires (see `engineRetired`). It does not keep the process alive while idle.
 */

/** `setTimeout` takes at most this many milliseconds (about 24.8 days); a longer limit is none. */
const maxTimer = 2 ** 31 - 1

/** A document being read by a thread. */
interface Job {
  resolve: (content: PdfContent) => void
  reject: (error: unknown) => void
  timer: ReturnType<typeof setTimeout> | undefined
}

class EngineThread {
  readonly worker: Worker
  /** The page the engine is reading, written by the thread (`EngineThreadData`). */
  private readonly progress = new Int32Array(new SharedArrayBuffer(4))
  /** Settles when the engine is loaded, or the thread failed to start. */
  readonly ready: Promise<void>
  private started: {resolve: () => void; reject: (error: unknown) => void} | undefined
  private job: Job | undefined
  /** Settles when the thread has stopped (after `end`, or by itself). */
  private stopped: Promise<void> | undefined
  ended = false

  constructor(Thread: typeof Worker, file: string) {
    this.ready = new Promise((resolve, reject) => {
      this.started = {resolve, reject}
    })
    this.worker = new Thread(file, {
      workerData: {progress: this.progress.buffer as SharedArrayBuffer, engine: compiled} satisfies EngineThreadData,
      // Built JavaScript that needs none of the caller's Node flags (loaders, conditions
      // such as `@xxgk/source`), some of which a worker thread would refuse.
      execArgv: []
    })
    this.worker.on('message', (reply: EngineReply) => this.answer(reply))
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) => this.fail(new Error('The PDF engine\'s thread stopped (exit code ' + code + ')')))
  }

  /** Reads one document; rejects with `TOO_LARGE` when `limits.maxMilliseconds` pass first. */
  read(bytes: Uint8Array, limits: PdfLimits): Promise<PdfContent> {
    return new Promise((resolve, reject) => {
      if (this.ended) {
        reject(new ParseError('INTERNAL', 'The PDF engine\'s thread stopped before it was given the PDF'))
        return
      }
      // One copy, moved to the thread: the caller's bytes stay as they are (and a
      // `Buffer`'s `slice` would be no copy). The limits as plain numbers.
      const copy = new Uint8Array(bytes.length)
      copy.set(bytes)
      // The deadline is this thread's timer alone (the thread is stopped wherever it is):
      // were the thread to check it after each page too, which of the two spoke first
      // would depend on the machine's load.
      const {maxBytes, maxPages, maxGlyphsPerPage, maxObjectsPerPage} = limits
      const request: EngineRequest = {bytes: copy, limits: {maxBytes, maxPages, maxGlyphsPerPage, maxObjectsPerPage, maxMilliseconds: Infinity}}
      const job: Job = {resolve, reject, timer: undefined}
      this.job = job
      this.worker.ref()
      // Not yet on a page of this document (the last one's page would stand until the
      // thread takes the request).
      Atomics.store(this.progress, 0, 0)
      this.worker.postMessage(request, [copy.buffer])
      const time = limits.maxMilliseconds
      if (time < maxTimer) {
        job.timer = setTimeout(() => {
          const page = Atomics.load(this.progress, 0)
          this.end()
          this.settle(job, () =>
            reject(new ParseError('TOO_LARGE', 'Reading the PDF took longer than `limits.maxMilliseconds` (' + time + ' ms): stopped ' + (page > 0 ? 'on page ' + page : 'while opening it')))
          )
        }, Math.max(0, time))
      }
    })
  }

  /** Terminates the thread; resolves when it has stopped and its memory is given back. */
  end(): Promise<void> {
    this.ended = true
    this.stopped ??= this.worker.terminate().then(
      () => undefined,
      () => undefined
    )
    return this.stopped
  }

  private answer(reply: EngineReply): void {
    if (reply.type === 'ready') {
      compiled ??= reply.engine
      this.started?.resolve()
      this.worker.unref()
      return
    }
    const job = this.job
    if (!job) return
    if (reply.retired) void this.end()
    if (reply.type === 'read') this.settle(job, () => job.resolve(unpack(reply.content)))
    else if (reply.type === 'refused') this.settle(job, () => job.reject(new ParseError(reply.code, reply.message)))
    else {
      const error = new Error(reply.message)
      if (reply.stack) error.stack = reply.stack
      this.settle(job, () => job.reject(error))
    }
  }

  private fail(error: Error & {code?: string}): void {
    const first = !this.ended
    this.ended = true
    this.stopped ??= Promise.resolve()
    this.started?.reject(new ParseError('INTERNAL', 'The PDF engine\'s thread could not start: ' + error.message + ' (`{isolate: false}` reads PDFs in the calling thread)', {cause: error}))
    const job = this.job
    if (!job || !first) return
    this.settle(job, () =>
      job.reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new ParseError('TOO_LARGE', 'The PDF needs more memory than the PDF engine\'s thread has: ' + error.message, {cause: error})
        : new ParseError('INTERNAL', 'The PDF engine\'s thread failed: ' + error.message, {cause: error}))
    )
  }

  /** Ends `job` once (the first of its answer, its deadline and a failure wins). */
  private settle(job: Job, action: () => void): void {
    if (this.job !== job) return
    this.job = undefined
    clearTimeout(job.timer)
    if (!this.ended) this.worker.unref()
    action()
  }
}

let thread: EngineThread | undefined
/** The engine's WebAssembly as the first thread compiled it, handed to every later one. */
let compiled: CompiledEngine | undefined
/** Documents are read one after another: each waits for the one before. */
let queue: Promise<unknown> = Promise.resolve()
/** What starts a thread, and the file it runs: found on first use. */
let starter: Promise<{Thread: typeof Worker; file: string}> | undefined

/**
 * Reads a PDF in the engine's worker thread (started on first use, then kept), with
 * `limits.maxMilliseconds` as a hard deadline.
 *
 * @throws {ParseError} as `extractPdf`; `TOO_LARGE` past the deadline; `INTERNAL` when the
 *   thread cannot start or fails.
 */
export function readPdfIsolated(bytes: Uint8Array, limits: PdfLimits): Promise<PdfContent> {
  const read = queue.then(async () => {
    if (!thread || thread.ended) {
      // The thread ended is stopped first, so that two never hold memory at once.
      if (thread) await thread.end()
      const {Thread, file} = await (starter ??= findStarter())
      try {
        thread = new EngineThread(Thread, file)
      } catch (error) {
        // Starting threads can be refused (Node's permission model without `--allow-worker`).
        thread = undefined
        throw new ParseError('INTERNAL', 'The PDF engine\'s thread could not start: ' + (error instanceof Error ? error.message : String(error)) + ' (`{isolate: false}` reads PDFs in the calling thread)', {cause: error})
      }
    }
    const current = thread
    try {
      await current.ready
    } catch (error) {
      thread = undefined
      throw error
    }
    return current.read(bytes, limits)
  })
  queue = read.then(
    () => undefined,
    () => undefined
  )
  return read
}

/**
 * `Worker` (imported here, not on load, so that a runtime without `node:worker_threads`
 * can still read with `{isolate: false}`), and the built `engine-worker.js`: beside this
 * module once built (ESM and CommonJS alike), or `../dist/engine-worker.js` when this
 * module runs from `src/` (tests, `tsx`), since a worker thread cannot load TypeScript.
 */
async function findStarter(): Promise<{Thread: typeof Worker; file: string}> {
  let Thread: typeof Worker
  try {
    Thread = (await import('node:worker_threads')).Worker
  } catch (error) {
    starter = undefined
    throw new ParseError('INTERNAL', 'This runtime has no `node:worker_threads` to run the PDF engine in; read in the calling thread (`{isolate: false}`)', {cause: error})
  }
  const beside = fileURLToPath(new URL('engine-worker.js', import.meta.url))
  const built = fileURLToPath(new URL('../dist/engine-worker.js', import.meta.url))
  const file = existsSync(beside) ? beside : existsSync(built) ? built : undefined
  if (file) return {Thread, file}
  starter = undefined
  throw new ParseError('INTERNAL', 'Cannot find `engine-worker.js` beside `' + beside + '`: build `@xxgk/pdf` first (`pnpm --filter @xxgk/pdf build`), or read in the calling thread (`{isolate: false}`)')
}
