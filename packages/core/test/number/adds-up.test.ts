import {describe, expect, it} from 'vitest'
import {addsUp, lastIsSum, sumOf, sumTolerance} from '../../src/number/adds-up.js'

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

describe('lastIsSum', () => {
  it('should tell printed whole numbers whose last is the sum of the others, full-width digits too', () => {
    expect(lastIsSum(['134', '31', '391', '14', '87', '421', '1078'])).toBe(true)
    expect(lastIsSum(['１', '６', '７'])).toBe(true)
    expect(lastIsSum(['134', '31', '391', '14', '87', '421', '107'])).toBe(false)
  })

  it('should never pass text that is no whole number, nor a lone number', () => {
    expect(lastIsSum(['1', '2', '—', '3'])).toBe(false)
    expect(lastIsSum(['1.5', '1.5', '3'])).toBe(false)
    expect(lastIsSum(['0'])).toBe(false)
  })
})
