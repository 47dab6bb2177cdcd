import {
  applicationsTable,
  cellId,
  reviewLitigationTable,
  template2021,
  templateOf,
  type TableKey,
  type Template,
  type TemplateId
} from '@xxgk/schema'
import {feeCellId, procurementCellId} from './format-value.js'
import {mulberry32, randomInt, type Random} from './prng.js'

/** Rows of a template's 表三 that are neither inputs (新收, 上年结转) nor sums (总计, 结转下年度). */
function outcomeRowKeys(template: Template): Array<string> {
  return template.tables
    .find((table) => table.key === 'applications')!
    .rows.map((row) => row.key)
    .filter((key) => !['newReceived', 'carriedOver', 'total', 'carriedForward'].includes(key))
}

/** The six applicant columns of 表三, without `total`. */
const applicantKeys = applicationsTable.columns.map((column) => column.key).filter((key) => key !== 'total')

/** The four outcome columns of 表四, without `total`. */
const reviewOutcomeKeys = reviewLitigationTable.columns.map((column) => column.key).filter((key) => key !== 'total')

const maxAttempts = 1_000

/**
 * Values for every cell of a template (the 200 of 2021, or the 198 of 2019), every one
 * distinct and non-zero, that satisfy every consistency rule of the template exactly:
 *
 * - 表三, each row: `total` = the six applicant columns;
 * - 表三, each column: `total` = 予以公开 + 部分公开 + every 不予公开, 无法提供, 不予处理 and
 *   其他处理 row, and `newReceived + carriedOver = total + carriedForward`;
 * - 表四, each of 行政复议, 未经复议直接起诉 and 复议后起诉: `total` = the four outcomes.
 *
 * The amount (the 2021 fee `activeDisclosure.fees.amount` in 万元, the 2019 procurement
 * `activeDisclosure.procurement.amount` in 元) is the only decimal, with exactly two
 * decimals (12.34). Every value is below 100000. The same seed always gives the same map.
 *
 * @example
 *   const cells = distinctCells(1)
 *   cells['applications.granted.total'] // the sum of the six granted applicant columns
 */
export function distinctCells(seed: number, templateId: TemplateId = '2021'): Record<string, number> {
  const template = templateOf(templateId)
  const random = mulberry32(seed)
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const cells = drawCells(random, template)
    if (cells) return inTemplateOrder(cells, template)
  }
  throw new Error('Could not draw distinct cell values for seed ' + String(seed))
}

/** Values drawn so far, so that each new one can be kept distinct from all of them. */
class DistinctDraw {
  readonly used = new Set<number>()
  constructor(private readonly random: Random) {}

  /** A whole number from `min` to `max` not used yet. */
  fresh(min: number, max: number): number {
    for (let tries = 0; tries < 1_000; tries++) {
      const value = randomInt(this.random, min, max)
      if (this.claim(value)) return value
    }
    throw new Error('No unused value left between ' + String(min) + ' and ' + String(max))
  }

  /** Marks a value as used; false if it already was. */
  claim(value: number): boolean {
    if (this.used.has(value)) return false
    this.used.add(value)
    return true
  }

  release(values: ReadonlyArray<number>): void {
    for (const value of values) this.used.delete(value)
  }

  /** `count` fresh values whose sum is fresh too; the sum comes last. */
  summed(count: number, min: number, max: number): number[] {
    for (;;) {
      const parts = Array.from({length: count}, () => this.fresh(min, max))
      const sum = parts.reduce((total, part) => total + part, 0)
      if (this.claim(sum)) return [...parts, sum]
      this.release(parts)
    }
  }
}

/** One try at every value of a template; undefined when a derived value collides with another. */
function drawCells(random: Random, template: Template): Record<string, number> | undefined {
  const draw = new DistinctDraw(random)
  const cells: Record<string, number> = {}
  const set = (table: TableKey, row: string, column: string, value: number) => {
    cells[cellId(table, row, column)] = value
  }
  const setRow = (table: TableKey, row: string, columns: ReadonlyArray<string>, values: ReadonlyArray<number>) => {
    columns.forEach((column, index) => set(table, row, column, values[index] ?? 0))
  }

  const activeDisclosure = template.tables.find((table) => table.key === 'activeDisclosure')!
  for (const row of activeDisclosure.rows) {
    for (const column of row.columns) {
      const id = cellId('activeDisclosure', row.key, column)
      if (id === feeCellId || id === procurementCellId) {
        // A whole number of cents whose last digit is not 0, so that it prints with two real
        // decimals; as the only non-integer it cannot equal another value.
        let cents = randomInt(random, 101, 99_989)
        if (cents % 10 === 0) cents += randomInt(random, 1, 9)
        cells[id] = cents / 100
      } else {
        cells[id] = draw.fresh(1, 2_000)
      }
    }
  }

  for (const row of reviewLitigationTable.rows) {
    const values = draw.summed(reviewOutcomeKeys.length, 1, 300)
    setRow('reviewLitigation', row.key, [...reviewOutcomeKeys, 'total'], values)
  }

  const columnTotals = new Map<string, number>()
  for (const row of outcomeRowKeys(template)) {
    const values = draw.summed(applicantKeys.length, 1, 499)
    setRow('applications', row, [...applicantKeys, 'total'], values)
    applicantKeys.forEach((column, index) =>
      columnTotals.set(column, (columnTotals.get(column) ?? 0) + (values[index] ?? 0))
    )
  }
  const sums = {total: 0, carriedOver: 0, carriedForward: 0, newReceived: 0}
  for (const column of applicantKeys) {
    const total = columnTotals.get(column) ?? 0
    const carriedForward = draw.fresh(1, 999)
    // Keeps newReceived = total + carriedForward - carriedOver at least 1.
    const carriedOver = draw.fresh(1, Math.min(999, total + carriedForward - 1))
    const newReceived = total + carriedForward - carriedOver
    if (!draw.claim(total) || !draw.claim(newReceived)) return undefined
    set('applications', 'total', column, total)
    set('applications', 'carriedForward', column, carriedForward)
    set('applications', 'carriedOver', column, carriedOver)
    set('applications', 'newReceived', column, newReceived)
    sums.total += total
    sums.carriedOver += carriedOver
    sums.carriedForward += carriedForward
    sums.newReceived += newReceived
  }
  for (const [row, value] of Object.entries(sums)) {
    if (!draw.claim(value)) return undefined
    set('applications', row, 'total', value)
  }
  return cells
}

function inTemplateOrder(cells: Record<string, number>, template: Template = template2021): Record<string, number> {
  const ordered: Record<string, number> = {}
  for (const id of template.cellIds) {
    const value = cells[id]
    if (value === undefined) throw new Error('No value drawn for cell `' + id + '`')
    ordered[id] = value
  }
  return ordered
}
