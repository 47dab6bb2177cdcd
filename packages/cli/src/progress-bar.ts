import cliProgress from 'cli-progress'
import {createRateEstimator} from './progress-rate.js'
import {formatSpeed, type ProgressReporter} from './progress-reporter.js'

/**
 * A progress bar (cli-progress) on a terminal `stream`: files done / total, then the rate
 * and the time left as the plain lines tell them (a recent window; no time left before
 * enough files have finished, see `progress-rate.ts`), redrawn at most 5 times a second
 * and cleared at the end.
 */
export function createProgressBar(stream: NodeJS.WriteStream, total: number): ProgressReporter {
  const estimator = createRateEstimator(total)
  const bar = new cliProgress.SingleBar({
    format: 'xxgk [{bar}] {value}/{total} files{speed}',
    stream,
    fps: 5,
    clearOnComplete: true,
    hideCursor: true
  })
  bar.start(total, 0, {speed: ''})
  return {
    update(progress) {
      const now = performance.now()
      estimator.record(progress.done, now)
      bar.update(progress.done, {speed: formatSpeed(estimator.rate(now), estimator.secondsLeft(now), ' | ')})
    },
    stop() {
      bar.stop()
    }
  }
}
