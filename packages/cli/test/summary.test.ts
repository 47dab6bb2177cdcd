import {readFileSync} from 'node:fs'
import {parseReport} from '@xxgk/core'
import type {Diagnostic} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {addToSummary, createSummary, formatSummary, type FileResult} from '../src/index.js'

/** A report whose 200 cells were read, 表四 cut out for the partial one. */
const seed = readFileSync(new URL('../../../seeds/004_8e4fae53c81d4e1a.txt', import.meta.url), 'utf8')
const whole = parseReport(seed)
const withoutReview = parseReport(seed.slice(0, seed.indexOf('四、政府信息公开行政复议')) + seed.slice(seed.indexOf('五、存在的主要问题')))

function parsed(severities: Array<Diagnostic['severity']>): FileResult {
  const diagnostics = severities.map((severity) => ({ruleId: 'rule', source: 'xxgk', severity, message: 'm', place: null}))
  return {file: 'x.txt', status: 'ok', result: {...whole, diagnostics}}
}

function partial(): FileResult {
  return {file: 'y.txt', status: 'ok', result: withoutReview}
}

function failed(code: 'EMPTY' | 'INTERNAL' | 'NOT_A_REPORT'): FileResult {
  return {file: 'x.txt', status: 'failed', error: {code, message: 'm'}}
}

describe('summary', () => {
  it('should count parsed reports, ok and partial, those with errors or warnings, and failed files by code', () => {
    const summary = createSummary(7)
    for (const item of [parsed([]), parsed(['info', 'warning']), parsed(['error', 'warning']), partial(), failed('NOT_A_REPORT'), failed('EMPTY'), failed('NOT_A_REPORT')]) {
      addToSummary(summary, item)
    }
    expect(summary).toEqual({
      total: 7,
      done: 7,
      parsed: 4,
      ok: 3,
      partial: 1,
      withErrors: 2,
      withWarnings: 3,
      failed: 3,
      failures: {NOT_A_REPORT: 2, EMPTY: 1}
    })
    expect(formatSummary(summary)).toBe(
      'xxgk: 7 files: 4 parsed (3 ok, 1 partial; 2 with errors, 3 with warnings), 3 failed\n' + 'xxgk: failed by reason: EMPTY 1, NOT_A_REPORT 2\n'
    )
  })

  it('should say when the batch was interrupted', () => {
    const summary = createSummary(1200)
    addToSummary(summary, parsed([]))
    expect(formatSummary(summary)).toBe(
      'xxgk: 1 file: 1 parsed (1 ok, 0 partial; 0 with errors, 0 with warnings), 0 failed\n' + 'xxgk: interrupted after 1 of 1200 files\n'
    )
  })
})
