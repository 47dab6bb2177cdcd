import {crowdedBy, leaveOutDistrusted, rowsBesideStrays, leaveOutGlued, leaveOutUnplaceable, settleDoubts} from './doubts.js'
import {type Labels, labelChains} from './label-chains.js'
import type {Chain, ContentLine, DataRow, Grid, LabelNames, Piece, RowSpec} from './model.js'
import {joinText, positionOf} from './pieces.js'
import {joinSums, placeGroups, valueCells} from './row-cells.js'
import {append, emptyLists, firstPast, maximum, minimum} from './stats.js'
import {tolerances} from './tolerances.js'
import {addsUpAsRow, distrustBesideStrays} from './wrapped-numbers.js'

/**
 * The rows below the headers: each data line joins a row by its label (`assignLines`),
 * labels without numbers become group labels or rows of their own (`labelOnlyRows`), a
 * total on a line of its own joins the row it sums (`joinSums`), numbers whose place or
 * whole is in doubt are left out, and each row's cells are made (`valueCells`,
 * `placeGroups`). A row that lost numbers claims no blank cell and is marked
 * `numbersUnread`; the numbers that shared a header cell with a lost one are `crowded`
 * (`crowdedBy`), and so are the empty cells of a row beside numbers in no row
 * (`rowsBesideStrays`).
 *
 * Reads the lines as classified (labels cut at a space joined by `findLabelColumns`)
 * and their doubts; adds to `distrusted` the numbers next to stray digits
 * ({@link distrustBesideStrays}). Returns the rows, each placed at its first line.
 *
 * @param headerLeaves per header block, the lowest header cell over each value column.
 */
export function dataRows(
  content: ReadonlyArray<ContentLine>,
  grid: Grid,
  labelStarts: ReadonlyArray<number>,
  blockOf: ReadonlyArray<number>,
  headerLeaves: ReadonlyMap<number, ReadonlyArray<number>>,
  distrusted: Set<Piece>,
  names: LabelNames | undefined
): Array<RowSpec> {
  const labelColumns = labelStarts.length
  const labels = labelChains(content, grid.metric, labelStarts, names)
  let book = new RowBook(blockOf)
  const sides = assignLines(content, grid.count, labels, book)
  const direction = numbersSide(sides)
  if (direction && sides.torn > 0) {
    book = new RowBook(blockOf)
    assignLines(content, grid.count, labels, book, direction)
  }
  const groups = labelOnlyRows(labels.chains, book)
  const rows = book.rows
  // A few numbers on a line of their own, with no label and joining no row (a page
  // number, a stray line), are no row.
  const isRow = (row: DataRow) => row.chain !== undefined || row.tokens.some((piece) => !piece.value) || row.tokens.length >= grid.count * tolerances.rowShare
  joinSums(rows.filter((row) => !isRow(row)), rows, book, grid.count)
  distrustBesideStrays(content, rows.filter((row) => !isRow(row) && row.tokens.length > 0), rows, distrusted)
  const unread = leaveOutDistrusted(rows, distrusted)
  rows.sort((a, b) => a.first - b.first)
  const placed = rows.filter(isRow)
  const nearStrays = new Set(rowsBesideStrays(rows.filter((row) => !isRow(row)), placed, grid))

  const unreadRows = new Set<DataRow>()
  for (const row of placed) {
    if (row.chain) {
      row.cells.push({
        value: joinText(row.chain.pieces),
        column: row.chain.column,
        colSpan: labelColumns - row.chain.column,
        rowSpan: 1,
        position: positionOf(row.chain.pieces)
      })
    }
    const leaves = headerLeaves.get(row.block)
    const before = row.tokens
    const glued = leaveOutGlued(row, grid)
    const dropped = leaveOutUnplaceable(row, grid.fullRow, leaves) || settleDoubts(row, content, grid.count, leaves) || glued
    const crowded = dropped ? crowdedBy(row, before.filter((piece) => !row.tokens.includes(piece)), grid, leaves) : undefined
    const numbersUnread = dropped || unread.has(row)
    append(row.cells, valueCells(row.tokens, labelColumns, grid, !numbersUnread, crowded, nearStrays.has(row)))
    if (numbersUnread) unreadRows.add(row)
  }
  placeGroups(groups, placed)
  return placed.map((row) => (unreadRows.has(row) ? {order: row.first, cells: row.cells, numbersUnread: true} : {order: row.first, cells: row.cells}))
}

/** The rows being worked out, and the row of each label that has one. */
export class RowBook {
  readonly rows: Array<DataRow> = []
  readonly ofChain = new Map<Chain, DataRow>()
  /** The row each data line was added to (by line order; the first, for a line added twice). */
  readonly rowOfLine = new Map<number, DataRow>()

  constructor(private readonly blockOf: ReadonlyArray<number>) {}

  /** A new row, of a label (`chain`) or of none, holding the label's lines and `line`'s order. */
  open(chain: Chain | undefined, line?: ContentLine): DataRow {
    const orders = chain ? chain.pieces.map((piece) => piece.order) : []
    if (line) orders.push(line.order)
    const first = minimum(orders)
    const row: DataRow = {
      chain,
      lines: [],
      tokens: [],
      first,
      last: maximum(orders),
      depth: chain ? chain.column : Infinity,
      block: this.blockOf[first] ?? -1,
      cells: []
    }
    this.rows.push(row)
    if (chain) this.ofChain.set(chain, row)
    return row
  }

  /** Adds a data line to a row: its values become the row's. */
  add(row: DataRow, line: ContentLine): void {
    row.lines.push(line)
    if (!this.rowOfLine.has(line.order)) this.rowOfLine.set(line.order, row)
    append(row.tokens, line.values)
    row.first = Math.min(row.first, line.order)
    row.last = Math.max(row.last, line.order)
  }
}

/** Which side of their labels a table's numbers sit on: `above` (numbers on the line above their label) or `below`. */
export type NumbersSide = 'above' | 'below'

/**
 * What the lines of a table tell of the side its numbers sit on: `above` and `below`
 * count the rows whose numbers, a whole row that adds up on a line without a label of
 * its own, stand beside a label on that side only; `torn` the lines between two labels
 * either of which they may be.
 */
export interface SideCounts {
  above: number
  below: number
  torn: number
}

/**
 * The side a table's numbers sit on, when its rows tell it: some of them (at least
 * `minSideRows`) on one side of their labels with nothing else to be theirs, and none on
 * the other (a table that sets them on both sides, page by page, tells nothing).
 */
export function numbersSide(sides: SideCounts): NumbersSide | undefined {
  if (sides.above >= tolerances.minSideRows && sides.below === 0) return 'above'
  if (sides.below >= tolerances.minSideRows && sides.above === 0) return 'below'
  return undefined
}

/**
 * Rows: the label of a line with numbers is the deepest label on the line or around
 * it (a label wrapped over the line, its numbers set between its halves); numbers of
 * one row split over several lines join when their columns do not clash. Numbers
 * between a label ending right above and one starting right below, neither with numbers
 * of its own, are neither's, unless `side` (the side the table's numbers sit on, as its
 * other rows tell) names one. Returns what the lines tell of that side.
 */
function assignLines(content: ReadonlyArray<ContentLine>, count: number, labels: Labels, book: RowBook, side?: NumbersSide): SideCounts {
  const counts: SideCounts = {above: 0, below: 0, torn: 0}
  const {body, columnOf, chains, chainOf, full} = labels
  const rowOfChain = book.ofChain
  const firstOf = (chain: Chain) => chain.pieces[0]!.order
  const lastOf = (chain: Chain) => chain.pieces.at(-1)!.order
  const ownsValues = (chain: Chain) => chain.pieces.some((piece) => content[piece.order]!.kind === 'data')
  // A label that neither holds a piece on a line nor wraps around it only stands beside it.
  const besideOnly = (chain: Chain, line: ContentLine) => firstOf(chain) > line.order || lastOf(chain) < line.order
  // A label wrapped around a line of numbers below its first piece is that line's
  // (`2.其他法律行政法规禁止` / numbers / `公开`), not the label of numbers above it
  // that could not join them (a total set apart above its row can).
  const dataLines = body.filter((line) => line.kind === 'data')
  const wrapsDataOtherThan = (chain: Chain, above: ContentLine) => {
    if (chain.pieces.length < 2) return false
    for (let index = firstPast(dataLines, firstOf(chain), (line) => line.order); index < dataLines.length; index++) {
      const line = dataLines[index]!
      if (line.order >= lastOf(chain)) return false
      if (line.columns.some((column) => above.columns.includes(column))) return true
    }
    return false
  }
  // A label ending right above a line or starting right below it.
  const besideLine = (chain: Chain, line: ContentLine) => lastOf(chain) === line.order - 1 || firstOf(chain) === line.order + 1
  // A group label stands beside deeper labels on some of its lines, or wraps around
  // them (`三、本` / `3.补正后申请内容仍不明` / `年度办  283 …` / `确` / `理结果`: the
  // converter sets a centred group label's lines between the deeper rows' lines).
  const groupChains = new Map<Chain, boolean>()
  const isGroup = (chain: Chain) => {
    if (chain.vertical) return true
    let group = groupChains.get(chain)
    if (group === undefined) {
      group = false
      for (let order = firstOf(chain); order <= lastOf(chain) && !group; order++) {
        group = content[order]!.labels.some((other) => columnOf.get(other)! > chain.column)
      }
      groupChains.set(chain, group)
    }
    return group
  }
  const clashes = (row: DataRow, line: ContentLine) => {
    const taken = new Set(row.lines.flatMap((item) => item.columns))
    return line.columns.some((column) => taken.has(column))
  }
  const contested = new Set<Chain>()
  // The labels reaching to within a line of each line (in the order of `chains`): only
  // those can be a line's label, wrap it, or stand right below it.
  const reaching = emptyLists<Chain>(content.length)
  for (const chain of chains) {
    for (let order = Math.max(0, firstOf(chain) - 1); order <= Math.min(content.length - 1, lastOf(chain) + 1); order++) {
      reaching[order]!.push(chain)
    }
  }
  // Whether most rows print a label on the line of their numbers: then a label that
  // ends short right above numbers ended there (in tables that set every label above
  // its numbers, as larger fonts do, it is theirs).
  const labelsOnNumberLines =
    dataLines.filter((line) => line.labels.some((piece) => !isGroup(chainOf.get(piece)!))).length * 2 > dataLines.length
  for (const line of body) {
    if (line.kind !== 'data') continue
    // Deepest first; a label starting right below (numbers set above their label)
    // counts when it has no numbers of its own; so does a label ending right above
    // whose lines hold no numbers (the rest of it, below its numbers, lost; where rows
    // print labels on their numbers' line, only if its last line fills its column: one
    // that ends short ended there, and numbers under it may be the next row's, their
    // label lost), unless the line holds a label as deep.
    // A piece of a group label (`年度办` between rows) is no label of the line's own.
    // So is a label with a deeper label wrapped around its line, on the lines right
    // above and below it (`年度办` of `三、本` / `年度办` / `理结果` cut off from its
    // other lines, between `3.补正后申请内容仍不明` and `确`; captions between rows,
    // with header lines between, wrap no row).
    // A vertical group label (`三` / `、` / `本` …, a character on each row's line) is no row's label.
    const near = reaching[line.order]!.filter((chain) => !chain.vertical)
    const wrapping = near.filter(
      (chain) =>
        firstOf(chain) < line.order &&
        lastOf(chain) > line.order &&
        chain.pieces.some((piece) => piece.order === line.order - 1) &&
        chain.pieces.some((piece) => piece.order === line.order + 1) &&
        !ownsValues(chain)
    )
    const own = line.labels.filter(
      (piece) => !isGroup(chainOf.get(piece)!) && !wrapping.some((chain) => chain.column > columnOf.get(piece)!)
    )
    const depth = maximum(own.map((piece) => columnOf.get(piece)!), -1)
    const candidates = near
      .filter(
        (chain) =>
          // Only a label reaching to within a line of this one can be its label (its
          // pieces are in line order).
          firstOf(chain) <= line.order + 1 &&
          lastOf(chain) >= line.order - 1 &&
          (chain.pieces.some((piece) => piece.order === line.order) ||
            // Wrapped around the line, which holds no label of its own (captions
            // between rows, `第二十条第（五）项`, are no label of the rows they pass; nor is a
            // group label of a total set apart between two of its rows).
            (firstOf(chain) < line.order && lastOf(chain) > line.order && own.length === 0 && !isGroup(chain)) ||
            (firstOf(chain) === line.order + 1 && !rowOfChain.has(chain) && own.length === 0 && !ownsValues(chain) && !wrapsDataOtherThan(chain, line)) ||
            (lastOf(chain) === line.order - 1 && !rowOfChain.has(chain) && chain.column > depth && !ownsValues(chain) && (!labelsOnNumberLines || full(chain.pieces.at(-1)!))))
      )
      .sort((a, b) => b.column - a.column || firstOf(a) - firstOf(b))
    const chain = candidates.find((candidate) => {
      const row = rowOfChain.get(candidate)
      return !row || !clashes(row, line)
    })
    // A label ending right above and one starting right below, neither with numbers of
    // its own: whose numbers these are cannot be told.
    // So are a label taken from beside the line and one as deep on its other side that
    // nothing took, whatever else the line holds (a piece of a group label not told as one).
    const rivals = chain && besideOnly(chain, line)
      ? chains.filter(
          (other) =>
            other !== chain &&
            !other.vertical &&
            besideOnly(other, line) &&
            !wrapsDataOtherThan(other, line) &&
            (other.column === chain.column
              ? candidates.includes(other) || (besideLine(other, line) && !rowOfChain.has(other) && !ownsValues(other))
              : // A shallower row label on the other side (`（二）部分公开…` ending above,
                // `1.属于国家秘密` starting below) is as near: no group, no rival of its depth.
                candidates.includes(other) && !isGroup(other) && firstOf(other) > line.order !== firstOf(chain) > line.order)
        )
      : []
    // The side the table's numbers sit on tells whose they are: the one label on that side.
    const sided = side && rivals.length > 0 ? onSide([chain!, ...rivals], line, side) : undefined
    if (sided) {
      book.add(rowOfChain.get(sided) ?? book.open(sided, line), line)
      continue
    }
    // A label one line was torn over is no surer for the numbers on its other side.
    const torn = rivals.length > 0 || (chain !== undefined && contested.has(chain) && besideOnly(chain, line))
    if (torn) counts.torn++
    else if (chain && own.length === 0 && besideOnly(chain, line) && isWholeRow(line, count)) {
      counts[firstOf(chain) > line.order ? 'above' : 'below']++
    }
    if (rivals.length > 0) {
      contested.add(chain!)
      for (const other of rivals) contested.add(other)
    }
    if (torn) {
      book.add(book.open(undefined, line), line)
      continue
    }
    if (chain) {
      book.add(rowOfChain.get(chain) ?? book.open(chain, line), line)
      continue
    }
    const previous = book.rowOfLine.get(line.order - 1)
    if (previous && !clashes(previous, line)) {
      if (fitsRowBelow(content, line, count)) {
        book.add(book.open(undefined, line), line)
        continue
      }
      book.add(previous, line)
      continue
    }
    // Numbers set on the line above their label (top-aligned cells).
    const next = content[line.order + 1]
    const below = next && !next.header && next.values.length < count
      ? reaching[next.order]!
          .filter((candidate) => candidate.pieces.some((piece) => piece.order === next.order))
          .sort((a, b) => b.column - a.column)[0]
      : undefined
    if (below && !rowOfChain.has(below) && !ownsValues(below) && !wrapsDataOtherThan(below, line)) {
      book.add(book.open(below, line), line)
      continue
    }
    book.add(book.open(undefined, line), line)
  }
  return counts
}

/**
 * The one label among those a line of numbers stands between that is on `side` of it
 * (`above`: the numbers sit above their label, so the label starts below them), if one.
 */
function onSide(chains: ReadonlyArray<Chain>, line: ContentLine, side: NumbersSide): Chain | undefined {
  const there = chains.filter((chain) => (side === 'above' ? chain.pieces[0]!.order > line.order : chain.pieces.at(-1)!.order < line.order))
  return there.length === 1 ? there[0] : undefined
}

/** Whether a line holds a whole row: a number in every value column, the last the sum of the others. */
function isWholeRow(line: ContentLine, count: number): boolean {
  return line.numbers.length === count && addsUpAsRow(line.numbers, (piece) => piece.text)
}

/**
 * Whether the numbers of a line without a label, under a row they could complete, could
 * as well complete the row right below: a data line next, with a label of its own and
 * those columns free. A total on a line of its own between two such rows is either's
 * (set under its row, or above it when the cells are top-aligned): neither gets it.
 */
function fitsRowBelow(content: ReadonlyArray<ContentLine>, line: ContentLine, count: number): boolean {
  const next = content[line.order + 1]
  if (!next || next.header || next.kind !== 'data' || next.segment !== line.segment) return false
  if (next.values.length + line.values.length > count) return false
  // Columns of a line whose numbers are in doubt tell nothing.
  return (next.doubts?.size ?? 0) > 0 || !line.columns.some((column) => next.columns.includes(column))
}

/**
 * Labels without numbers: group labels beside deeper rows (returned, to place beside
 * their rows), or rows left blank (opened in `book`).
 */
function labelOnlyRows(chains: ReadonlyArray<Chain>, book: RowBook): Array<Chain> {
  const anchored = [...book.rows].sort((a, b) => a.first - b.first)
  const groups: Array<Chain> = []
  for (const chain of chains) {
    if (book.ofChain.has(chain)) continue
    const first = chain.pieces[0]!.order
    const last = chain.pieces.at(-1)!.order
    let near = anchored.filter((row) => row.last >= first && row.first <= last)
    if (near.length === 0) {
      const above = anchored.filter((row) => row.last < first).at(-1)
      const below = anchored.find((row) => row.first > last)
      near = [above, below].filter((row) => row !== undefined)
    }
    // Beside rows with deeper labels; rows whose label is unknown tell nothing (a row
    // label next to numbers it could not be given is no group over them).
    // A vertical label is a group beside any deeper row (a page break may set a row of it
    // off its column).
    const labelled = near.filter((row) => row.chain !== undefined)
    const deeper = (row: DataRow) => row.depth > chain.column
    if (labelled.length > 0 && (chain.vertical ? labelled.some(deeper) : labelled.every(deeper))) groups.push(chain)
    else book.open(chain)
  }
  return groups
}
