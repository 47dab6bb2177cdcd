import {GridBuilder, markupReading} from './grid.js'
import {linePosition, type Line} from '../text/lines.js'
import type {Table} from '../types.js'

/**
 * Layout “one cell per line” (Word tables saved as text by docx-to-text tools): each
 * cell on its own line after a tab, rows separated by a blank line, a vertically merged
 * cell as an empty `\t` line, and a cell whose text wraps continuing on the next lines
 * without the tab, even after a blank line.
 *
 * @param lines the lines of the table block, blank and continuation lines included.
 */
export function fromCellPerLine(lines: ReadonlyArray<Line>): Table {
  const grid = new GridBuilder('cell-per-line', {...markupReading, aligned: false, rows: 'labels-apart'})
  let rowOpen = false
  let current: {text: string; line: Line; end: Line} | undefined

  const flush = () => {
    if (!current) return
    const start = linePosition(current.line, 1, current.line.text.length)
    const end = linePosition(current.end, 0, current.end.text.length)
    grid.placeCell({value: current.text, position: {start: start.start, end: end.end}})
    current = undefined
  }

  for (const line of lines) {
    const text = line.text
    if (!text.includes('\t') && text.trim() === '') {
      // A blank line ends the row unless the next cell line continues a wrapped cell;
      // that is decided when the next line comes.
      if (current) flush()
      rowOpen = false
      continue
    }
    if (text.charCodeAt(0) === 9) {
      flush()
      if (!rowOpen) {
        grid.addRow()
        rowOpen = true
      }
      current = {text: text.slice(1).trim(), line, end: line}
      continue
    }
    // A line without the tab continues the last cell, across a blank line if need be.
    const row = grid.table.children.at(-1)
    const last = row?.children.at(-1)
    if (current) {
      current.text += text.trim()
      current.end = line
    } else if (last) {
      last.value += text.trim()
      if (last.position) last.position.end = linePosition(line, 0, text.length).end
      rowOpen = true
    }
  }
  flush()
  for (const row of grid.table.children) {
    const first = row.children[0]
    const last = row.children.at(-1)
    if (first?.position && last?.position) row.position = {start: first.position.start, end: last.position.end}
  }
  return grid.table
}
