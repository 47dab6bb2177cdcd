import {assignColumns} from './columns.js'
import {type ContentLine, type Piece, type ValueColumn, centreOf} from './model.js'
import {hasSpreadLabels, joinSpreadLabels} from './spread-labels.js'
import {append, isOrdered, maximum, median, minimum} from './stats.js'
import {tolerances} from './tolerances.js'

/**
 * Sorts each line's pieces into labels, values and text over the value columns, and
 * tells its kind: a data line holds numbers, a header line text over the value columns
 * only. Labels end before the values of their line. Text stands over the value columns
 * when it starts at the values, or after the widest label, or (a header wider than its
 * numbers) right of where labels start and past where most of them end, reaching over
 * the numbers (`信息内容` centred over short labels is over the labels).
 *
 * Reads the pieces' positions (`chooseGeometry`); sets each line's `kind`, `values`,
 * `labels`, `heads` and `columns`.
 */
export function classifyLines(content: ReadonlyArray<ContentLine>, columns: ReadonlyArray<ValueColumn>, valueStart: number): void {
  const labels: Array<Piece> = []
  for (const line of content) {
    const first = line.numbers[0]
    if (first) for (const piece of line.pieces) if (!piece.value && piece.x < first.x) labels.push(piece)
  }
  const labelEnd = maximum(labels.map((piece) => piece.x + piece.printed), -Infinity)
  const lastStart = maximum(labels.map((piece) => piece.x), -Infinity)
  const usualEnd = median(labels.map((piece) => piece.x + piece.printed))
  const overValues = (piece: Piece) =>
    piece.nx >= valueStart - tolerances.headOverValues ||
    piece.x > labelEnd ||
    (piece.x > lastStart + tolerances.headPastLabels && piece.x >= usualEnd && piece.nx + piece.nwidth > valueStart)
  const spread = hasSpreadLabels(content)
  for (const line of content) {
    // A spread label pushes the number after it anywhere: what stands before that number is label.
    const pushed = line.pushedByLabel
    for (const piece of line.pieces) {
      if (piece.value) line.values.push(piece)
      else if (overValues(piece) && !(pushed && piece.from < pushed.from)) line.heads.push(piece)
      else line.labels.push(piece)
    }
    if (spread) joinSpreadLabels(line, columns[0]!)
    if (line.values.length > 0) {
      append(line.values, line.heads)
      line.heads = []
      if (!isOrdered(line.values, byCentre)) line.values.sort(byCentre)
      line.kind = 'data'
      line.columns = assignColumns(line.values, columns)
    } else {
      line.kind = line.heads.length > 0 ? 'header' : 'text'
    }
  }
}

function byCentre(a: Piece, b: Piece): number {
  return centreOf(a) - centreOf(b)
}

/**
 * A first or last column blank in every full row (表四's one data row starting with a
 * blank) shows only in the header: column headers beyond the outer columns add columns
 * there, a step apart. Returns the columns, those added included (`columns` itself when
 * none is). Reads the header lines of trusted pages before the first data line.
 */
export function extendToHeaders(
  content: ReadonlyArray<ContentLine>,
  columns: ReadonlyArray<ValueColumn>,
  pitch: number,
  trusted: ReadonlySet<number>
): ReadonlyArray<ValueColumn> {
  const count = columns.length
  const firstData = content.findIndex((line) => line.kind === 'data')
  const leaves = content
    .slice(0, Math.max(0, firstData))
    .filter((line) => trusted.has(line.segment))
    .flatMap((line) => line.heads)
    .filter((piece) => piece.nwidth <= tolerances.leafWidth * pitch)
    .map((piece) => centreOf(piece))
  if (leaves.length === 0 || count < 2) return columns
  // Only as many columns as there are stacks of headers (as many more as there are more stacks).
  const sorted = [...leaves].sort((a, b) => a - b)
  const stacks = sorted.filter((centre, index) => index === 0 || centre - sorted[index - 1]! > tolerances.stackGap * pitch).length
  if (stacks <= count) return columns
  const limit = stacks
  const shifted = (column: ValueColumn, by: number): ValueColumn => ({
    start: column.start + by,
    end: column.end + by,
    centre: column.centre + by
  })
  // A header belongs to a new column when it is nearer to it than to the outer one.
  const claims = (outer: ValueColumn, by: number) => {
    const next = outer.centre + by
    return leaves.some((centre) => Math.abs(centre - next) < Math.abs(centre - outer.centre) - pitch * tolerances.claimMargin)
  }
  const extended = [...columns]
  while (claims(extended[0]!, -pitch) && extended.length < limit) {
    extended.unshift(shifted(extended[0]!, -pitch))
  }
  while (claims(extended.at(-1)!, pitch) && extended.length < limit) {
    extended.push(shifted(extended.at(-1)!, pitch))
  }
  return extended.length === count ? columns : extended
}

/**
 * A lone text centred over the whole table rather than over its value columns is a
 * title row (`第二十条第（一）项` as printed across the form): its header line becomes a
 * text line, its text a label. Reads the cell edges; sets `kind`, `labels`, `heads`.
 */
export function markTitleLines(content: ReadonlyArray<ContentLine>, boundaries: ReadonlyArray<number>): void {
  const labelStarts = content.flatMap((line) => line.labels.map((piece) => piece.x))
  const left = minimum(labelStarts, 0)
  const right = boundaries.at(-1)!
  for (const line of content) {
    if (line.kind !== 'header' || line.heads.length !== 1 || line.labels.length > 0) continue
    const centre = centreOf(line.heads[0]!)
    if (Math.abs(centre - (left + right) / 2) + tolerances.titleMargin < Math.abs(centre - (boundaries[0]! + right) / 2)) {
      line.labels = line.heads
      line.heads = []
      line.kind = 'text'
    }
  }
}
