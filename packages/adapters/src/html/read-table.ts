import {GridBuilder, markupReading, ParseError, type Block, type Table} from '@xxgk/core'
import type {Element} from 'hast'
import {joinLines} from '../join-lines.js'
import type {HtmlContext} from './context.js'
import {positionOf} from './position-of.js'
import {spanOf} from './span-of.js'

/** How a cell's content is read into lines (passed in, so the two modules do not import each other). */
export type ReadCell = (cell: Element) => Array<Block>

/** html's own caps on spans (HTML Living Standard, "processing model" of tables). */
const maxColSpan = 1000
const maxRowSpan = 65_534

/**
 * Reads a `<table>` into the one grid model: rows from `<tr>` children of the table and
 * of its `<thead>`/`<tbody>`/`<tfoot>`, cells from `<th>`/`<td>` with their `colspan`
 * and `rowspan` (clamped as browsers do; `rowspan="0"` and spans past the end of a row
 * group stop at its last row), placed in columns by the grid builder the way html lays
 * them out (`aligned: true`). Cell text is the cell's lines joined (`joinLines`).
 *
 * @throws {ParseError} `TOO_LARGE` when the table has more cells than `maxTableCells`.
 * @example
 *   readTable(table, context, readCell).children[1].children[0] // {type: 'tableCell', value: '自然人', column: 3, rowSpan: 2, …}
 */
export function readTable(table: Element, context: HtmlContext, readCell: ReadCell): Table {
  const index = context.tableCount++
  const builder = new GridBuilder('html', markupReading)
  builder.table.index = index
  const position = positionOf(table)
  if (position) builder.table.position = position
  let cellCount = 0
  for (const group of rowGroups(table)) {
    for (const [groupRow, row] of group.entries()) {
      builder.addRow(positionOf(row))
      const rowIndex = builder.table.children.length - 1
      for (const cell of row.children) {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue
        if (++cellCount > context.limits.maxTableCells) {
          throw new ParseError('TOO_LARGE', 'Table ' + index + ' has more than ' + context.limits.maxTableCells + ' cells (`limits.maxTableCells`)')
        }
        const lines = readCell(cell)
        const rest = group.length - groupRow
        const rowSpan = readSpan(cell.properties.rowSpan, maxRowSpan)
        const placed = builder.placeCell({
          value: joinLines(lines.map((line) => (line.type === 'table' ? '' : line.value))),
          colSpan: readSpan(cell.properties.colSpan, maxColSpan) || 1,
          rowSpan: rowSpan === 0 ? rest : Math.min(rowSpan, rest),
          position: spanOf(lines[0]?.position, lines.at(-1)?.position) ?? positionOf(cell)
        })
        placed.source = {table: index, row: rowIndex, column: placed.column}
      }
    }
  }
  return builder.table
}

/** The rows of a table by row group (`<thead>`, each `<tbody>`, `<tfoot>`, or rows directly in the table). */
function rowGroups(table: Element): Array<Array<Element>> {
  const groups: Array<Array<Element>> = []
  let loose: Array<Element> | undefined
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') {
      if (!loose) groups.push((loose = []))
      loose.push(child)
    } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      loose = undefined
      groups.push(child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr'))
    }
  }
  return groups
}

/** A span attribute as a number within html's caps; 1 when absent or invalid, 0 kept (`rowspan="0"`). */
function readSpan(value: unknown, max: number): number {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  if (!Number.isFinite(number) || number < 0) return 1
  return Math.min(Math.floor(number), max)
}
