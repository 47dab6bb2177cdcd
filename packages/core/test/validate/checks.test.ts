import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseReport, type Check} from '../../src/index.js'

const longde = readFileSync(fileURLToPath(new URL('../../../../seeds/004_8e4fae53c81d4e1a.txt', import.meta.url)), 'utf8')
const reviewRow = '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'
const newReceivedRow = '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t'

function consistency(text: string) {
  return parseReport(text).diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('consistency-') && diagnostic.severity !== 'info')
}

describe('consistency checks', () => {
  it('should give no warning when the numbers hold', () => {
    expect(consistency(longde)).toEqual([])
  })

  it('should keep published numbers and name table, row and column of a broken 表四 total', () => {
    const text = longde.replace(reviewRow, '10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0')
    const result = parseReport(text)
    expect(result.cells['reviewLitigation.review.upheld']).toBe(10)
    expect(result.cells['reviewLitigation.review.total']).toBe(0)
    const line = text.split('\n').findIndex((candidate) => candidate.startsWith('10\t1\t')) + 1
    expect(consistency(text)).toEqual([
      {
        ruleId: 'consistency-review-total',
        source: 'xxgk',
        severity: 'warning',
        message: '表四 行政复议 总计: 0 ≠ 10 + 1 + 0 + 0',
        place: {line, column: 10},
        position: {start: {line, column: 10}, end: {line, column: 11}},
        cellIds: [
          'reviewLitigation.review.total',
          'reviewLitigation.review.upheld',
          'reviewLitigation.review.corrected',
          'reviewLitigation.review.other',
          'reviewLitigation.review.pending'
        ],
        actual: '0',
        expected: ['11']
      }
    ])
  })

  it('should flag a row total, an outcome total and the column balance of 表三', () => {
    const text = longde.replace(newReceivedRow, '一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t0\t')
    expect(consistency(text).map((diagnostic) => [diagnostic.ruleId, diagnostic.message])).toEqual([
      ['consistency-column-balance', '表三 自然人 一+二 = 三(七)总计+四: 3 + 0 = 3 ≠ 0 + 0 = 0'],
      ['consistency-row-total', '表三 一、本年新收政府信息公开申请数量 总计: 0 ≠ 3 + 0 + 0 + 0 + 0 + 0']
    ])
  })

  it('should skip a check with an info when a value it needs is null', () => {
    const text = longde.replace(reviewRow, '0\t/\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0')
    const result = parseReport(text)
    expect(result.cells['reviewLitigation.review.corrected']).toBeNull()
    expect(result.report.tables.reviewLitigation.review.corrected).toMatchObject({status: 'marked', raw: '/'})
    const skipped = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'consistency-skipped')
    expect(skipped.map((diagnostic) => diagnostic.message)).toEqual([
      '表四 行政复议 总计: not checked (consistency-review-total), a value is null'
    ])
  })

  it('should run a check from an extension and let a built-in be disabled', () => {
    const text = longde.replace(reviewRow, '10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0')
    const noFees: Check = {
      name: 'no-fees',
      ruleId: 'consistency-no-fees',
      run({templateId, cells, file}) {
        if (templateId === '2021' && cells['activeDisclosure.fees.amount'] !== 0) {
          file.message('Fees were charged', {ruleId: this.ruleId, source: 'my-rules'})
        }
      }
    }
    const result = parseReport(text, {extensions: [{checks: [noFees], disable: ['review-total']}]})
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('consistency-') && d.severity !== 'info').map((d) => [d.ruleId, d.source])).toEqual([
      ['consistency-no-fees', 'my-rules']
    ])
  })
})
