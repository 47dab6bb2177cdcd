import {describe, expect, it} from 'vitest'
import {ReorderBuffer} from '../src/reorder-buffer.js'

describe('ReorderBuffer', () => {
  it('should hold values until every earlier index is there, then hand them out in order', () => {
    const buffer = new ReorderBuffer<string>()
    buffer.put(2, 'c')
    buffer.put(1, 'b')
    expect([...buffer.take()]).toEqual([])
    expect(buffer.size).toBe(2)
    buffer.put(0, 'a')
    expect([...buffer.take()]).toEqual(['a', 'b', 'c'])
    expect(buffer.next).toBe(3)
    expect(buffer.size).toBe(0)
    buffer.put(4, 'e')
    buffer.put(3, 'd')
    expect([...buffer.take()]).toEqual(['d', 'e'])
  })

  it('should hand out values put while it is being read', () => {
    const buffer = new ReorderBuffer<number>()
    buffer.put(0, 0)
    const taken: Array<number> = []
    for (const value of buffer.take()) {
      taken.push(value)
      if (value < 3) buffer.put(value + 1, value + 1)
    }
    expect(taken).toEqual([0, 1, 2, 3])
  })
})
