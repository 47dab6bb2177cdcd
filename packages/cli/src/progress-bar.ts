import cliProgress from 'cli-progress'
import type {Progress} from './types.js'

/** Shows the progress of a batch; a no-op when not shown. */
export interface ProgressBar {
  /** Moves the bar to the given progress. */
  update(progress: Progress): void
  /** Removes the bar (before the summary is printed). */
  stop(): void
}

/**
 * A progress bar (cli-progress) on `stream`: files done / total, rate and ETA, redrawn
 * at most 5 times a second and cleared at the end. Does nothing when `show` is false
 * (stderr is not a terminal, or the output goes to the same terminal).
 */
export function createProgressBar(stream: NodeJS.WriteStream, total: number, show: boolean): ProgressBar {
  if (!show) return {update() {}, stop() {}}
  const started = performance.now()
  const bar = new cliProgress.SingleBar({
    format: 'xxgk [{bar}] {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
    stream,
    fps: 5,
    etaBuffer: 100,
    clearOnComplete: true,
    hideCursor: true
  })
  bar.start(total, 0, {rate: '0.0'})
  return {
    update(progress) {
      const seconds = (performance.now() - started) / 1000
      bar.update(progress.done, {rate: seconds > 0 ? (progress.done / seconds).toFixed(1) : '0.0'})
    },
    stop() {
      bar.stop()
    }
  }
}
