import {readFileSync} from 'node:fs'
import {parseReport} from '@xxgk/core'
import {templateCells} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {okMaxUnreadCells, readingOf} from '../src/index.js'

const seed = readFileSync(new URL('../../../seeds/004_8e4fae53c81d4e1a.txt', import.meta.url), 'utf8')
const reviewTable = seed.slice(seed.indexOf('四、政府信息公开行政复议'), seed.indexOf('五、存在的主要问题'))
const reviewValues = '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'

describe('readingOf', () => {
  it('should call a report whose 200 cells were read ok', () => {
    expect(readingOf(parseReport(seed))).toEqual({
      status: 'ok',
      cellsRead: 200,
      cellsNull: 0,
      cellsBlankOrMarked: 0,
      checksFailed: 0,
      tablesMissing: 0
    })
  })

  it('should call a report with a table missing partial, its cells counted null', () => {
    const reading = readingOf(parseReport(seed.replace(reviewTable, '')))
    expect(reading).toEqual({status: 'partial', cellsRead: 185, cellsNull: 15, cellsBlankOrMarked: 0, checksFailed: 0, tablesMissing: 1})
  })

  it('should keep ok a report whose only null cell the report itself marked', () => {
    const reading = readingOf(parseReport(seed.replace('行政许可\t0', '行政许可\t/')))
    expect(reading).toEqual({status: 'ok', cellsRead: 199, cellsNull: 1, cellsBlankOrMarked: 1, checksFailed: 0, tablesMissing: 0})
  })

  it('should call a report partial when one cell is null for want of reading it', () => {
    expect(okMaxUnreadCells).toBe(0)
    const reading = readingOf(parseReport(seed.replace('行政许可\t0', '行政许可\t不详')))
    expect(reading).toEqual({status: 'partial', cellsRead: 199, cellsNull: 1, cellsBlankOrMarked: 0, checksFailed: 0, tablesMissing: 0})
  })

  it('should count the consistency checks the numbers fail, and keep the report ok', () => {
    const reading = readingOf(parseReport(seed.replace(reviewValues, '5' + reviewValues.slice(1))))
    expect(reading).toEqual({status: 'ok', cellsRead: 200, cellsNull: 0, cellsBlankOrMarked: 0, checksFailed: 1, tablesMissing: 0})
  })

  it('should never call ok a report with no number read', () => {
    const allMarked = seed
      .replace(reviewValues, reviewValues.replace(/0/g, '/'))
      .replace(/\t0(?=[\t\n])/g, '\t/')
      .replace('10.78 万元', '/')
    const reading = readingOf(parseReport(allMarked))
    expect(reading).toEqual({status: 'partial', cellsRead: 0, cellsNull: 200, cellsBlankOrMarked: 200, checksFailed: 0, tablesMissing: 0})
  })

  it("should count over the template's own list of cells: cells outside it are the template's blanks", () => {
    const activeDisclosure = templateCells.filter((cell) => cell.table.key === 'activeDisclosure')
    const reading = readingOf(parseReport(seed.replace(reviewTable, '')), activeDisclosure)
    expect(reading).toEqual({status: 'partial', cellsRead: 10, cellsNull: 0, cellsBlankOrMarked: 0, checksFailed: 0, tablesMissing: 1})
  })
})
