import {describe, expect, it} from 'vitest'
import {defaultJobs, inThreadMaxCores} from '../src/index.js'

describe('defaultJobs', () => {
  it('should parse in the calling thread on up to 2 cores, else with a worker per core but one', () => {
    expect(inThreadMaxCores).toBe(2)
    const cores = [1, 2, 3, 4, 6, 8, 16, 64]
    expect(cores.map((count) => [count, defaultJobs(count)])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 3],
      [6, 5],
      [8, 7],
      [16, 15],
      [64, 63]
    ])
  })
})
