import {describe, expect, it} from 'vitest'
import {readNumber} from '../../src/index.js'

describe('readNumber', () => {
  it('should read plain, full-width and grouped counts', () => {
    expect(readNumber('0', 'count')).toEqual({value: 0, status: 'number', annotation: null})
    expect(readNumber('１２３', 'count')).toEqual({value: 123, status: 'number', annotation: null})
    expect(readNumber('3,985,758', 'count')).toEqual({value: 3985758, status: 'number', annotation: null})
    expect(readNumber('3，985，758', 'count').value).toBe(3985758)
    expect(readNumber(' 42 ', 'count').value).toBe(42)
  })

  it('should read amounts in 万元 with or without the unit', () => {
    expect(readNumber('10.78 万元', 'wan_yuan')).toEqual({value: 10.78, status: 'number', annotation: '万元'})
    expect(readNumber('10.78万元', 'wan_yuan').value).toBe(10.78)
    expect(readNumber('0.00', 'wan_yuan').value).toBe(0)
    expect(readNumber('4166.241619', 'wan_yuan').value).toBe(4166.241619)
    expect(readNumber('7545', 'wan_yuan').value).toBe(7545)
  })

  it('should not read a number whose digits go on after its unit', () => {
    // `12万5千` is 125,000, not 12; `10.7万8元` is 10.78 drawn over its unit.
    expect(readNumber('12万5千', 'count')).toEqual({value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'})
    expect(readNumber('10.7万8元', 'wan_yuan').value).toBeNull()
    expect(readNumber('3件 2', 'count').value).toBeNull()
    // A note after the unit may hold digits.
    expect(readNumber('22件（其中修订16件）', 'count').value).toBe(22)
    expect(readNumber('10.78万元（2023年）', 'wan_yuan').value).toBe(10.78)
  })

  it('should convert an amount in 元 to 万元 and say so', () => {
    expect(readNumber('500元', 'wan_yuan')).toEqual({
      value: 0.05,
      status: 'number',
      annotation: '元',
      ruleId: 'number-unit-converted'
    })
  })

  it('should keep the annotation beside a number', () => {
    expect(readNumber('22（其中修订16件）', 'count')).toEqual({
      value: 22,
      status: 'number',
      annotation: '（其中修订16件）',
      ruleId: 'number-annotated'
    })
    expect(readNumber('55(含自然失效29件)', 'count').value).toBe(55)
    expect(readNumber('5件', 'count')).toEqual({value: 5, status: 'number', annotation: '件'})
  })

  it('should read a number with a reference mark after it as the number, the mark as annotation, and never fold the mark into a digit', () => {
    expect(readNumber('1,234①', 'count')).toEqual({value: 1234, status: 'number', annotation: '①', ruleId: 'number-annotated'})
    expect(readNumber('2037¹', 'count')).toEqual({value: 2037, status: 'number', annotation: '¹', ruleId: 'number-annotated'})
    expect(readNumber('56 ⑵', 'count')).toEqual({value: 56, status: 'number', annotation: '⑵', ruleId: 'number-annotated'})
    expect(readNumber('78*', 'count')).toEqual({value: 78, status: 'number', annotation: '*', ruleId: 'number-annotated'})
    expect(readNumber('10.78万元①', 'wan_yuan')).toEqual({value: 10.78, status: 'number', annotation: '万元①', ruleId: 'number-annotated'})
    // A mark before the number, or alone, is no number (NFKC reads `①1234` as 11234, `①` as 1).
    expect(readNumber('①1234', 'count')).toEqual({value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'})
    expect(readNumber('①', 'count')).toEqual({value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'})
    expect(readNumber('12³4', 'count')).toEqual({value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'})
  })

  it('should give null for blank and marked cells, telling them apart', () => {
    expect(readNumber('', 'count')).toEqual({value: null, status: 'blank', annotation: null, ruleId: 'cell-blank'})
    expect(readNumber('\u3000', 'count').status).toBe('blank')
    for (const mark of ['/', '-', '—', '－', '——', '无', '空']) {
      expect(readNumber(mark, 'count')).toEqual({value: null, status: 'marked', annotation: null, ruleId: 'cell-marked'})
    }
  })

  it('should never read text or fractions as a count', () => {
    expect(readNumber('约5', 'count')).toEqual({value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'})
    expect(readNumber('3 5', 'count').status).toBe('unreadable')
    expect(readNumber('2024年', 'count').status).toBe('unreadable')
    expect(readNumber('1.5', 'count')).toEqual({value: null, status: 'unreadable', annotation: null, ruleId: 'number-not-integer'})
    expect(readNumber('12.00', 'count').value).toBe(12)
  })

  it('should ignore invisible characters inside a number', () => {
    expect(readNumber('1\u200B2', 'count').value).toBe(12)
    expect(readNumber('\uFEFF7', 'count').value).toBe(7)
  })
})
