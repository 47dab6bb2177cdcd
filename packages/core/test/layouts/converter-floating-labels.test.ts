import fc from 'fast-check'
import {cellEntries, fixtureReport, mulberry32, renderConverterMarkdown} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'
import {of2021} from '../of-template.js'

/** A report's table 三 with the labels of the rows picked set outside the table, as a converter does. */
function floated(seed: number, rows: ReadonlyArray<readonly [number, number]>) {
  const report = fixtureReport(seed)
  const text = renderConverterMarkdown(report, {floatLabels: rows})
  return {report, text, result: of2021(parseReport(text))}
}

const rowCells = (key: string) =>
  ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map(
    (column) => 'applications.' + key + '.' + column
  )

describe('labels pulled out of their rows (class 2)', () => {
  it('should place a row of numbers whose label floats in pieces, where the label, the order and the sums agree', () => {
    // Row 6 of 表三 is （二）部分公开: its label out in pieces, its numbers a row of their own.
    const {report, text, result} = floated(41, [[1, 6]])
    expect(text).toMatch(/\n\n（[^\n|]*\n[^|]*\n\n\|(?: \d+ \|| {2}\|)+/u)
    expect(text).not.toContain('| （二）部分公开')
    expect(result.cells).toEqual(report.cells)
    const placed = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'row-placed-by-sums')
    expect(placed).toHaveLength(1)
    expect(placed[0]!.message).toContain('is `（二）部分公开（区分处理的，只计这一情形，不计其他情形）`')
  })

  it('should place several floated rows of 表三, each where its label and the sums put it', () => {
    const {report, result} = floated(42, [[1, 3], [1, 5], [1, 9], [1, 17], [1, 26], [1, 27]])
    expect(result.cells).toEqual(report.cells)
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'row-placed-by-sums')).toHaveLength(6)
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')).toEqual([])
  })

  it('should leave 表二 rows whose labels float null, naming the rows in doubt: 表二 has no sums', () => {
    const {report, result} = floated(43, [[0, 2], [0, 6]])
    expect(result.cells['activeDisclosure.regulations.made']).toBeNull()
    expect(result.cells['activeDisclosure.licensing.decisions']).toBeNull()
    const unplaced = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'row-unplaced')
    expect(unplaced.map((diagnostic) => diagnostic.cellIds)).toEqual([
      ['activeDisclosure.regulations.made', 'activeDisclosure.regulations.repealed', 'activeDisclosure.regulations.inForce'],
      ['activeDisclosure.licensing.decisions']
    ])
    expect(result.report.tables.extraRows.map((row) => row.values.map((value) => value.value))).toEqual([
      [report.cells['activeDisclosure.regulations.made'], report.cells['activeDisclosure.regulations.repealed'], report.cells['activeDisclosure.regulations.inForce']],
      [report.cells['activeDisclosure.licensing.decisions']]
    ])
    for (const [id, value] of Object.entries(result.cells)) {
      if (id !== 'activeDisclosure.regulations.made' && id !== 'activeDisclosure.regulations.repealed' &&
        id !== 'activeDisclosure.regulations.inForce' && id !== 'activeDisclosure.licensing.decisions') {
        expect(value, id).toBe(report.cells[id as keyof typeof report.cells])
      }
    }
  })

  it('should leave two outcome rows null when nothing but the sums speaks for them, naming both', () => {
    const report = fixtureReport(44)
    const lines = renderConverterMarkdown(report, {floatLabels: [[1, 7], [1, 8]]}).split('\n')
    // The floating labels lost too: only the numbers are left.
    const start = lines.indexOf('## 三、收到和处理政府信息公开申请情况')
    const end = lines.indexOf('## 四、政府信息公开行政复议、行政诉讼情况')
    const text = lines
      .filter((line, index) => index <= start || index >= end || line.startsWith('|') || line.trim() === '')
      .join('\n')
    expect(text.split('\n').filter((line) => /^(?:\| \d+ ){7}\|$/u.test(line))).toHaveLength(2)
    const result = parseReport(text)
    const doubt = [...rowCells('denied.stateSecret'), ...rowCells('denied.lawForbidden')]
    for (const id of doubt) expect(result.cells[id as keyof typeof result.cells], id).toBeNull()
    const unplaced = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'row-unplaced')
    expect(unplaced).toHaveLength(2)
    for (const diagnostic of unplaced) expect(new Set(diagnostic.cellIds)).toEqual(new Set(doubt))
  })

  it('should place a lone unlabelled row of 表三 by the sums alone, even with no floating label', () => {
    const report = fixtureReport(45)
    const lines = renderConverterMarkdown(report).split('\n')
    const at = lines.findIndex((line) => line.includes('3.危及'))
    lines[at] = lines[at]!.replace('3.危及“三安全一稳定”', '')
    const result = parseReport(lines.join('\n'))
    expect(result.cells).toEqual(report.cells)
    expect(result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'row-placed-by-sums')?.message).toContain('`3.危及“三安全一稳定”`')
  })

  it('should never read a wrong cell, whatever rows float, break and come out of order', () => {
    const reports = [fixtureReport(46), fixtureReport(47), fixtureReport(48)]
    let right = 0
    let nulls = 0
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: reports.length - 1}),
        fc.integer({min: 1, max: 2 ** 31 - 1}),
        fc.double({min: 0.05, max: 0.5, noNaN: true}),
        fc.double({min: 0, max: 0.4, noNaN: true}),
        fc.boolean(),
        (which, seed, chance, breakChance, reorder) => {
          const report = reports[which]!
          const text = renderConverterMarkdown(report, {
            floatLabels: {random: mulberry32(seed), chance},
            breaks: {random: mulberry32(seed + 1), chance: breakChance},
            ...(reorder ? {reorder: {random: mulberry32(seed + 2), chance: 0.5}} : {})
          })
          const result = parseReport(text)
          for (const [id, value] of cellEntries(result.cells)) {
            if (value === null) {
              nulls++
              expect(result.diagnostics.some((diagnostic) => diagnostic.cellId === id || diagnostic.cellIds?.includes(id)), id).toBe(true)
            } else {
              right++
              expect(value, id).toBe(report.cells[id])
            }
          }
        }
      ),
      {numRuns: 60, seed: 2}
    )
    // The sums and the floating labels read most of what floated.
    expect(right).toBeGreaterThan(nulls * 4)
  })
})

/**
 * Rows of 表三 in a pipe table whose values a converter set a row away from their labels:
 * `down`, the first row of the run printed blank, each next label beside the values of the
 * row above, the last row's values with no label after them (`| （一）予以公开 |  | … |` /
 * `| （二）… | 96 | 72 | … |` / `|  |  | 456 | … |`); `up`, the first row's values with no
 * label before the run, each label beside the next row's values, the last row blank.
 */
function shifted(seed: number, first: number, length: number, direction: 'down' | 'up' = 'down') {
  const report = fixtureReport(seed)
  const lines = renderConverterMarkdown(report).split('\n')
  // 表三's rows: three label slots and seven numbers.
  const rows = lines.flatMap((line, index) => {
    const cells = line.split('|').slice(1, -1)
    return line.startsWith('|') && cells.length === 10 && cells.slice(-7).every((cell) => /^ *\d+ *$/u.test(cell)) ? [index] : []
  })
  expect(rows.length).toBe(25)
  const run = rows.slice(first, first + length)
  const valuesOf = (line: string) => line.split('|').slice(-8, -1)
  const withValues = (line: string, values: ReadonlyArray<string>) => [...line.split('|').slice(0, -8), ...values, ''].join('|')
  const blankOf = (line: string) => withValues(line, valuesOf(line).map(() => '  '))
  const bareOf = (line: string) => line.split('|').map((piece, index, pieces) => (index > 0 && index < pieces.length - 8 ? '  ' : piece)).join('|')
  const original = run.map((index) => lines[index]!)
  const last = original.length - 1
  run.forEach((index, offset) => {
    const from = direction === 'down' ? offset - 1 : offset + 1
    lines[index] = from < 0 || from > last ? blankOf(original[offset]!) : withValues(original[offset]!, valuesOf(original[from]!))
  })
  if (direction === 'down') lines.splice(run.at(-1)! + 1, 0, bareOf(original[last]!))
  else lines.splice(run[0]!, 0, bareOf(original[0]!))
  return {report, text: lines.join('\n')}
}

describe('values a converter set a row away from their labels (numbers under the wrong label)', () => {
  it('should leave the rows between the blank row and the values with no label null, naming them', () => {
    const {report, text} = shifted(7, 2, 2)
    expect(text).toMatch(/\| （一）予以公开 \| {2}\|(?: {2}\|){7}\n/u)
    const result = parseReport(text)
    for (const id of [...rowCells('granted'), ...rowCells('partiallyGranted')]) expect(result.cells[id as 'applications.granted.total'], id).toBeNull()
    const diagnostic = result.diagnostics.find((candidate) => candidate.ruleId === 'row-unplaced')!
    expect(diagnostic.message).toContain('the values of the rows between (`（二）部分公开（区分处理的，只计这一情形，不计其他情形）`) may each be the next row\'s: left null')
    expect(diagnostic.cellIds).toEqual(expect.arrayContaining(rowCells('partiallyGranted')))
    for (const [id, value] of cellEntries(result.cells)) if (value !== null) expect(value, id).toBe(report.cells[id])
  })

  it('should never read a wrong cell, whatever run of 表三 is set a row away, down or up', () => {
    let runs = 0
    let right = 0
    let nulls = 0
    for (const [seed, direction] of [[46, 'down'], [47, 'up']] as const) {
      for (let first = 0; first < 20; first++) {
        for (const length of [2, 3, 5]) {
          const {report, text} = shifted(seed, first, length, direction)
          const result = parseReport(text)
          runs++
          for (const [id, value] of cellEntries(result.cells)) {
            if (value === null) {
              nulls++
              expect(result.diagnostics.some((d) => d.cellId === id || d.cellIds?.includes(id)), id).toBe(true)
            } else {
              right++
              expect(value, seed + ' ' + first + ' ' + length + ' ' + id).toBe(report.cells[id])
            }
          }
        }
      }
    }
    expect(runs).toBe(120)
    // 24,000 cells: the rows of each run, and rows nothing proves, null; every other cell read
    // (1,960 of them were wrong before the rows between were doubted).
    expect([right, nulls]).toEqual([21_200, 2_800])
  })
})
