import {describe, expect, it} from 'vitest'
import {comparePaths} from '../src/index.js'

describe('comparePaths', () => {
  it('should order by UTF-16 code units, not by locale or numbers', () => {
    expect(['b.txt', 'a/x.txt', 'B.txt', 'a.txt', '10.txt', '9.txt', '隆德.txt', '嘉祥.txt', 'a-b.txt'].sort(comparePaths)).toEqual([
      '10.txt',
      '9.txt',
      'B.txt',
      'a-b.txt',
      'a.txt',
      'a/x.txt',
      'b.txt',
      '嘉祥.txt',
      '隆德.txt'
    ])
  })
})
