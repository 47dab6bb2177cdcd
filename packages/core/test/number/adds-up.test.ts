import {describe, expect, it} from 'vitest'
import {addsUp, sumOf, sumTolerance} from '../../src/number/adds-up.js'

describe('addsUp', () => {
  it('should hold for whole numbers that add up, and not for those that do not', () => {
    expect(addsUp([12, 30, 0], 42)).toBe(true)
    expect(addsUp([12, 30], 43)).toBe(false)
    expect(addsUp([], 0)).toBe(true)
  })

  it('should hold for decimal amounts whose binary sum strays in its last bits', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false)
    expect(addsUp([0.1, 0.2], 0.3)).toBe(true)
    expect(addsUp([10.78, 0.22], 11)).toBe(true)
    expect(addsUp([10.78, 0.22], 11 + 10 * sumTolerance)).toBe(false)
  })
})

describe('sumOf', () => {
  it('should round to the millionth', () => {
    expect(sumOf([0.1, 0.2])).toBe(0.3)
    expect(sumOf([1, 2, 3])).toBe(6)
    expect(sumOf([])).toBe(0)
  })
})
