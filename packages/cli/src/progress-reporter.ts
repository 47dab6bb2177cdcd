import {createRateEstimator} from './progress-rate.js'
import type {Progress} from './types.js'

/** Shows the progress of a batch; a no-op when nothing is shown. */
export interface ProgressReporter {
  /** Takes the progress after a file finished. */
  update(progress: Progress): void
  /** Ends the display (before the summary is printed). */
  stop(): void
}

/** A line at most this often (ms): a log or a notebook gets a few lines a minute, not one per file. */
export const progressLineIntervalMs = 5_000

/** What a plain progress reporter reads the time from and writes to. */
export interface ProgressReporterOptions {
  /** Files in the batch. */
  total: number
  /** The time in ms (`performance.now`). */
  now: () => number
  /** Writes one line (ending in a newline). */
  write: (line: string) => void
  /** Least time between two lines (ms; default `progressLineIntervalMs`). */
  intervalMs?: number
}

/**
 * Progress for a stderr that is no terminal (a log file, a notebook, CI): a plain line
 * at most every `intervalMs` as files finish, no escape codes, nothing when the batch
 * ends before the first interval:
 *
 * ```txt
 * xxgk: 1,200 / 20,000 files (6 %), 48 files/s, about 7 min left
 * ```
 *
 * The rate is that of a recent window, and the time left shows only once enough files
 * have finished (see `progress-rate.ts`).
 */
export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const {total, now, write} = options
  const intervalMs = options.intervalMs ?? progressLineIntervalMs
  const estimator = createRateEstimator(total)
  let lastLineAt = now()
  return {
    update(progress) {
      const at = now()
      estimator.record(progress.done, at)
      if (at - lastLineAt < intervalMs) return
      lastLineAt = at
      write(formatProgressLine(progress.done, total, estimator.rate(at), estimator.secondsLeft(at)) + '\n')
    },
    stop() {}
  }
}

/** `xxgk: 1,200 / 20,000 files (6 %), 48 files/s, about 7 min left`, without the parts not known yet. */
export function formatProgressLine(done: number, total: number, rate: number | undefined, secondsLeft: number | undefined): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100)
  return 'xxgk: ' + formatCount(done) + ' / ' + formatCount(total) + ' files (' + percent + ' %)' + formatSpeed(rate, secondsLeft, ', ')
}

/** `48 files/s, about 7 min left` (parts joined by `separator`), empty while the rate is unknown. */
export function formatSpeed(rate: number | undefined, secondsLeft: number | undefined, separator: string): string {
  if (rate === undefined) return ''
  const speed = separator + (rate >= 10 ? Math.round(rate) : rate.toFixed(1)) + ' files/s'
  return secondsLeft === undefined ? speed : speed + separator + 'about ' + formatDuration(secondsLeft) + ' left'
}

/** A count with a comma every three digits (`20,000`), whatever the locale. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',')
}

/** A time left as a person says it: `15 s` (by 5 s), `7 min`, `1 h 20 min`. */
export function formatDuration(seconds: number): string {
  if (seconds <= 55) return Math.max(5, Math.ceil(seconds / 5) * 5) + ' s'
  const minutes = Math.max(1, Math.round(seconds / 60))
  if (minutes < 60) return minutes + ' min'
  const hours = Math.floor(minutes / 60)
  return hours + ' h' + (minutes % 60 === 0 ? '' : ' ' + (minutes % 60) + ' min')
}
