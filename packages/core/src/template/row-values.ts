import type {TemplateRow, TemplateTable} from '@xxgk/schema'
import {addsUp, sumOf, wholeNumber} from '../number/adds-up.js'
import {readNumber, type CellKind} from '../number/read-number.js'
import type {TableCell} from '../types.js'
import {allTables} from './all-tables.js'

// A row's values: in order where only order is known, and whether they add up.

/** A cell of a row with how its text reads. */
export interface ReadCell {
  cell: TableCell
  kind: CellKind
}

/** Every (row, column) of each template table in printed order: 表四's one data row. */
export const slotsByTable = new Map<TemplateTable, ReadonlyArray<{row: TemplateRow; column: string}>>(
  allTables.map((table) => [table, table.rows.flatMap((row) => row.columns.map((column) => ({row, column})))])
)

/**
 * Order-only layouts: the values of a row in order, when their count leaves no doubt.
 * Leading and trailing empty cells are merge artefacts; inner empty cells are blank
 * values only if counting them gives exactly the template's count, and only in a row of
 * no more cells than that (in a grid of more columns than the template's, the count of
 * the empty cells between two numbers is the grid's, not the form's); a one-value row may
 * repeat its value across the slots of its merged cell.
 *
 * @param columnsKnown the cells are a grid's columns (an aligned table): more of them than
 *   `expected` are columns the template does not have.
 */
export function placeInOrder(cells: ReadonlyArray<ReadCell>, expected: number, columnsKnown = false): Array<TableCell> | undefined {
  // Every cell empty: whichever empty cell is which column, each column is blank.
  if (cells.length >= expected && cells.every((item) => item.kind === 'empty')) {
    return cells.slice(0, expected).map((item) => item.cell)
  }
  let start = 0
  let end = cells.length
  while (start < end && cells[start]!.kind === 'empty') start++
  while (end > start && cells[end - 1]!.kind === 'empty') end--
  const span = cells.slice(start, end)
  if (span.some((item) => item.kind === 'text')) return undefined
  if (span.length === expected && (!columnsKnown || cells.length <= expected)) return span.map((item) => item.cell)
  const filled = span.filter((item) => item.kind !== 'empty')
  if (filled.length === expected) return filled.map((item) => item.cell)
  // One value printed in every slot its merged cell covers (python-docx repeats it:
  // `行政许可 1226 1226 1226`, the 2019 form's `行政事业性收费 12 3 3` whose last cell
  // spans two slots): the same text each time at the row's end, so it is that one value.
  // Only a run at the end, where the forms merge cells: a repeat inside a row may be two
  // cells that hold the same number.
  if (filled.length > expected) {
    const last = filled.at(-1)!
    let runStart = filled.length - 1
    while (runStart > 0 && sameValue(filled[runStart - 1]!.cell.value, last.cell.value)) runStart--
    if (runStart + 1 === expected) return [...filled.slice(0, runStart), last].map((item) => item.cell)
  }
  return undefined
}

/**
 * Values one more than their slots whose values run on into the next line: the last
 * value of a line and the first of the next may be one number wrapped in its narrow
 * cell (`（一）予以公开 134 31 391 14 87 421 107` / `8` for 1078, as text exports print
 * it). The join is taken only where the slots' rows have a 总计 and exactly one such join
 * makes each of them the sum of the others; the joined cell spans both pieces in the
 * input. `slots` are a row's columns, or 表四's one data row of three.
 */
export function joinWrappedNumber(
  slots: ReadonlyArray<{row: TemplateRow; column: string}>,
  cells: ReadonlyArray<ReadCell>
): Array<TableCell> | undefined {
  const rows = [...new Set(slots.map((slot) => slot.row))]
  if (!rows.every((row) => row.columns.includes('total'))) return undefined
  const filled = cells.filter((item) => item.kind !== 'empty')
  if (filled.length !== slots.length + 1) return undefined
  // Every piece a number: a mark or a blank would let any join pass the sum.
  if (filled.some((item, index) => readNumber(item.cell.value, slots[Math.min(index, slots.length - 1)]!.row.unit).status !== 'number')) return undefined
  const addsUpBySlots = (values: ReadonlyArray<TableCell>) =>
    rows.every((row) => rowAddsUp(row, row.columns.map((column) => values[slots.findIndex((slot) => slot.row === row && slot.column === column)])))
  let found: Array<TableCell> | undefined
  for (let index = 0; index + 1 < filled.length; index++) {
    const head = filled[index]!.cell
    const tail = filled[index + 1]!.cell
    const headLine = head.position?.end.line
    const tailLine = tail.position?.start.line
    if (headLine === undefined || tailLine !== headLine + 1 || !wholeNumber.test(head.value) || !wholeNumber.test(tail.value)) continue
    const joined: TableCell = {...head, value: head.value + tail.value, position: {start: head.position!.start, end: tail.position!.end}}
    const values = [...filled.slice(0, index).map((item) => item.cell), joined, ...filled.slice(index + 2).map((item) => item.cell)]
    if (!addsUpBySlots(values)) continue
    if (found) return undefined
    found = values
  }
  return found
}


/** Whether two cells say the same: the same text, or the same number however written. */
export function sameValue(a: string, b: string): boolean {
  if (a === b) return true
  const first = readNumber(a, 'wan_yuan').value
  return first !== null && first === readNumber(b, 'wan_yuan').value
}

/**
 * Whether a row's `总计` is the sum of its other values. A row without a 总计 column,
 * or with a value that is no number (a mark, a blank), cannot be summed and passes, as
 * the consistency checks skip it: its count of values is then all that placed it.
 */
export function rowAddsUp(row: TemplateRow, cells: ReadonlyArray<TableCell | null | undefined>): boolean {
  const totalAt = row.columns.indexOf('total')
  if (totalAt === -1) return true
  const numbers = cells.map((cell) => (cell ? readNumber(cell.value, row.unit).value : null))
  if (numbers.some((value) => value === null)) return true
  return addsUp(numbers.filter((_, index) => index !== totalAt) as Array<number>, numbers[totalAt]!)
}

/**
 * The row's cells with its 总计 marked as cut short when its digits are the first digits
 * of the sum of the other cells, fewer (`146` for 1463: a number wrapped in its narrow
 * cell, its last digit set where no join found it, as space-aligned text has them).
 * Such a total is no published number that fails the check but a number read in part:
 * it is not trusted.
 */
export function withCutTotal<T extends TableCell | null | undefined>(row: TemplateRow, cells: ReadonlyArray<T>): ReadonlyArray<T | TableCell> {
  const totalAt = row.columns.indexOf('total')
  const total = cells[totalAt]
  if (totalAt === -1 || !total || !/^\d+$/u.test(total.value.trim())) return cells
  const parts: Array<number> = []
  for (const [index, cell] of cells.entries()) {
    if (index === totalAt) continue
    const reading = cell ? readNumber(cell.value, row.unit) : undefined
    if (reading?.status !== 'number' || reading.value === null) return cells
    parts.push(reading.value)
  }
  const printed = total.value.trim()
  const whole = String(sumOf(parts))
  if (printed.length >= whole.length || !whole.startsWith(printed)) return cells
  return cells.map((cell, index) => (index === totalAt ? {...total, truncated: true} : cell))
}

/** Whether grid columns strictly increase: the header keeps the template's column order. */
export function inTemplateOrder(columns: ReadonlyArray<number>): boolean {
  return columns.every((column, index) => index === 0 || column > columns[index - 1]!)
}

export function rangeHas(cell: TableCell, test: (column: number) => boolean): boolean {
  for (let offset = 0; offset < cell.colSpan; offset++) if (test(cell.column + offset)) return true
  return false
}
