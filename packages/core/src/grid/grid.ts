import type {Position, TableSource} from '@xxgk/schema'
import type {Table, TableCell, TableLayout, TableReading, TableRow} from '../types.js'

/** A cell to place: its text and spans; the grid works out its column. */
export interface CellInput {
  value: string
  colSpan?: number | undefined
  rowSpan?: number | undefined
  /** Place the cell at this column instead of the next free one (geometry-based layouts). */
  column?: number | undefined
  position?: Position | undefined
  source?: TableSource | undefined
  /** The cell's text may be cut short (`TableCell.truncated`). */
  truncated?: boolean | undefined
  /** A number left unread may be the cell's (`TableCell.crowded`). */
  crowded?: boolean | undefined
}

/**
 * What a table drawn with markup or rules vouches for (.docx, html, PDF borders): every
 * cell's row and column, whole numbers, nothing set outside the table.
 */
export const markupReading: TableReading = {aligned: true, rows: 'marked', numbersMayWrap: false, labelsMayFloat: false}

/**
 * The grid of a table whose cells' rows and columns are known (a .docx table after its
 * merges, a table read from drawn rules): each row's cells placed at their columns.
 */
export function gridOf(layout: TableLayout, reading: TableReading, index: number, rows: ReadonlyArray<ReadonlyArray<CellInput>>): Table {
  const builder = new GridBuilder(layout, reading)
  builder.table.index = index
  for (const cells of rows) {
    builder.addRow()
    for (const cell of cells) builder.placeCell(cell)
  }
  return builder.table
}

/**
 * Builds the one grid model from rows of cells, the way a table is laid out: each cell
 * goes to the next column not covered by a cell spanning down from a row above.
 */
export class GridBuilder {
  readonly table: Table
  /** For each column, the last row (exclusive) a cell above covers. */
  private readonly coveredUntil: Array<number> = []

  constructor(layout: TableLayout, reading: TableReading) {
    this.table = {type: 'table', layout, ...reading, children: []}
  }

  /** Starts a new row and returns it. */
  addRow(position?: Position): TableRow {
    const row: TableRow = {type: 'tableRow', children: []}
    if (position) row.position = position
    this.table.children.push(row)
    return row
  }

  /** Places a cell in the last row, after the cells already there. */
  placeCell(input: CellInput): TableCell {
    const rowIndex = this.table.children.length - 1
    const row = this.table.children[rowIndex]
    if (!row) throw new Error('Cannot `placeCell` before `addRow`')
    const last = row.children.at(-1)
    let column = input.column ?? (last ? last.column + last.colSpan : 0)
    if (input.column === undefined) {
      while ((this.coveredUntil[column] ?? 0) > rowIndex) column++
    }
    const colSpan = Math.max(1, input.colSpan ?? 1)
    const rowSpan = Math.max(1, input.rowSpan ?? 1)
    const cell: TableCell = {type: 'tableCell', value: input.value, column, colSpan, rowSpan}
    if (input.position) cell.position = input.position
    if (input.source) cell.source = input.source
    if (input.truncated) cell.truncated = true
    if (input.crowded) cell.crowded = true
    row.children.push(cell)
    for (let offset = 0; offset < colSpan; offset++) {
      this.coveredUntil[column + offset] = Math.max(this.coveredUntil[column + offset] ?? 0, rowIndex + rowSpan)
    }
    return cell
  }
}

/**
 * The cell covering a grid slot, whether it starts there or spans into it from above
 * or from the left; `undefined` for an empty slot.
 */
export function cellAt(table: Table, rowIndex: number, column: number): TableCell | undefined {
  for (let index = rowIndex; index >= 0; index--) {
    const row = table.children[index]
    if (!row) continue
    for (const cell of row.children) {
      if (
        column >= cell.column &&
        column < cell.column + cell.colSpan &&
        rowIndex < index + cell.rowSpan
      ) {
        return cell
      }
    }
  }
  return undefined
}
