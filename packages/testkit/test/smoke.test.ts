import {describe, expect, it} from 'vitest'
import {distinctCells} from '../src/index.js'

describe('smoke', () => {
  it('should load the schema', () => {
    expect(Object.keys(distinctCells(1))).toHaveLength(200)
  })
})
