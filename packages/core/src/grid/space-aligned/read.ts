import {GridBuilder, markupReading} from '../grid.js'
import {linePosition, type Line} from '../../text/lines.js'
import type {Table} from '../../types.js'
import {cellFinder} from './assign.js'
import {classifyLines, extendToHeaders, markTitleLines} from './classify.js'
import {assignColumns, boundariesFor, chooseAlignment} from './columns.js'
import {dataRows} from './data-rows.js'
import {findDoubts} from './doubts.js'
import {chooseGeometry} from './geometry.js'
import {findHeaderBlocks, headerRows} from './headers.js'
import {findLabelColumns} from './label-chains.js'
import {collectLines, valueCount} from './lines.js'
import {pickMetric, placePieces} from './metric.js'
import type {ContentLine, Grid, LabelNames, Piece, RowSpec, SpaceAlignedOptions} from './model.js'
import {positionOf, spanOf} from './pieces.js'
import {append, ordered} from './stats.js'
import {demoteStackedMarks} from './vertical-labels.js'
import {distrustUnjoinedTails, mergeWrappedNumbers} from './wrapped-numbers.js'

/**
 * Layout “space-aligned” (`pdftotext -layout`, fixed-width exports): columns padded
 * with spaces, numbers aligned in their column, labels and headers wrapped over several
 * lines inside their column, merged labels (`三、本年度办理结果`) centred across the rows
 * they span, and page breaks (blank lines, form feeds, page numbers, a repeated header)
 * anywhere in the table.
 *
 * Columns come from geometry: the value columns from the lines that hold a number in
 * every column (or, when no line does, from where the numbers of all lines line up),
 * the label columns from where labels start. Positions are read in code points (what
 * `pdftotext` counts) or in display columns (CJK characters two wide), whichever lines
 * the numbers and the header up better (display columns when neither does), and pages
 * are rescaled onto one another, as `pdftotext` lays out every page on its own
 * character grid.
 *
 * A number of a row with blank cells whose column is in doubt (not clearly inside one
 * column's cell, pushed out of place by its neighbours, or on a page whose grid only its
 * own row tells) is left out of the grid and its row keeps no blank cells, so that its
 * cell ends up null, named by a diagnostic, never in a neighbour's; a doubt between
 * columns under one header is no doubt. So is a bare number standing across the middles
 * of two value columns (two cells' numbers printed with no space between, `15311140`).
 * Blank cells of other rows are empty cells.
 *
 * Rows: a line with numbers anchors a row; the lines of its wrapped label above and
 * below join its label cell (a label whose lines hold no numbers and end right above
 * them, its last line filling its column, is theirs, its rest lost; numbers between such
 * a label and one starting right below are neither's, unless the table's whole rows tell
 * the side its numbers sit on, none the other: then they are the label's on that side; a label wrapped around other
 * numbers is theirs, not its neighbours'; a piece of a group label on their line, or
 * a caption passing a line that has a label of its own, is no label of theirs); numbers
 * of one row split over two lines (the total on a line of its own) join it when their
 * columns do not clash (a total on a line of its own that could
 * complete the row above or the row below joins neither). A number wrapped with a
 * label's line between its halves, or its tail beside the next label, is joined only
 * where the join makes its row add up. Digits of a wrapped number
 * that cannot be joined to the rest of it leave every number they may belong to
 * unread. Lines without numbers
 * before the first row (and text over the value columns later, such as a header
 * repeated on a new page) are header rows, with spans worked out from how headers are
 * centred over their columns. Group labels become cells spanning the rows they stand
 * beside, those set down a narrow column a character or two a line (`三` / `、` / `本`
 * …, each on the line of a row beside it) among them: their pieces are no row's label.
 *
 * @param lines the lines of one table, as `spaceAlignedTableEnd` delimits it.
 * @param options where pages break, when the lines no longer show it.
 */
export function fromSpaceAligned(lines: ReadonlyArray<Line>, options: SpaceAlignedOptions = {}): Table {
  const grid = new GridBuilder('space-aligned', {...markupReading, numbersMayWrap: true})
  const collected = collectLines(lines, options)
  if (collected.length === 0) return grid.table
  demoteStackedMarks(collected)
  const content = mergeWrappedNumbers(collected)
  // The number of value columns, first as the rows tell it: the most numbers on a line.
  const widest = valueCount(content)
  const distrusted = distrustUnjoinedTails(content, widest)
  const rows = widest === 0 ? plainRows(content) : tableRows(content, widest, distrusted, options.labels)
  for (const row of rows) {
    const cells = ordered(row.cells, (a, b) => a.column - b.column)
    const tableRow = grid.addRow(spanOf(cells.map((cell) => cell.position)))
    if (row.numbersUnread) tableRow.numbersUnread = true
    for (const cell of cells) {
      grid.placeCell({
        value: cell.value,
        column: cell.column,
        colSpan: cell.colSpan,
        rowSpan: cell.rowSpan,
        position: cell.position,
        crowded: cell.crowded
      })
    }
  }
  const first = lines.find((line) => line.text.trim() !== '')!
  const last = lines.findLast((line) => line.text.trim() !== '')!
  grid.table.position = {
    start: linePosition(first, 0, 0).start,
    end: linePosition(last, last.text.length, last.text.length).end
  }
  return grid.table
}

/** A table without any number: each line a row, each fragment a cell. */
function plainRows(content: ReadonlyArray<ContentLine>): Array<RowSpec> {
  return content.map((line) => ({
    order: line.order,
    cells: line.pieces.map((piece, index) => ({
      value: piece.text,
      column: index,
      colSpan: 1,
      rowSpan: 1,
      position: positionOf([piece])
    }))
  }))
}

/**
 * The rows of a table with numbers, stage after stage: the metric, the value columns
 * and page geometry, the lines' kinds and columns, the columns the header adds, the
 * cells' edges, the doubts, the header blocks and label columns, then header rows and
 * data rows.
 *
 * The number of value columns is a result of four stages, each worked out from the one
 * before: `widest` (the most numbers a line holds); the reference page's columns, more
 * when its numbers line up on more columns than any row fills, and the columns put back
 * in gaps that every full row leaves blank (both `chooseGeometry`); the columns headers
 * add beyond the outer ones (`extendToHeaders`). The grid holds the last.
 *
 * @param widest the most numbers a line holds.
 * @param distrusted numbers not to read (those of wrapped numbers beyond pairing).
 * @param names what the forms' labels say of a text (`SpaceAlignedOptions.labels`).
 */
function tableRows(
  content: ReadonlyArray<ContentLine>,
  widest: number,
  distrusted: Set<Piece>,
  names: LabelNames | undefined
): Array<RowSpec> {
  const metric = pickMetric(content)
  placePieces(content, metric)
  const geometry = chooseGeometry(content, metric, widest)
  classifyLines(content, geometry.columns, geometry.valueStart)
  const columns = extendToHeaders(content, geometry.columns, geometry.pitch, geometry.trusted)
  if (columns !== geometry.columns) {
    for (const line of content) if (line.kind === 'data') line.columns = assignColumns(line.values, columns)
  }
  const alignment = chooseAlignment(content, columns, geometry.pitch)
  const boundaries = boundariesFor(columns, geometry.pitch, alignment)
  const grid: Grid = {
    metric,
    columns,
    count: columns.length,
    pitch: geometry.pitch,
    valueStart: geometry.valueStart,
    boundaries,
    cellOf: cellFinder(boundaries),
    trusted: geometry.trusted,
    fullRow: geometry.fullRow
  }
  findDoubts(content, grid, alignment)
  markTitleLines(content, boundaries)

  const {blocks, blockOf} = findHeaderBlocks(content)
  const labelStarts = findLabelColumns(content)
  const rows: Array<RowSpec> = []
  const headerLeaves = new Map<number, ReadonlyArray<number>>()
  for (const block of blocks) {
    const header = headerRows(block, grid, labelStarts, blockOf)
    append(rows, header.rows)
    if (header.leaves) headerLeaves.set(header.leaves.block, header.leaves.leaves)
  }
  append(rows, dataRows(content, grid, labelStarts, blockOf, headerLeaves, distrusted, names))
  return rows.sort((a, b) => a.order - b.order)
}
