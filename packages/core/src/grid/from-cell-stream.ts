import {GridBuilder, markupReading} from './grid.js'
import {readStreamLine, type StreamLine} from './detect-cell-stream.js'
import {cellKind} from '../number/read-number.js'
import {linePosition, marksBetween, type Line} from '../text/lines.js'
import type {Table} from '../types.js'

/**
 * Layout “cell stream”: cells in reading order with nothing to mark rows or columns,
 * one per line (LibreOffice's and mammoth's plain text of a Word table, html-to-text)
 * or a row's label words and values on one line, single spaces apart
 * (`pdftotext -raw`). A row is read as the labels that come before values and the
 * values that follow them, up to the next label: the header words before the first row,
 * the group labels of a row (`（三）不予公开`) and the pieces of a wrapped label stay in
 * its cells, where the template mapping takes the innermost label that names a row.
 * A table where no line holds three values and no two lines a label and a value is
 * read one cell per line.
 * Blank lines are left out (they may be empty cells or paragraph breaks alike), so a
 * row with an empty cell has fewer values than the template and is not placed.
 *
 * A row whose values run across a page break is marked (`pageBreak`): converters may
 * print the cells of a row a page splits out of their order.
 *
 * @param lines the lines of the table, as `CellStreamDetector` found them.
 * @param read the lines cut by `readStreamLine` (the detector's, when it cut them).
 * @param pageBreaks line numbers (`Line.line`) a page starts at: lines that held a form
 *   feed or a page number dropped before the table was cut.
 */
export function fromCellStream(
  lines: ReadonlyArray<Line>,
  read: ReadonlyArray<StreamLine> = lines.map((line) => readStreamLine(line.text)),
  pageBreaks?: ReadonlySet<number>
): Table {
  const grid = new GridBuilder('cell-stream', {...markupReading, aligned: false, rows: 'order'})
  // Rows on lines: lines that hold a label and its values, or three values or more
  // (never one cell). Where no line holds three values and hardly a line holds a label
  // with values, the table is one cell per line, and a space inside a line is part of
  // its cell (`1 40`), not a column break.
  const labelled = read.filter((line) => line.labels.length > 0 && line.values.length > 0).length
  const oneCellPerLine = labelled < 2 && read.every((line) => line.values.length < 3)
  let rowHasValues = true
  // Line of the row's last value, to tell a page break between two of its values.
  let lastValueLine = 0
  lines.forEach((line, index) => {
    const {labels, values} = oneCellPerLine ? wholeLine(line.text) : read[index]!
    if (labels.length > 0 && rowHasValues) {
      grid.addRow()
      rowHasValues = false
      lastValueLine = 0
    } else if (values.length > 0 && grid.table.children.length === 0) {
      grid.addRow()
    }
    if (values.length > 0) {
      if (lastValueLine > 0 && marksBetween(pageBreaks, lastValueLine, line.line)) {
        grid.table.children.at(-1)!.pageBreak = true
      }
      lastValueLine = line.line
      rowHasValues = true
    }
    for (const piece of [...labels, ...values]) {
      grid.placeCell({value: piece.text, position: linePosition(line, piece.from, piece.to)})
    }
  })
  for (const row of grid.table.children) {
    const first = row.children[0]?.position
    const last = row.children.at(-1)?.position
    if (first && last) row.position = {start: first.start, end: last.end}
  }
  const start = grid.table.children[0]?.position?.start
  const end = grid.table.children.at(-1)?.position?.end
  if (start && end) grid.table.position = {start, end}
  return grid.table
}

/** A line as one cell: a label or a value, or nothing. */
function wholeLine(text: string): StreamLine {
  const value = text.trim()
  if (value === '') return {labels: [], values: []}
  const from = text.indexOf(value)
  const piece = {text: value, from, to: from + value.length}
  return cellKind(value) === 'value' ? {labels: [], values: [piece]} : {labels: [piece], values: []}
}
