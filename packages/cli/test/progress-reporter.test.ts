import {describe, expect, it} from 'vitest'
import {createProgressReporter, formatCount, formatDuration, progressLineIntervalMs} from '../src/progress-reporter.js'
import {etaMinFiles, etaMinMs, rateWindowMs} from '../src/progress-rate.js'

/** The lines a reporter writes for a batch of `total` files whose `done` count is updated at the given times (ms from its start). */
function linesOf(total: number, updates: Array<[at: number, done: number]>): Array<string> {
  let clock = 0
  const lines: Array<string> = []
  const reporter = createProgressReporter({total, now: () => clock, write: (line) => void lines.push(line)})
  for (const [at, done] of updates) {
    clock = at
    reporter.update({done, total, file: 'f' + done})
  }
  reporter.stop()
  return lines
}

/** `count` updates `stepMs` apart from `at`, each `perStep` files on from `done`. */
function steady(at: number, done: number, count: number, stepMs: number, perStep: number): Array<[number, number]> {
  return Array.from({length: count}, (_, index) => [at + index * stepMs, done + index * perStep])
}

describe('createProgressReporter', () => {
  it('should name its constants', () => {
    expect([progressLineIntervalMs, rateWindowMs, etaMinFiles, etaMinMs]).toEqual([5000, 20_000, 20, 10_000])
  })

  it('should write nothing when the batch ends before the first interval', () => {
    expect(linesOf(100, steady(100, 1, 49, 100, 2))).toEqual([])
  })

  it('should write a line every 5 s, the time left only after 10 s of files, and follow a slow-down over a 20 s window', () => {
    // 2 s of start-up, 40 files/s until 15 s, then 10 files/s.
    const updates = [...steady(2000, 1, 14, 1000, 40), ...steady(16_000, 531, 30, 1000, 10)]
    expect(linesOf(20_000, updates)).toEqual([
      'xxgk: 121 / 20,000 files (0 %), 40 files/s\n',
      'xxgk: 321 / 20,000 files (1 %), 40 files/s\n',
      'xxgk: 521 / 20,000 files (2 %), 40 files/s, about 8 min left\n',
      'xxgk: 571 / 20,000 files (2 %), 32 files/s, about 10 min left\n',
      'xxgk: 621 / 20,000 files (3 %), 25 files/s, about 13 min left\n',
      'xxgk: 671 / 20,000 files (3 %), 18 files/s, about 18 min left\n',
      'xxgk: 721 / 20,000 files (3 %), 10 files/s, about 32 min left\n',
      'xxgk: 771 / 20,000 files (3 %), 10 files/s, about 32 min left\n',
      'xxgk: 821 / 20,000 files (4 %), 10 files/s, about 32 min left\n'
    ])
  })

  it('should tell no rate before two files, and no time left before 20 files', () => {
    expect(linesOf(100, [[6000, 1]])).toEqual(['xxgk: 1 / 100 files (1 %)\n'])
    expect(linesOf(100, [[3000, 1], [6000, 10], [12_000, 19], [14_000, 30], [17_000, 40]])).toEqual([
      'xxgk: 10 / 100 files (10 %), 3.0 files/s\n',
      'xxgk: 19 / 100 files (19 %), 2.0 files/s\n',
      'xxgk: 40 / 100 files (40 %), 2.8 files/s, about 25 s left\n'
    ])
  })
})

describe('formatDuration, formatCount', () => {
  it('should say a time left by 5 s, by the minute, then in hours and minutes', () => {
    const seconds = [0.4, 3, 21.5, 55, 56, 89, 91, 600, 3599, 4800, 7200]
    expect(seconds.map(formatDuration)).toEqual(['5 s', '5 s', '25 s', '55 s', '1 min', '1 min', '2 min', '10 min', '1 h', '1 h 20 min', '2 h'])
  })

  it('should put a comma every three digits', () => {
    expect([0, 999, 1000, 20_000, 1_234_567].map(formatCount)).toEqual(['0', '999', '1,000', '20,000', '1,234,567'])
  })
})
