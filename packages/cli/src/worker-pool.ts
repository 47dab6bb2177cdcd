import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Tinypool} from 'tinypool'
import type {FormattedResult} from './format-result.js'
import type {OutputFormat} from './output-formats.js'
import type {FileResult} from './types.js'
import type {WorkerTask} from './worker.js'

/** A pool of worker threads that each parse one file at a time. */
export interface WorkerPool {
  /** Parses one file in a worker; rejects only when the worker itself fails. */
  parse(task: Omit<WorkerTask, 'format'>): Promise<FileResult>
  /** Parses one file in a worker and writes it out in `task.format`; rejects as `parse`. */
  format(task: WorkerTask & {format: OutputFormat}): Promise<FormattedResult>
  /**
   * Calls `listener` when the pool itself breaks (a worker cannot start): the tasks
   * queued then would never finish.
   */
  onError(listener: (error: Error) => void): void
  /** Stops the threads. */
  destroy(): Promise<void>
}

/** The custom condition that resolves workspace packages to TypeScript sources. */
const sourceCondition = '@xxgk/source'

/**
 * Starts `threads` worker threads running `worker.js` (tinypool).
 *
 * The worker is the built `dist/worker.js`: beside this module once built, or
 * `../dist/worker.js` when this module runs from `src/` (tests, `tsx`), since a worker
 * thread cannot load TypeScript. For the same reason the threads do not inherit the
 * `@xxgk/source` condition: the built worker loads the built packages.
 */
export function createWorkerPool(threads: number): WorkerPool {
  const pool = new Tinypool({
    filename: workerPath(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // No `resourceLimits`: the threads get V8's default heap, like the calling thread.
    // Capping it (an 8 MB young generation and a 1 GB old one, as before) saved about
    // 80 MB a thread but cost 50–70 % more CPU a file in garbage collection (measured
    // over 600 mixed files, one worker against in-thread; docs/benchmarks.md).
    execArgv: workerExecArgv(process.execArgv)
  })
  return {
    // The worker answers JSON text, or the written-out result (see `worker.ts`).
    parse: async (task) => JSON.parse((await pool.run(task)) as string) as FileResult,
    format: async (task) => (await pool.run(task)) as FormattedResult,
    onError: (listener) => void pool.on('error', listener),
    destroy: () => pool.destroy()
  }
}

function workerPath(): string {
  const beside = fileURLToPath(new URL('worker.js', import.meta.url))
  if (existsSync(beside)) return beside
  const built = fileURLToPath(new URL('../dist/worker.js', import.meta.url))
  if (existsSync(built)) return built
  throw new Error('Cannot find `worker.js` beside `' + beside + '`: build `@xxgk/cli` first (`pnpm --filter @xxgk/cli build`)')
}

/**
 * The parent's Node flags a worker can take: without the `@xxgk/source` condition, and
 * without flags that only apply to a main script (`--input-type`, `--eval`, `--print`).
 */
function workerExecArgv(execArgv: ReadonlyArray<string>): Array<string> {
  const kept: Array<string> = []
  for (let index = 0; index < execArgv.length; index++) {
    const arg = execArgv[index] as string
    if ((arg === '--conditions' || arg === '-C') && execArgv[index + 1] === sourceCondition) index++
    else if (arg === '--conditions=' + sourceCondition || arg === '-C=' + sourceCondition) continue
    else if (/^--input-type(?:=|$)/u.test(arg)) index += arg.includes('=') ? 0 : 1
    else if (arg === '--eval' || arg === '-e' || arg === '--print' || arg === '-p') index++
    else kept.push(arg)
  }
  return kept
}
