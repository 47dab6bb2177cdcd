import fc from 'fast-check'
import {cellEntries, fixtureReport, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {isParseError, parseReport} from '../../src/index.js'

/** Runs the parser; returns the result or the ParseError code, and fails on anything else. */
function outcome(text: string): unknown {
  try {
    return parseReport(text)
  } catch (error) {
    if (!isParseError(error)) throw error
    return error.code
  }
}

const report = fixtureReport(41)
const seeds = (['cell-per-line', 'tab-rows', 'pipe', 'cell-stream', 'text-rows'] as const).map((layout) => renderText(report, layout))

describe('hostile text', () => {
  it('should throw only ParseError, and answer the same twice, for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 400}), (text) => {
        expect(outcome(text)).toEqual(outcome(text))
      }),
      {numRuns: 300}
    )
  })

  it('should throw only ParseError for arbitrary lines around report words', () => {
    const words = fc.constantFrom('一、总体情况', '\t', '|', '| --- |', '规章', '（七）总计', '0', '10.78万元', '第 3 页', '#', '\t\t0\t', '结果\n\n维持')
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({maxLength: 12})), {maxLength: 80}), (parts) => {
        const text = parts.join('\n')
        expect(outcome(text)).toEqual(outcome(text))
      }),
      {numRuns: 300}
    )
  })

  it('should survive truncation and line deletion of real layouts without a wrong number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.integer({min: 0, max: 1_000_000}), fc.array(fc.nat(), {maxLength: 5}), (text, cut, deletions) => {
        const lines = text.slice(0, cut % (text.length + 1)).split('\n')
        for (const deletion of deletions) if (lines.length > 0) lines.splice(deletion % lines.length, 1)
        const result = outcome(lines.join('\n'))
        if (typeof result === 'string') return
        const {cells, diagnostics} = result as ReturnType<typeof parseReport>
        for (const [id, value] of cellEntries(cells)) {
          if (value === null) {
            expect(diagnostics.some((d) => d.cellId === id || d.cellIds?.includes(id)), id).toBe(true)
          } else {
            expect(value, id).toBe(report.cells[id])
          }
        }
      }),
      {numRuns: 200}
    )
  })

  // Each input is about 5 MB, built to make a backtracking pattern go quadratic. The test
  // asserts only that the parse completes (a result or a ParseError); its timing is in
  // the benchmark.
  const line = 190_000
  const pathological: Record<string, string> = {
    'spaces': (' '.repeat(line) + 'x\n').repeat(26),
    'markdown heading of spaces': ('# ' + ' '.repeat(line) + 'x\n').repeat(26),
    'delimiter-like rows': ('|' + '- '.repeat(line / 2) + 'x\n').repeat(26),
    'open brackets in tab rows': ('规章\t' + '（'.repeat(line) + '\n性收费\t1\n').repeat(26),
    'period words and spaces': ('自' + ' 2024 年'.repeat(line / 8) + '\n').repeat(26),
    'digits with separators': ('\t' + '1,234'.repeat(line / 5) + '\n').repeat(26),
    'empty cells': '\t\n'.repeat(2_600_000),
    'pipes': '| a | b |\n| --- | --- |\n' + '| 1 | 2 |\n'.repeat(500_000),
    'section words': '一、总体情况\n'.repeat(700_000),
    'short lines without values': '规章\n'.repeat(700_000),
    'label and values lines': ('规章 ' + '1 '.repeat(55) + '\n').repeat(45_000)
  }
  it('should refuse a stream of cells larger than the table limit before building it', () => {
    expect(outcome('二、主动公开政府信息情况\n' + '规章\n1\n'.repeat(15_000))).toBe('TOO_LARGE')
    expect(outcome('二、主动公开政府信息情况\n' + ('规章 ' + '1 '.repeat(55) + '\n').repeat(400))).toBe('TOO_LARGE')
  })

  for (const [name, text] of Object.entries(pathological)) {
    it('should finish a 5 MB pathological input: ' + name, () => {
      const result = outcome(text)
      expect(['TOO_LARGE', 'NOT_A_REPORT', 'EMPTY'].includes(result as string) || typeof result === 'object').toBe(true)
    })
  }
})
