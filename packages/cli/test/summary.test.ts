import type {Diagnostic, ParseResult} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {addToSummary, createSummary, formatSummary, type FileResult} from '../src/index.js'

function parsed(severities: Array<Diagnostic['severity']>): FileResult {
  const diagnostics = severities.map((severity) => ({ruleId: 'rule', source: 'xxgk', severity, message: 'm', place: null}))
  return {file: 'x.txt', status: 'ok', result: {diagnostics} as unknown as ParseResult}
}

function failed(code: 'EMPTY' | 'INTERNAL' | 'NOT_A_REPORT'): FileResult {
  return {file: 'x.txt', status: 'failed', error: {code, message: 'm'}}
}

describe('summary', () => {
  it('should count parsed reports, those with errors or warnings, and failed files by code', () => {
    const summary = createSummary(7)
    for (const item of [parsed([]), parsed(['info', 'warning']), parsed(['error', 'warning']), parsed(['error']), failed('NOT_A_REPORT'), failed('EMPTY'), failed('NOT_A_REPORT')]) {
      addToSummary(summary, item)
    }
    expect(summary).toEqual({
      total: 7,
      done: 7,
      parsed: 4,
      withErrors: 2,
      withWarnings: 2,
      failed: 3,
      failures: {NOT_A_REPORT: 2, EMPTY: 1}
    })
    expect(formatSummary(summary)).toBe(
      'xxgk: 7 files: 4 parsed (2 with errors, 2 with warnings), 3 failed\n' + 'xxgk: failed by reason: EMPTY 1, NOT_A_REPORT 2\n'
    )
  })

  it('should say when the batch was interrupted', () => {
    const summary = createSummary(1200)
    addToSummary(summary, parsed([]))
    expect(formatSummary(summary)).toBe(
      'xxgk: 1 file: 1 parsed (0 with errors, 0 with warnings), 0 failed\n' + 'xxgk: interrupted after 1 of 1200 files\n'
    )
  })
})
