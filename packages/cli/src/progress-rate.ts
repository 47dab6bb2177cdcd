/**
 * The rate is that of the files finished in about this last stretch of time (ms): recent
 * enough to follow a batch that speeds up or slows down, long enough to even out a few
 * slow files.
 */
export const rateWindowMs = 20_000

/**
 * No time left is told before this many files have finished: the first files of a batch
 * are slow (the parser warms up; worker threads start), and a rate read from them makes a
 * first estimate many times too long.
 */
export const etaMinFiles = 20

/** Nor before this long (ms) since the first file finished, for the same reason. */
export const etaMinMs = 10_000

/** A point of the window is kept at most this often (ms), so the window stays a few dozen points long. */
const sampleEveryMs = 1_000

/** Files done at a time (ms). */
interface Sample {
  at: number
  done: number
}

/** Estimates a batch's rate and time left from when its files finish. */
export interface RateEstimator {
  /** Records that `done` files have finished at `now` (ms). */
  record(done: number, now: number): void
  /** Files per second over the recent window, or `undefined` before two files have finished. */
  rate(now: number): number | undefined
  /** Seconds left at the recent rate, or `undefined` while too little is known (see `etaMinFiles`, `etaMinMs`). */
  secondsLeft(now: number): number | undefined
}

/**
 * A rate estimator for a batch of `total` files. The window starts at the first finished
 * file, not at the start of the batch: the time before it is start-up (reading the
 * inputs, starting threads), which says nothing of how fast files go.
 */
export function createRateEstimator(total: number): RateEstimator {
  const samples: Array<Sample> = []
  let latest: Sample | undefined
  let firstAt: number | undefined

  function windowStart(now: number): Sample | undefined {
    while (samples.length > 1 && (samples[1] as Sample).at <= now - rateWindowMs) samples.shift()
    return samples[0]
  }

  const estimator: RateEstimator = {
    record(done, now) {
      latest = {at: now, done}
      firstAt ??= now
      const last = samples.at(-1)
      if (!last || now - last.at >= sampleEveryMs) samples.push(latest)
    },
    rate(now) {
      const start = windowStart(now)
      if (!start || !latest || latest.done === start.done || now <= start.at) return undefined
      return (latest.done - start.done) / ((now - start.at) / 1000)
    },
    secondsLeft(now) {
      if (firstAt === undefined || !latest || latest.done < etaMinFiles || now - firstAt < etaMinMs) return undefined
      const rate = estimator.rate(now)
      return rate === undefined ? undefined : (total - latest.done) / rate
    }
  }
  return estimator
}
