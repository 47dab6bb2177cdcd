import {gridOf, markupReading, ParseError, type Block, type Table} from '@xxgk/core'
import type {XmlElement, XmlNode} from './read-xml.js'
import {joinLines} from '../join-lines.js'
import type {DocxContext} from './context.js'
import {rowCells} from './row-cells.js'
import {deletedRowCount, tableRows} from './table-rows.js'
import {xmlChild} from './xml-child.js'

/** How the body reader reads a cell's content (passed in, so the two modules do not import each other). */
export type ReadBlocks = (nodes: ReadonlyArray<XmlNode>, context: DocxContext) => Array<Block>

/** A cell as laid out in Word's grid, before vertical merges are resolved. */
interface LaidCell {
  column: number
  colSpan: number
  text: string
  /** `w:vMerge`: `restart` begins a vertical merge, `continue` extends the one above. */
  merge: 'restart' | 'continue' | undefined
}

/** A cell of the resolved grid. */
interface GridCell {
  row: number
  column: number
  colSpan: number
  rowSpan: number
  text: string
}

/**
 * Reads a `w:tbl` into the one grid model: each cell's grid column is counted from
 * `w:gridBefore` and the `w:gridSpan`s before it (so `column` is its true column in the
 * printed form, `aligned: true`); a `w:vMerge` continuation cell is not a cell of its
 * own but adds a row to the span of the cell above it in the same column; legacy
 * `w:hMerge` continuations widen the cell before them. Cell text is the cell's
 * paragraphs joined (`joinLines`), with the template's full-width space placeholders
 * (`　`) trimmed away.
 *
 * A continuation cell with no cell above it in its column is kept as a cell of its own,
 * as Word shows it.
 *
 * @throws {ParseError} `TOO_LARGE` when the table has more cells than `maxTableCells`.
 * @example
 *   readTable(tbl, context, readBlocks).children[0].children[0] // {type: 'tableCell', value: '信息内容', column: 0, …}
 */
export function readTable(table: XmlElement, context: DocxContext, readBlocks: ReadBlocks): Table {
  const index = context.tableCount++
  context.leftOut.deleted += deletedRowCount(table)
  const laid: Array<Array<LaidCell>> = []
  let cellCount = 0
  for (const row of tableRows(table)) {
    const rowProperties = xmlChild(row, 'w:trPr')
    let column = readCount(xmlChild(rowProperties, 'w:gridBefore'), 0)
    const cells: Array<LaidCell> = []
    for (const cell of rowCells(row)) {
      if (++cellCount > context.limits.maxTableCells) {
        throw new ParseError('TOO_LARGE', 'Table ' + index + ' has more than ' + context.limits.maxTableCells + ' cells (`limits.maxTableCells`)')
      }
      const properties = xmlChild(cell, 'w:tcPr')
      const colSpan = readCount(xmlChild(properties, 'w:gridSpan'), 1)
      const text = joinLines(readBlocks(cell.children, context).map((block) => (block.type === 'table' ? '' : block.value.replace(/\t/gu, ' '))))
      const horizontal = xmlChild(properties, 'w:hMerge')
      const previous = cells.at(-1)
      if (horizontal && horizontal.attributes.val !== 'restart' && previous) {
        previous.colSpan += colSpan
        previous.text = joinLines([previous.text, text])
      } else {
        cells.push({column, colSpan, text, merge: readVerticalMerge(xmlChild(properties, 'w:vMerge'))})
      }
      column += colSpan
    }
    laid.push(cells)
  }
  const grid = resolveMerges(laid)
  const rows = grid.map((cells, rowIndex) =>
    cells.map((cell) => ({
      value: cell.text,
      column: cell.column,
      colSpan: cell.colSpan,
      rowSpan: cell.rowSpan,
      source: {table: index, row: rowIndex, column: cell.column}
    }))
  )
  return gridOf('docx', markupReading, index, rows)
}

/**
 * Turns vertical merges into row spans: a continuation cell extends the cell that ends
 * just above it in the same column (its text, if any, is appended).
 */
function resolveMerges(laid: ReadonlyArray<ReadonlyArray<LaidCell>>): Array<Array<GridCell>> {
  const rows: Array<Array<GridCell>> = []
  // The cell that starts at each column and covers the rows so far.
  const above = new Map<number, GridCell>()
  for (const [rowIndex, cells] of laid.entries()) {
    const row: Array<GridCell> = []
    for (const cell of cells) {
      const open = above.get(cell.column)
      if (cell.merge === 'continue' && open && open.row + open.rowSpan === rowIndex) {
        open.rowSpan++
        open.text = joinLines([open.text, cell.text])
        continue
      }
      const placed: GridCell = {row: rowIndex, column: cell.column, colSpan: cell.colSpan, rowSpan: 1, text: cell.text}
      row.push(placed)
      above.set(cell.column, placed)
    }
    rows.push(row)
  }
  return rows
}

function readVerticalMerge(element: XmlElement | undefined): LaidCell['merge'] {
  if (!element) return undefined
  // `<w:vMerge/>` without a value means `continue`.
  return element.attributes.val === 'restart' ? 'restart' : 'continue'
}

/** A positive count attribute (`w:gridSpan`, `w:gridBefore`), `fallback` when absent or invalid. */
function readCount(element: XmlElement | undefined, fallback: number): number {
  const value = Number.parseInt(element?.attributes.val ?? '', 10)
  // Word's grid has at most 63 columns; a larger span is damage, not layout.
  return Number.isFinite(value) && value >= fallback && value <= 1000 ? value : fallback
}
