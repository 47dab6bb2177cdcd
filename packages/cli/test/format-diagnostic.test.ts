import {describe, expect, it} from 'vitest'
import {formatDiagnostic, formatFailure} from '../src/index.js'

describe('formatDiagnostic', () => {
  it('should print `file:line:column  severity  message  ruleId`', () => {
    expect(
      formatDiagnostic('seeds/x.txt', {
        ruleId: 'consistency-row-total',
        source: 'xxgk',
        severity: 'warning',
        message: 'Row 一、本年新收 does not add up',
        place: {line: 67, column: 2}
      })
    ).toBe('seeds/x.txt:67:2  warning  Row 一、本年新收 does not add up  consistency-row-total')
  })

  it('should point at 1:1 without a place and keep the message on one line', () => {
    expect(
      formatDiagnostic('a.docx', {ruleId: 'table-missing', source: 'xxgk', severity: 'error', message: '表四\nwas not found', place: null})
    ).toBe('a.docx:1:1  error  表四 was not found  table-missing')
  })
})

describe('formatFailure', () => {
  it('should print a failed file as an error whose rule is its code', () => {
    expect(formatFailure('empty.txt', {code: 'EMPTY', message: 'The input is empty'})).toBe('empty.txt:1:1  error  The input is empty  EMPTY')
  })
})
