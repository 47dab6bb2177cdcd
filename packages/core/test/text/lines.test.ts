import {describe, expect, it} from 'vitest'
import {splitLines} from '../../src/index.js'
import {trimInvisible} from '../../src/text/lines.js'

describe('trimInvisible', () => {
  it('should return a line without invisible ends as it is', () => {
    const line = {text: '\t（七）总计\t5145', line: 3, offset: 40}
    expect(trimInvisible(line)).toBe(line)
    expect(trimInvisible({text: '', line: 1, offset: 0})).toEqual({text: '', line: 1, offset: 0})
  })

  it('should drop BOM, zero-width and control characters at either end and shift the offset', () => {
    const [first, second] = splitLines('\uFEFF\u200B一、总体情况\u00AD\n\t5145\u200D\f')
    expect(trimInvisible(first!)).toEqual({text: '一、总体情况', line: 1, offset: 2, shift: 2})
    expect(trimInvisible(second!)).toEqual({text: '\t5145', line: 2, offset: 10, shift: 0})
  })
})
