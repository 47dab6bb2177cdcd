import fc from 'fast-check'
import type {CellId} from '@xxgk/schema'
import {cellEntries, fixtureReport, renderText, type TextLayout} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'

const layouts: Array<TextLayout> = ['cell-per-line', 'tab-rows', 'pipe', 'space-aligned', 'cell-stream', 'text-rows', 'tab-slots']
/** Layouts read as streams of cells, with no columns. */
const streamed: ReadonlyArray<TextLayout> = ['cell-stream', 'text-rows']
const report = fixtureReport(31)
const pageNumbers = ['- 3 -', '—3—', '第 3 页', '第3页 共6页', '3 / 6', '\f- 12 -']
const invisible = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u2060']
const spaces = ['\u00A0', '\u3000']

/** Whether a diagnostic names the cell. */
function names(result: ReturnType<typeof parseReport>, id: CellId): boolean {
  return result.diagnostics.some((diagnostic) => diagnostic.cellId === id || diagnostic.cellIds?.includes(id))
}

describe('noise that must change no cell', () => {
  for (const layout of layouts) {
    const text = renderText(report, layout)
    const lines = text.split('\n')

    it('should read ' + layout + ' alike with page-number lines at any line boundaries', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({min: 1, max: lines.length - 1}), {minLength: 1, maxLength: 4}),
          fc.constantFrom(...pageNumbers),
          (at, page) => {
            const noisy = lines.flatMap((line, index) => (at.includes(index) ? [page, line] : [line])).join('\n')
            const result = parseReport(noisy)
            if (!streamed.includes(layout)) {
              expect(result.cells).toEqual(report.cells)
              return
            }
            // A stream keeps no columns: a row whose values a page break splits is left
            // null (`row-unverified`), as converters may print such a row out of order.
            for (const [id, value] of cellEntries(result.cells)) {
              if (value === null) {
                expect(result.diagnostics.some((d) => d.ruleId === 'row-unverified' && d.cellIds?.includes(id)), id).toBe(true)
              } else expect(value, id).toBe(report.cells[id])
            }
          }
        ),
        {numRuns: 60}
      )
    })

    it('should read ' + layout + ' alike with invisible characters at any line boundaries', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({min: 0, max: lines.length - 1}), {minLength: 1, maxLength: 8}),
          fc.constantFrom(...invisible),
          fc.boolean(),
          (at, character, atEnd) => {
            const noisy = lines
              .map((line, index) => (at.includes(index) ? (atEnd ? line + character : character + line) : line))
              .join('\n')
            const result = parseReport(noisy)
            expect(result.cells).toEqual(report.cells)
            expect(result.report.meta).toMatchObject({agency: report.agency, year: report.year})
          }
        ),
        {numRuns: 60}
      )
    })

    it('should read ' + layout + ' alike with hidden characters inside labels and around numbers', () => {
      const labelAt = [...text.matchAll(/[\u4E00-\u9FFF]{2}/gu)].map((match) => match.index + 1)
      const numberAt = [...text.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/gu)].flatMap((match) => [match.index, match.index + match[0].length])
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.constantFrom(...labelAt), {minLength: 1, maxLength: 6}),
          fc.uniqueArray(fc.constantFrom(...numberAt), {minLength: 0, maxLength: 6}),
          // In a space-aligned table a visible space is layout: only invisible ones there.
          fc.constantFrom(...invisible, ...(layout === 'space-aligned' ? [] : spaces)),
          fc.constantFrom(...invisible),
          (labels, numbers, inLabel, inNumber) => {
            const inserts = new Map<number, string>()
            for (const at of labels) inserts.set(at, inLabel)
            for (const at of numbers) inserts.set(at, inNumber)
            let noisy = ''
            for (let index = 0; index <= text.length; index++) noisy += (inserts.get(index) ?? '') + (text[index] ?? '')
            expect(parseReport(noisy).cells).toEqual(report.cells)
          }
        ),
        {numRuns: 60}
      )
    })
  }
})

describe('deleted values never shift another', () => {
  for (const layout of layouts) {
    const text = renderText(report, layout)
    const tablesStart = text.indexOf('二、主动公开政府信息情况')
    const tablesEnd = text.indexOf('五、存在的主要问题及改进情况')
    const numbers = [...text.slice(tablesStart, tablesEnd).matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/gu)].map((match) => ({
      at: tablesStart + match.index,
      length: match[0].length
    }))

    it('should give true values or nulls named by a diagnostic when ' + layout + ' loses numbers', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.integer({min: 0, max: numbers.length - 1}), {minLength: 1, maxLength: 3}), (picked) => {
          let damaged = text
          // Delete from the end so earlier offsets stay valid; a lone number line goes whole.
          for (const index of [...picked].sort((a, b) => b - a)) {
            const {at, length} = numbers[index]!
            const lineStart = damaged.lastIndexOf('\n', at - 1) + 1
            const lineEnd = damaged.indexOf('\n', at + length)
            const line = damaged.slice(lineStart, lineEnd)
            const whole = line.trim() === damaged.slice(at, at + length)
            if (whole && (layout === 'cell-per-line' || layout === 'cell-stream')) damaged = damaged.slice(0, lineStart) + damaged.slice(lineEnd + 1)
            else if (layout === 'tab-rows') damaged = damaged.slice(0, at) + damaged.slice(at + length + (damaged[at + length] === '\t' ? 1 : 0))
            else if (layout === 'text-rows') damaged = damaged.slice(0, at) + damaged.slice(at + length + (damaged[at + length] === ' ' ? 1 : 0))
            // A blank cell in a space-aligned table is spaces where the number was.
            else if (layout === 'space-aligned') damaged = damaged.slice(0, at) + ' '.repeat(length) + damaged.slice(at + length)
            else damaged = damaged.slice(0, at) + damaged.slice(at + length)
          }
          const result = parseReport(damaged)
          let nulls = 0
          for (const [id, value] of cellEntries(result.cells)) {
            if (value === null) {
              nulls++
              expect(names(result, id), id + ' is null without a diagnostic').toBe(true)
            } else {
              expect(value, id).toBe(report.cells[id])
            }
          }
          // A merged value printed in each slot it covers (`tab-slots`) survives losing a copy.
          if (layout !== 'tab-slots') expect(nulls).toBeGreaterThanOrEqual(1)
        }),
        {numRuns: 80}
      )
    })
  }
})

describe('a line lost or repeated never shifts a value', () => {
  for (const layout of layouts) {
    it('should give true values or nulls named by a diagnostic when any one line of the tables in ' + layout + ' is deleted or doubled', () => {
      const lines = renderText(report, layout).split('\n')
      const start = lines.findIndex((line) => line.includes('二、主动公开政府信息情况'))
      const end = lines.findIndex((line) => line.includes('五、存在的主要问题及改进情况'))
      let damagedRuns = 0
      for (const mode of ['delete', 'double'] as const) {
        for (let at = start + 1; at < end; at++) {
          const damaged = [...lines]
          if (mode === 'delete') damaged.splice(at, 1)
          else damaged.splice(at, 0, damaged[at]!)
          const result = parseReport(damaged.join('\n'))
          for (const [id, value] of cellEntries(result.cells)) {
            if (value === null) expect(names(result, id), mode + ' line ' + at + ': ' + id + ' is null without a diagnostic').toBe(true)
            else expect(value, mode + ' line ' + at + ': ' + id).toBe(report.cells[id])
          }
          damagedRuns++
        }
      }
      expect(damagedRuns).toBe(2 * (end - start - 1))
    })

    // Two lines lost close together can take a row's values and the next row's label
    // (`量 4623 …` and `二、上年结转…申请数`), leaving a label that reads whole over the
    // next row's values: the rows around a lost one must show it.
    it('should give true values or nulls named by a diagnostic when any two lines up to three apart in ' + layout + ' are deleted', () => {
      const lines = renderText(report, layout).split('\n')
      const start = lines.findIndex((line) => line.includes('二、主动公开政府信息情况'))
      const end = lines.findIndex((line) => line.includes('五、存在的主要问题及改进情况'))
      let damagedRuns = 0
      for (const apart of [1, 2, 3]) {
        for (let at = start + 1; at + apart < end; at++) {
          const damaged = [...lines]
          damaged.splice(at + apart, 1)
          damaged.splice(at, 1)
          const result = parseReport(damaged.join('\n'))
          for (const [id, value] of cellEntries(result.cells)) {
            const what = 'lines ' + at + ' and ' + (at + apart) + ' deleted: ' + id
            if (value === null) expect(names(result, id), what + ' is null without a diagnostic').toBe(true)
            else expect(value, what).toBe(report.cells[id])
          }
          damagedRuns++
        }
      }
      expect(damagedRuns).toBe(3 * (end - start - 1) - 6)
    })
  }
})
