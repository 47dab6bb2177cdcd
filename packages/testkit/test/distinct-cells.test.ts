import {applicationsTable, applicationsTable2019, cellIds, cellIds2019, reviewLitigationTable} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {distinctCells} from '../src/index.js'

const seeds = Array.from({length: 25}, (_, index) => index)
const applicantColumns = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']
const allColumns = [...applicantColumns, 'total']
const outcomeRows = applicationsTable.rows
  .map((row) => row.key)
  .filter((key) => !['newReceived', 'carriedOver', 'total', 'carriedForward'].includes(key))

function get(cells: Record<string, number>, id: string): number {
  const value = cells[id]
  if (value === undefined) throw new Error('missing ' + id)
  return value
}

describe('distinctCells', () => {
  it('should give a value for exactly the 200 template cell ids, in template order', () => {
    for (const seed of seeds) expect(Object.keys(distinctCells(seed))).toEqual([...cellIds])
  })

  it('should give 200 distinct non-zero values below 100000', () => {
    for (const seed of seeds) {
      const values = Object.values(distinctCells(seed))
      expect(values).toHaveLength(200)
      expect(new Set(values).size).toBe(200)
      for (const value of values) {
        expect(value).toBeGreaterThan(0)
        expect(value).toBeLessThan(100_000)
      }
    }
  })

  it('should make every value a whole number except the fee, which has exactly two decimals', () => {
    for (const seed of seeds) {
      const cells = distinctCells(seed)
      for (const [id, value] of Object.entries(cells)) {
        if (id === 'activeDisclosure.fees.amount') {
          expect(value.toFixed(2)).toMatch(/^\d+\.\d[1-9]$/)
          expect(Number(value.toFixed(2))).toBe(value)
        } else {
          expect(Number.isInteger(value)).toBe(true)
        }
      }
    }
  })

  it('should be deterministic for a seed and differ between seeds', () => {
    expect(distinctCells(42)).toEqual(distinctCells(42))
    expect(distinctCells(42)).not.toEqual(distinctCells(43))
  })

  it('should make the total of every applications row the sum of its six applicant columns', () => {
    for (const seed of seeds) {
      const cells = distinctCells(seed)
      for (const row of applicationsTable.rows) {
        const sum = applicantColumns.reduce(
          (total, column) => total + get(cells, `applications.${row.key}.${column}`),
          0
        )
        expect(get(cells, `applications.${row.key}.total`)).toBe(sum)
      }
    }
  })

  it('should make applications.total of every column the sum of granted, partially granted and every denied, unable, not processed and other row', () => {
    expect(outcomeRows).toHaveLength(21)
    for (const seed of seeds) {
      const cells = distinctCells(seed)
      for (const column of allColumns) {
        const sum = outcomeRows.reduce((total, row) => total + get(cells, `applications.${row}.${column}`), 0)
        expect(get(cells, `applications.total.${column}`)).toBe(sum)
      }
    }
  })

  it('should make newReceived + carriedOver equal total + carriedForward in every column', () => {
    for (const seed of seeds) {
      const cells = distinctCells(seed)
      for (const column of allColumns) {
        const received =
          get(cells, `applications.newReceived.${column}`) + get(cells, `applications.carriedOver.${column}`)
        const handled = get(cells, `applications.total.${column}`) + get(cells, `applications.carriedForward.${column}`)
        expect(received).toBe(handled)
      }
    }
  })

  it('should make each review and litigation total the sum of upheld, corrected, other and pending', () => {
    expect(reviewLitigationTable.rows.map((row) => row.key)).toEqual([
      'review',
      'litigationDirect',
      'litigationAfterReview'
    ])
    for (const seed of seeds) {
      const cells = distinctCells(seed)
      for (const row of reviewLitigationTable.rows) {
        const sum = ['upheld', 'corrected', 'other', 'pending'].reduce(
          (total, column) => total + get(cells, `reviewLitigation.${row.key}.${column}`),
          0
        )
        expect(get(cells, `reviewLitigation.${row.key}.total`)).toBe(sum)
      }
    }
  })

  it('should give the documented values for seed 1', () => {
    const cells = distinctCells(1)
    expect(cells['activeDisclosure.regulations.made']).toBe(1255)
    expect(cells['activeDisclosure.fees.amount']).toBe(994.72)
    expect(cells['applications.total.total']).toBe(32396)
    expect(cells['reviewLitigation.litigationAfterReview.total']).toBe(388)
  })
})

describe('distinctCells of the 2019 form', () => {
  it('should give the 198 cells of the 2019 form distinct non-zero values, the procurement amount the only decimal', () => {
    for (const seed of seeds.slice(0, 10)) {
      const cells = distinctCells(seed, '2019')
      expect(Object.keys(cells)).toEqual([...cellIds2019])
      expect(new Set(Object.values(cells)).size).toBe(198)
      for (const [id, value] of Object.entries(cells)) {
        expect(value, id).toBeGreaterThan(0)
        if (id === 'activeDisclosure.procurement.amount') expect(value.toFixed(2)).toMatch(/^\d+\.\d[1-9]$/)
        else expect(Number.isInteger(value), id).toBe(true)
      }
    }
  })

  it('should make （七）总计 the sum of the outcome rows with the one （六）其他处理 row', () => {
    const cells = distinctCells(3, '2019')
    const outcomes2019 = applicationsTable2019.rows
      .map((row) => row.key)
      .filter((key) => !['newReceived', 'carriedOver', 'total', 'carriedForward'].includes(key))
    expect(outcomes2019).toContain('otherDisposal')
    for (const column of allColumns) {
      const sum = outcomes2019.reduce((total, row) => total + get(cells, 'applications.' + row + '.' + column), 0)
      expect(get(cells, 'applications.total.' + column)).toBe(sum)
    }
  })
})
