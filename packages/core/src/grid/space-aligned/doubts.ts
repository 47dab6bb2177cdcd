import {inOrder, nearestColumn} from './assign.js'
import {assignColumns} from './columns.js'
import {type Alignment, type ContentLine, type DataRow, type Grid, type Piece, centreOf} from './model.js'
import {firstPast, ordered} from './stats.js'
import {tolerances} from './tolerances.js'

/** A number and nothing else: digits with separators and a decimal point. */
const plainNumber = /^[\d０-９][\d０-９,，.．]*$/u

/**
 * A number of a line with blank cells goes to the column it is nearest to; its place is
 * in doubt unless that column's cell holds it clearly: its centre within the cell and
 * its ends no more than a column outside it. Numbers pushed one space apart
 * (`1001 1002 1003`) are placed as a run: in doubt when the run was pushed by a label,
 * when it stands where it would be pushed to with a number missing before it, or when
 * its first number is not clearly nearer its own column than the next ones. A number
 * left of where the numbers start or right of the last cell is in no column. Every
 * number is in doubt on a page whose grid only its own rows tell, and, in a table
 * whose converter pushes numbers, unless it stands where the numbers of its column
 * stand. The columns a number may be in are kept, to settle once its row is known
 * ({@link settleDoubts}).
 *
 * Reads the data lines' values and columns (`classifyLines`); sets their `doubts`.
 */
export function findDoubts(content: ReadonlyArray<ContentLine>, grid: Grid, alignment: Alignment): void {
  // Whether the converter pushed numbers against what stands before them (one space
  // apart) anywhere in the table: asked once, when a line first leaves cells blank.
  let pushing: boolean | undefined
  for (const line of content) {
    if (line.kind !== 'data') continue
    const values = line.values.filter((piece) => piece.value)
    if (values.length >= grid.count) continue
    pushing ??= content.some((item) => {
      const sorted = ordered(item.pieces, byStart)
      return sorted.some((piece, index) => index > 0 && piece.value && piece.from - sorted[index - 1]!.to === 1)
    })
    lineDoubts(line, grid, alignment, pushing)
  }
}

function byStart(a: Piece, b: Piece): number {
  return a.from - b.from
}

function lineDoubts(line: ContentLine, grid: Grid, alignment: Alignment, pushing: boolean): void {
  const {columns, count, pitch} = grid
  const text = line.aligned.line.text
  const columnOf = new Map(line.values.map((piece, index) => [piece, line.columns[index]!]))
  const pieces = ordered(line.pieces, byStart)
  const adjacent = (left: Piece | undefined, right: Piece | undefined) =>
    left !== undefined && right !== undefined && left.endLine === left.line && right.from - left.to === 1 && text[left.to] === ' '
  const chained = (index: number) => adjacent(pieces[index - 1], pieces[index]) || adjacent(pieces[index], pieces[index + 1])
  const linePushed = pieces.some((piece, index) => piece.value && adjacent(pieces[index - 1], piece))
  const near = (column: number) => [column - 1, column, column + 1].filter((item) => item >= 0 && item < count)
  const doubt = (run: ReadonlyArray<Piece>) => {
    for (const piece of run) (line.doubts ??= new Map()).set(piece, near(columnOf.get(piece)!))
  }
  for (let index = 0; index < pieces.length; index++) {
    const first = pieces[index]!
    if (!first.value || first.endLine !== first.line || !columnOf.has(first)) continue
    const start = index
    const run = [first]
    while (index + 1 < pieces.length && pieces[index + 1]!.value && adjacent(pieces[index], pieces[index + 1])) run.push(pieces[++index]!)
    const before = pieces[start - 1]
    const gap = before ? first.fragment.charX - (before.fragment.charX + before.fragment.length) - 1 : 0
    const pushed = adjacent(before, first)
    const step = first.fragment.length + 1
    const followsPushed =
      before !== undefined &&
      !pushed &&
      gap > 0 &&
      (((chained(start - 1) || linePushed) && gap % step === 0) || (pushing && !before.value && gap === step))
    const column = columnOf.get(first)!
    const own = columns[column]!
    const off =
      alignment === 'left'
        ? Math.abs(first.nx - own.start)
        : alignment === 'right'
          ? Math.abs(first.nx + first.nwidth - own.end)
          : Math.abs(centreOf(first) - own.centre)
    if (pushed || followsPushed || !grid.trusted.has(line.segment) || (pushing && off > tolerances.offColumn)) {
      doubt(run)
      continue
    }
    // Left of where the numbers start, or right of the last cell: in no column.
    const last = run.at(-1)!
    if (
      first.nx + first.nwidth < grid.valueStart - tolerances.outsideCells ||
      last.nx > grid.boundaries.at(-1)! + tolerances.outsideCells
    ) {
      for (const piece of run) (line.doubts ??= new Map()).set(piece, [-1])
      continue
    }
    if (run.length > 1) {
      // Where the run is, its first number not pushed: nearest its own column by a clear
      // margin, not squeezed there by the edge of the table.
      const distance = (at: number) => Math.abs(centreOf(first) - columns[at]!.centre)
      const cost = (at: number) => (at >= 0 && at + run.length <= count ? distance(at) : Infinity)
      const centres = columns.map((item) => item.centre)
      const nearest = nearestColumn(centres, centreOf(first), inOrder(centres))
      if (nearest !== column || Math.min(cost(column - 1), cost(column + 1)) - cost(column) < pitch * tolerances.runMargin) doubt(run)
      continue
    }
    const candidates = new Set([column, grid.cellOf(centreOf(first))])
    candidates.add(grid.cellOf(first.nx + tolerances.cellInset))
    candidates.add(grid.cellOf(first.nx + first.nwidth - tolerances.cellInset))
    if (candidates.size > 1) (line.doubts ??= new Map()).set(first, [...candidates])
  }
}

/**
 * Leaves out numbers standing across the middles of two value columns: numbers of two
 * cells the converter printed with no space between (`15311140` for `1531` `1140`),
 * which no one cell holds; their cells end up null, named by a diagnostic. Returns
 * whether any was left out.
 */
export function leaveOutGlued(row: DataRow, grid: Grid): boolean {
  const kept = row.tokens.filter((piece) => {
    // Only bare numbers: a number with a note (`22（其中修订 16 件）`) may run on.
    if (!piece.value || !plainNumber.test(piece.text)) return true
    // Columns are in order: the first middle past the number's start, and the next.
    const next = grid.columns[firstPast(grid.columns, piece.nx, (column) => column.centre) + 1]
    return next === undefined || next.centre >= piece.nx + piece.nwidth
  })
  if (kept.length === row.tokens.length) return false
  row.tokens = kept
  return true
}

/**
 * Leaves out the numbers of a row with blank cells whose place is in doubt between
 * columns that the header over them tells apart (a number under one header spanning
 * all its columns keeps its place), so that their cells end up null, named by a
 * diagnostic, never in a neighbour's cell. Returns whether any was left out.
 *
 * @param leaves the lowest header cell over each value column of the row's header block.
 */
export function settleDoubts(
  row: DataRow,
  content: ReadonlyArray<ContentLine>,
  count: number,
  leaves: ReadonlyArray<number> | undefined
): boolean {
  if (row.tokens.filter((piece) => piece.value).length >= count) return false
  const kept = row.tokens.filter((piece) => {
    const candidates = content[piece.order]!.doubts?.get(piece)
    if (!candidates) return true
    const leaf = leaves?.[candidates[0]!] ?? -1
    return leaf !== -1 && candidates.every((column) => leaves![column] === leaf)
  })
  if (kept.length === row.tokens.length) return false
  row.tokens = kept
  return true
}

/**
 * The numbers of a row that shared a header cell (or, without one, a value column)
 * with a number left out of it: two numbers stood under one header (`3,985,758  1`
 * under `本年处理决定数量`, the second a footnote mark), and which of them the cell
 * holds cannot be told once one is gone. They stay in their row, so that the header's
 * cell still shows more than one number, and are marked, so that a cell holding one
 * alone ends up null, named by a diagnostic, never the number that was left.
 *
 * @param dropped the numbers left out of the row.
 * @param leaves the lowest header cell over each value column of the row's header block.
 */
export function crowdedBy(
  row: DataRow,
  dropped: ReadonlyArray<Piece>,
  grid: Grid,
  leaves: ReadonlyArray<number> | undefined
): Set<Piece> {
  const crowded = new Set<Piece>()
  // What a value column is under: its lowest header cell (0 and up), or, with none, itself (below 0).
  const keyOf = (column: number) => (leaves && leaves[column] !== undefined && leaves[column] !== -1 ? leaves[column]! : -1 - column)
  const shared = new Set<number>()
  for (const piece of dropped) {
    if (!piece.value) continue
    const last = grid.cellOf(piece.nx + piece.nwidth)
    for (let column = grid.cellOf(piece.nx); column <= last; column++) shared.add(keyOf(column))
  }
  if (shared.size === 0) return crowded
  const values = ordered(
    row.tokens.filter((piece) => piece.value),
    (a, b) => centreOf(a) - centreOf(b)
  )
  const columns = assignColumns(values, grid.columns)
  values.forEach((piece, index) => {
    if (shared.has(keyOf(columns[index]!))) crowded.add(piece)
  })
  return crowded
}

/**
 * Leaves out the numbers of a row with fewer numbers than the full rows hold in a table
 * whose numbers line up on more columns than its full rows fill (a column more from
 * numbers set off their place, as fonts wider than the form push them). Which of the
 * columns such a row's numbers are in cannot be told from where they stand, so their
 * cells end up null, named by a diagnostic, never in a neighbour's cell; under one
 * header spanning every column, they keep their place. Returns whether any was left out.
 */
export function leaveOutUnplaceable(row: DataRow, fullRow: number | undefined, leaves: ReadonlyArray<number> | undefined): boolean {
  if (fullRow === undefined) return false
  const values = row.tokens.filter((piece) => piece.value).length
  if (values === 0 || values >= fullRow) return false
  if (leaves && leaves[0] !== -1 && leaves.every((leaf) => leaf === leaves[0])) return false
  row.tokens = row.tokens.filter((piece) => !piece.value)
  return true
}

/**
 * Leaves the distrusted numbers out of their rows, so that their cells end up null, named
 * by a diagnostic; such a row keeps no blank cells. Returns the rows that lost any.
 */
export function leaveOutDistrusted(rows: ReadonlyArray<DataRow>, distrusted: ReadonlySet<Piece>): Set<DataRow> {
  const unread = new Set<DataRow>()
  if (distrusted.size === 0) return unread
  for (const row of rows) {
    const kept = row.tokens.filter((piece) => !distrusted.has(piece))
    if (kept.length === row.tokens.length) continue
    row.tokens = kept
    unread.add(row)
  }
  return unread
}

/**
 * The rows next to numbers left on lines of their own in no row (`220  1` set a line
 * below its row on a page too narrow for it): those numbers are not read, and the rows
 * on either side of them, in their header block, cannot say that a cell they leave empty
 * is blank. Only numbers standing over the value cells count.
 *
 * @param strays the rows that are no row (numbers in no row).
 * @param placed the rows, in the order of their first lines.
 */
export function rowsBesideStrays(strays: ReadonlyArray<DataRow>, placed: ReadonlyArray<DataRow>, grid: Grid): Array<DataRow> {
  const beside: Array<DataRow> = []
  const right = grid.boundaries.at(-1)! + tolerances.outsideCells
  const overCells = (piece: Piece) => piece.value && piece.nx + piece.nwidth >= grid.valueStart && piece.nx <= right
  for (const stray of strays) {
    if (!stray.tokens.some(overCells)) continue
    const before = placed.findLast((row) => row.last < stray.first)
    const after = placed.find((row) => row.first > stray.last)
    if (before && before.block === stray.block) beside.push(before)
    if (after && after.block === stray.block) beside.push(after)
  }
  return beside
}
