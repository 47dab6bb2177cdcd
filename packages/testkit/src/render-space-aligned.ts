import {cellText, expandGrid, type GridCell, type GridTable} from './report-tables.js'
import {displayWidth, wrapBalanced, wrapText} from './text-width.js'

/** Spaces between two grid columns. */
const columnGap = 2

/** Header cells narrower than this wrap into balanced lines. */
const balancedWidthLimit = 12

/** Narrowest value column: four columns, room for two CJK characters of a header. */
const minValueWidth = 4

/**
 * Widths of the label columns, in display columns, chosen so that labels wrap where a
 * real PDF of the official form wraps them: 表三's row labels after 11 CJK characters
 * (`1.本机关不掌握相关政府` / `信息`), its sub-groups after 4 (`（三）不` / `予公开`) and
 * the 办理结果 column after 3 (`三、本` / `年度办` / `理结果`).
 */
const labelWidths: Record<GridTable['key'], ReadonlyArray<number>> = {
  activeDisclosure: [14, 12, 12, 12],
  applications: [6, 8, 22],
  reviewLitigation: []
}

interface PlacedCell {
  readonly cell: GridCell
  readonly row: number
  readonly column: number
  readonly lines: ReadonlyArray<string>
}

/**
 * A table the way `pdftotext -layout` prints a PDF of the official form: columns padded
 * with spaces (CJK characters two columns wide), labels on the left, header text centred
 * over its columns, numbers right-aligned in theirs. Long labels wrap within their column
 * over 2–4 lines with the row's numbers on the middle line (for an even number of label
 * lines, on a line of their own between the two halves, as pdftotext does); vertically
 * merged labels (`三、本年度办理结果`) wrap and sit centred across the rows they span.
 */
export function spaceAlignedTableLines(table: GridTable): string[] {
  const widths = columnWidths(table)
  const starts = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width + columnGap, 0))
  const spanWidth = (column: number, span: number) =>
    widths.slice(column, column + span).reduce((sum, width) => sum + width, 0) + columnGap * (span - 1)

  const placed: PlacedCell[] = []
  expandGrid(table).forEach((slots, row) => {
    slots.forEach((slot, column) => {
      if (!slot.origin) return
      const width = spanWidth(column, slot.cell.colSpan)
      placed.push({cell: slot.cell, row, column, lines: wrapCell(slot.cell, width)})
    })
  })

  const layouts = table.rows.map((_, row) =>
    rowLayout(placed.filter((cell) => cell.row === row && cell.cell.rowSpan === 1))
  )
  const heights = layouts.map((layout) => layout.height)
  // A vertically merged cell needs as many lines as it has, over the rows it spans.
  for (const cell of placed.filter((candidate) => candidate.cell.rowSpan > 1)) {
    const spanned = heights.slice(cell.row, cell.row + cell.cell.rowSpan).reduce((sum, height) => sum + height, 0)
    const last = cell.row + cell.cell.rowSpan - 1
    if (cell.lines.length > spanned) heights[last] = (heights[last] ?? 0) + cell.lines.length - spanned
  }
  const tops = heights.map((_, row) => heights.slice(0, row).reduce((sum, height) => sum + height, 0))
  const output: Array<Array<{x: number; text: string}>> = Array.from(
    {length: heights.reduce((a, b) => a + b, 0)},
    () => []
  )

  const put = (line: number, cell: PlacedCell, text: string) => {
    if (text === '') return
    const x = starts[cell.column] ?? 0
    const room = spanWidth(cell.column, cell.cell.colSpan)
    const free = room - displayWidth(text)
    const offset = cell.cell.role === 'value' ? free : cell.cell.role === 'header' ? Math.floor(free / 2) : 0
    output[line]?.push({x: x + Math.max(0, offset), text})
  }

  for (const cell of placed) {
    const top = tops[cell.row] ?? 0
    if (cell.cell.rowSpan > 1) {
      const spanned = heights.slice(cell.row, cell.row + cell.cell.rowSpan).reduce((sum, height) => sum + height, 0)
      const first = top + Math.floor((spanned - cell.lines.length) / 2)
      cell.lines.forEach((text, index) => put(first + index, cell, text))
      continue
    }
    const layout = layouts[cell.row]
    if (!layout) continue
    const shift = Math.floor(((heights[cell.row] ?? 0) - layout.height) / 2)
    layout.linesOf(cell).forEach((line, index) => put(top + shift + line, cell, cell.lines[index] ?? ''))
  }
  return output.map(composeLine)
}

function columnWidths(table: GridTable): number[] {
  const count = table.columnWidths.length
  const fixed = labelWidths[table.key]
  const widths = Array.from({length: count}, (_, index) => fixed[index] ?? minValueWidth)
  for (const row of expandGrid(table)) {
    row.forEach((slot, column) => {
      // 表二's headers stand on one line: the 2019 form's `上一年项目数量` is wider than the
      // 2021 form's `本年制发件数`, and the column is printed as wide as it.
      const oneLine = slot.cell.role === 'value' || (table.key === 'activeDisclosure' && slot.cell.role === 'header')
      if (slot.origin && slot.cell.colSpan === 1 && oneLine) {
        widths[column] = Math.max(widths[column] ?? 0, displayWidth(cellText(slot.cell)))
      }
    })
  }
  return widths
}

function wrapCell(cell: GridCell, width: number): string[] {
  if (cell.role === 'value') return [cellText(cell)]
  // Narrow header cells wrap into lines of equal length (`结果` / `维持`); wide ones fill lines.
  const wrap = cell.role === 'header' && width < balancedWidthLimit ? wrapBalanced : wrapText
  return cell.lines.flatMap((paragraph) => wrap(paragraph, width))
}

interface RowLayout {
  readonly height: number
  /** Line offsets, within the row, of each line of a cell. */
  readonly linesOf: (cell: PlacedCell) => number[]
}

/**
 * Where the lines of the single-row cells of one row go. Text is centred vertically; in a
 * row with numbers they sit on the middle line of the tallest label, or between its two
 * halves when it has an even number of lines.
 */
function rowLayout(cells: ReadonlyArray<PlacedCell>): RowLayout {
  const textCells = cells.filter((cell) => cell.cell.role !== 'value')
  const hasValues = cells.some((cell) => cell.cell.role === 'value')
  const tallest = Math.max(1, ...textCells.map((cell) => cell.lines.length))
  const split = hasValues && tallest >= 2 && tallest % 2 === 0
  const height = split ? tallest + 1 : tallest
  const middle = split ? tallest / 2 : Math.floor((tallest - 1) / 2)
  return {
    height,
    linesOf: (cell) => {
      if (cell.cell.role === 'value') return [middle]
      const count = cell.lines.length
      if (split && count === tallest) return cell.lines.map((_, index) => (index < middle ? index : index + 1))
      const first = Math.floor((height - count) / 2)
      return cell.lines.map((_, index) => first + index)
    }
  }
}

function composeLine(segments: ReadonlyArray<{x: number; text: string}>): string {
  let line = ''
  let width = 0
  for (const segment of [...segments].sort((a, b) => a.x - b.x)) {
    const gap = segment.x - width
    line += ' '.repeat(Math.max(width === 0 ? 0 : 1, gap)) + segment.text
    width += Math.max(width === 0 ? 0 : 1, gap) + displayWidth(segment.text)
  }
  return line.trimEnd()
}
