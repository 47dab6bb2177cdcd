import {describe, expect, it} from 'vitest'
import {endsProse, endsSentence} from '../../src/text/sentence.js'
import {isBareNumber, isPageNumber} from '../../src/text/page-number.js'

describe('endsSentence / endsProse', () => {
  it('should tell a sentence from a label', () => {
    expect(endsSentence('本年度未发生行政复议。')).toBe(true)
    expect(endsSentence('收费情况；  ')).toBe(true)
    expect(endsSentence('Done!')).toBe(true)
    expect(endsSentence('（七）总计')).toBe(false)
    expect(endsSentence('联系方式如下：')).toBe(false)
  })

  it('should take a lead-in (`：`) for prose too', () => {
    expect(endsProse('联系方式如下：')).toBe(true)
    expect(endsProse('地址:')).toBe(true)
    expect(endsProse('行政处罚')).toBe(false)
  })
})

describe('isPageNumber', () => {
  it('should know the page numbers of PDF exports', () => {
    for (const text of ['-3-', '- 3 -', '— 3 —', '~3~', '――3――', '第 3 页', '第3页 共6页', '3 / 6', '3／6', 'Page 3', 'page 3 of 6', '3 of 6', '-- 3 of 6 --', '— 第 3 页 —', '- 3 / 6 -', '\f  - 12 -  ']) {
      expect(isPageNumber(text), text).toBe(true)
    }
  })

  it('should leave numbers and text that are no page numbers', () => {
    for (const text of ['3', '2023', '第三章', '1.政府信息公开申请', '3 6', '- 3 - 4 -', '- 12345 -', '-- 3 of --', '— 3']) {
      expect(isPageNumber(text), text).toBe(false)
    }
  })

  it('should answer fast on a long line', () => {
    expect(isPageNumber('-'.repeat(100_000) + '1')).toBe(false)
  })
})

describe('isBareNumber', () => {
  it('should know a number of up to four digits alone on its line', () => {
    expect(isBareNumber('3')).toBe(true)
    expect(isBareNumber('   12  ')).toBe(true)
    expect(isBareNumber('2023')).toBe(true)
    expect(isBareNumber('12345')).toBe(false)
    expect(isBareNumber('- 3 -')).toBe(false)
    expect(isBareNumber('3 4')).toBe(false)
  })
})
