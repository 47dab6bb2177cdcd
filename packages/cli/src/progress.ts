import {fstatSync} from 'node:fs'
import {createProgressBar} from './progress-bar.js'
import {createProgressReporter, type ProgressReporter} from './progress-reporter.js'

/** How a batch shows its progress on stderr: a redrawn bar, plain lines, or not at all. */
export type ProgressKind = 'bar' | 'lines' | 'none'

/** What decides how progress is shown. */
export interface ProgressSituation {
  /** `--quiet` was given. */
  quiet: boolean
  /** stderr is a terminal. */
  stderrIsTerminal: boolean
  /** The output goes to stdout and stdout is a terminal. */
  outputIsTerminal: boolean
  /** The output goes to stdout and stdout is the very file or pipe stderr is (`> log 2>&1`). */
  outputIsStderr: boolean
}

/**
 * A bar on a terminal, unless the output is written to a terminal too (the bar would be
 * drawn over it); plain lines when stderr is a log or a pipe, unless the output goes
 * into that same file (the lines would be mixed into the records); nothing with `--quiet`.
 */
export function progressKind(situation: ProgressSituation): ProgressKind {
  if (situation.quiet) return 'none'
  if (situation.stderrIsTerminal) return situation.outputIsTerminal ? 'none' : 'bar'
  return situation.outputIsStderr ? 'none' : 'lines'
}

/**
 * The progress of a batch of `total` files on `stderr`, as `progressKind` says. The output
 * goes to `stdout` unless `outputToFile`.
 */
export function createProgress(
  streams: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream},
  total: number,
  options: {quiet: boolean; outputToFile: boolean}
): ProgressReporter {
  const {stdout, stderr} = streams
  const kind = progressKind({
    quiet: options.quiet,
    stderrIsTerminal: Boolean(stderr.isTTY),
    outputIsTerminal: !options.outputToFile && Boolean(stdout.isTTY),
    outputIsStderr: !options.outputToFile && sameFile(stdout, stderr)
  })
  if (kind === 'bar') return createProgressBar(stderr, total)
  if (kind === 'lines') return createProgressReporter({total, now: () => performance.now(), write: (line) => stderr.write(line)})
  return {update() {}, stop() {}}
}

/**
 * Whether two streams write to the same file or pipe (same device and inode).
 *
 * The stats are asked for as bigints on purpose: a plain `fstat` of a pipe leaves its
 * file type in the buffer Node shares between stat calls, and Node's `realpathSync` reads
 * that buffer for paths it has cached, takes them for a pipe and stops resolving symbolic
 * links; a package imported next (exceljs, through pnpm's links) then fails to load its
 * own dependencies. Bigint stats go through another buffer.
 */
function sameFile(a: NodeJS.WriteStream, b: NodeJS.WriteStream): boolean {
  const fdA = (a as {fd?: unknown}).fd
  const fdB = (b as {fd?: unknown}).fd
  if (typeof fdA !== 'number' || typeof fdB !== 'number') return false
  try {
    const statA = fstatSync(fdA, {bigint: true})
    const statB = fstatSync(fdB, {bigint: true})
    return statA.dev === statB.dev && statA.ino === statB.ino
  } catch {
    return false
  }
}
