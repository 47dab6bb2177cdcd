import {fixtureReport, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'

/**
 * Text rows (`pdftotext -raw`, pdf-parse): a number too wide for its cell printed over two
 * lines, `（一）予以公开 … 107` / `8` for 1078.
 */
describe('a number wrapped over two lines in a row of single-spaced values', () => {
  const report = fixtureReport(5)
  const text = renderText(report, 'text-rows')
  const lines = text.split('\n')
  const at = lines.findIndex((line) => line.includes('（一）予以公开 '))
  const total = String(report.cells['applications.granted.total'])

  /** The text with the row's value `column` (0-based after the label) cut after `keep` digits onto a line of its own. */
  function wrapped(column: number, keep: number, change?: (values: Array<string>) => void): string {
    const words = lines[at]!.split(' ')
    const label = words.slice(0, -7).join(' ')
    const values = words.slice(-7)
    change?.(values)
    const value = values[column]!
    const row = [label, ...values.slice(0, column), value.slice(0, keep)].join(' ')
    const next = [value.slice(keep), ...values.slice(column + 1)].join(' ')
    return [...lines.slice(0, at), row, next, ...lines.slice(at + 1)].join('\n')
  }

  it('should join the pieces of a wrapped 总计 into the one number that is the sum, the cell spanning both', () => {
    expect(total.length).toBeGreaterThan(1)
    const input = wrapped(6, total.length - 1)
    const result = parseReport(input)
    expect(result.cells).toEqual(report.cells)
    const cell = result.report.tables.applications.granted.total
    expect(cell.position?.start.line).toBe(at + 1)
    expect(cell.position?.end.line).toBe(at + 2)
    expect(input.slice(cell.position!.start.offset, cell.position!.end.offset)).toBe(total.slice(0, -1) + '\n' + total.slice(-1))
  })

  it('should join a wrapped value inside the row when only that join adds up', () => {
    const value = String(report.cells['applications.granted.research'])
    expect(value.length).toBeGreaterThan(1)
    expect(parseReport(wrapped(2, 1)).cells).toEqual(report.cells)
  })

  it('should leave the row null, never joined, when no join makes the 总计 the sum', () => {
    const result = parseReport(wrapped(6, total.length - 1, (values) => {
      values[0] = String(Number(values[0]) + 1)
    }))
    for (const column of ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total']) {
      expect(result.cells[('applications.granted.' + column) as 'applications.granted.total'], column).toBeNull()
    }
    expect(result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'row-value-count')).toMatchObject({actual: '8', expected: ['7']})
  })
})

describe('numbers wrapped at every place of every row of 表三', () => {
  it('should never read a wrong cell, and read the row wherever one join adds up', () => {
    let rows = 0
    let read = 0
    const unread: Array<string> = []
    for (const seed of [3, 17, 29]) {
      const report = fixtureReport(seed)
      const lines = renderText(report, 'text-rows').split('\n')
      for (const [at, line] of lines.entries()) {
        const words = line.split(' ')
        // A row of 表三: a label and seven numbers (表四's one row of fifteen is another path).
        if (words.length < 8 || !words.slice(-7).every((word) => /^\d+$/u.test(word)) || /^\d+$/u.test(words.at(-8)!)) continue
        for (let column = 0; column < 7; column++) {
          const value = words.at(column - 7)!
          if (value.length < 2) continue
          const row = [...words.slice(0, words.length - 7 + column), value.slice(0, 1)].join(' ')
          const next = [value.slice(1), ...words.slice(words.length - 7 + column + 1)].join(' ')
          const result = parseReport([...lines.slice(0, at), row, next, ...lines.slice(at + 1)].join('\n'))
          rows++
          for (const [id, got] of Object.entries(result.cells)) if (got !== null) expect(got, seed + ' ' + line + ' ' + id).toBe(report.cells[id])
          if (Object.entries(result.cells).every(([id, got]) => got === report.cells[id])) read++
          else unread.push(value.slice(1))
        }
      }
    }
    expect(rows).toBeGreaterThan(300)
    // A tail that starts with 0 (`7` / `07`) reads as the next row's start: the row is
    // then one value short of a 总计 that adds up, and left null.
    expect(read + unread.length).toBe(rows)
    expect(unread).toEqual(['07'])
  })
})

describe('a number wrapped over two lines in 表四\'s one data row of fifteen', () => {
  it('should join it where the one join makes each of the three 总计 its sum, and never read a wrong cell', () => {
    let wraps = 0
    let read = 0
    for (const seed of [3, 17, 29]) {
      const report = fixtureReport(seed)
      const lines = renderText(report, 'text-rows').split('\n')
      const at = lines.findIndex((line) => line.split(' ').length === 15 && line.split(' ').every((word) => /^\d+$/u.test(word)))
      const values = lines[at]!.split(' ')
      for (let column = 0; column < 15; column++) {
        if (values[column]!.length < 2) continue
        const row = [...values.slice(0, column), values[column]!.slice(0, 1)].join(' ')
        const next = [values[column]!.slice(1), ...values.slice(column + 1)].join(' ')
        const result = parseReport([...lines.slice(0, at), row, next, ...lines.slice(at + 1)].join('\n'))
        wraps++
        for (const [id, got] of Object.entries(result.cells)) if (got !== null) expect(got, seed + ' ' + column + ' ' + id).toBe(report.cells[id])
        if (Object.entries(result.cells).every(([id, got]) => got === report.cells[id])) read++
      }
    }
    expect(wraps).toBeGreaterThan(30)
    expect(read).toBe(wraps)
  })
})
