import {describe, expect, it} from 'vitest'
import {numbersSide} from '../../src/grid/space-aligned/data-rows.js'

describe('numbersSide', () => {
  it('should tell the side when two whole rows or more sit on it and none on the other', () => {
    expect(numbersSide({above: 14, below: 0, torn: 5})).toBe('above')
    expect(numbersSide({above: 0, below: 2, torn: 1})).toBe('below')
  })

  it('should tell nothing from one row, or from rows on both sides', () => {
    expect(numbersSide({above: 1, below: 0, torn: 3})).toBeUndefined()
    expect(numbersSide({above: 9, below: 1, torn: 3})).toBeUndefined()
    expect(numbersSide({above: 0, below: 0, torn: 0})).toBeUndefined()
  })
})
