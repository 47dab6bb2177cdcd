import type {Chain, ContentLine, LabelNames, Metric, Piece} from './model.js'
import {emptyLists, mode, ordered} from './stats.js'
import {joinTemplateLabels} from './template-labels.js'
import {tolerances} from './tolerances.js'
import {verticalLabels} from './vertical-labels.js'

/**
 * Label columns from where label fragments start: starts within two columns of each
 * other (and four of the first) are one column, as converters shift a label by a
 * column or two when its neighbour is long. A column only fragments set one space
 * after another label start is no column: the label held a space (`行政 处罚`) and
 * its two halves are one fragment again.
 *
 * Reads the labels of lines outside header blocks (`findHeaderBlocks`); joins such
 * halves (their line's `labels` and `pieces` lose the right half). Returns where each
 * label column starts.
 */
export function findLabelColumns(content: ReadonlyArray<ContentLine>): Array<number> {
  const entries: Array<{start: number; piece: Piece; line: ContentLine}> = []
  for (const line of content) {
    if (line.header) continue
    for (const piece of line.labels) entries.push({start: Math.round(piece.lx), piece, line})
  }
  entries.sort((a, b) => a.start - b.start)
  const clusters: Array<typeof entries> = []
  for (const entry of entries) {
    const cluster = clusters.at(-1)
    if (cluster && entry.start - cluster.at(-1)!.start <= tolerances.labelShift && entry.start - cluster[0]!.start <= tolerances.labelDrift) {
      cluster.push(entry)
    } else {
      clusters.push([entry])
    }
  }
  const columns = clusters.filter((cluster) => {
    const halves = cluster.map(({piece, line}) => ({piece, line, before: spacedBefore(line.labels, piece, line)}))
    if (!halves.every((half) => half.before !== undefined)) return true
    for (const {piece, line, before} of halves) joinLabelHalves(line, before!, piece)
    return false
  })
  return columns.map((cluster) => mode(cluster.map((entry) => entry.start)))
}

/** The label column whose start is nearest to `x` (the first of equally near ones). */
export function labelColumnOf(labelStarts: ReadonlyArray<number>, x: number): number {
  let best = 0
  labelStarts.forEach((start, index) => {
    if (Math.abs(start - x) < Math.abs(labelStarts[best]! - x)) best = index
  })
  return best
}

/**
 * The label fragment a label was cut from at a single space (`行政 处罚`): the label
 * right before it on its line, one space apart, when the label itself bears no row number.
 */
function spacedBefore(labels: ReadonlyArray<Piece>, piece: Piece, line: ContentLine): Piece | undefined {
  if (piece.numbered) return undefined
  const text = line.aligned.line.text
  return labels.find((other) => other.line === piece.line && other.to + 1 === piece.from && text[other.to] === ' ')
}

/** Joins the right half of a label cut at a space back onto its left half. */
export function joinLabelHalves(line: ContentLine, left: Piece, right: Piece): void {
  left.text = line.aligned.line.text.slice(left.from, right.to)
  left.to = right.to
  left.endTo = right.to
  left.printed = right.x + right.printed - left.x
  left.width = right.fragment.displayX + right.fragment.width - left.fragment.displayX
  left.nwidth = right.nx + right.nwidth - left.nx
  line.labels = line.labels.filter((piece) => piece !== right)
  line.pieces = line.pieces.filter((piece) => piece !== right)
}

/** The label cells of the lines outside header blocks, and what rows are worked out from. */
export interface Labels {
  /** The content lines outside header blocks. */
  body: Array<ContentLine>
  /** Label column of every label fragment, increasing along a line. */
  columnOf: Map<Piece, number>
  /** The deepest label of each data line that has one. */
  deepest: Map<ContentLine, Piece>
  /** Label cells, column by column, each top down. */
  chains: Array<Chain>
  chainOf: Map<Piece, Chain>
  /** Whether a label fragment fills its column (so that its label may go on below it). */
  full: (piece: Piece) => boolean
}

/**
 * Label cells, column by column: a fragment continues the label above it in its column
 * unless it starts with a row number, or the label above does not fill its column (it
 * did not wrap), or the two sit on lines whose numbers clash. How wide a full label is:
 * for a label with a deeper label beside it, as wide as such labels get; for one
 * running into the next column, as wide as those; else as the widest.
 */
export function labelChains(
  content: ReadonlyArray<ContentLine>,
  metric: Metric,
  labelStarts: ReadonlyArray<number>,
  names: LabelNames | undefined
): Labels {
  const labelColumns = labelStarts.length
  const body = content.filter((line) => !line.header)
  const columnOf = new Map<Piece, number>()
  for (const line of body) {
    let previous = -1
    for (const piece of ordered(line.labels, (a, b) => a.lx - b.lx)) {
      let column = labelColumnOf(labelStarts, piece.lx)
      if (column <= previous) column = Math.min(labelColumns - 1, previous + 1)
      columnOf.set(piece, column)
      previous = column
    }
  }
  const deeperBeside = (column: number, first: number, last: number) =>
    content.slice(first, last + 1).some((line) => !line.header && line.labels.some((piece) => columnOf.get(piece)! > column))
  const stackOf = verticalStacks(verticalLabels(content, piecesByColumn(body, columnOf, labelColumns), metric, deeperBeside))
  alignToStacks(body, stackOf, columnOf, labelColumns)
  // Each column's fragments in line order.
  const byColumn = piecesByColumn(body, columnOf, labelColumns)
  const deepest = new Map<ContentLine, Piece>()
  for (const line of body) {
    const own = line.labels.filter((piece) => !stackOf.has(piece))
    if (line.kind !== 'data' || own.length === 0) continue
    deepest.set(line, own.reduce((a, b) => (columnOf.get(b)! > columnOf.get(a)! ? b : a)))
  }

  const tolerance = metric === 'char' ? tolerances.fullLabelChar : tolerances.fullLabelDisplay
  const bounded = (piece: Piece) => content[piece.order]!.labels.some((other) => columnOf.get(other)! > columnOf.get(piece)!)
  const wide = (piece: Piece) => {
    const next = labelStarts[columnOf.get(piece)! + 1]
    return next !== undefined && piece.lx + piece.printed > next + tolerances.runsIntoNext
  }
  const widest = {bounded: Array<number>(labelColumns).fill(0), wide: Array<number>(labelColumns).fill(0), open: Array<number>(labelColumns).fill(0)}
  // Each label's kind told once (it reads the labels of its line).
  const kinds = new Map<Piece, 'bounded' | 'wide' | 'open'>()
  for (const [piece, column] of columnOf) {
    const kind = bounded(piece) ? 'bounded' : wide(piece) ? 'wide' : 'open'
    kinds.set(piece, kind)
    widest[kind][column] = Math.max(widest[kind][column]!, piece.printed)
  }
  const full = (piece: Piece) => {
    const column = columnOf.get(piece)!
    const kind = kinds.get(piece)!
    const width = kind === 'bounded'
      ? widest.bounded[column]!
      : kind === 'wide'
        ? widest.wide[column]!
        : widest.bounded[column]! || widest.open[column]!
    return piece.printed >= width - tolerance
  }
  const chainOf = new Map<Piece, Chain>()
  const chains: Array<Chain> = []
  const verticalChains = new Map<ReadonlyArray<Piece>, Chain>()
  for (let column = 0; column < labelColumns; column++) {
    let current: Chain | undefined
    for (const {line, piece} of byColumn[column]!) {
      const stack = stackOf.get(piece)
      if (stack) {
        // A vertical label is one cell, its pieces no other label's (its column the first piece's).
        let chain = verticalChains.get(stack)
        if (!chain) {
          chain = {column: columnOf.get(stack[0]!)!, pieces: stack.slice(), anchors: [], vertical: true}
          verticalChains.set(stack, chain)
          chains.push(chain)
        }
        chainOf.set(piece, chain)
        current = chain
        continue
      }
      const anchor = deepest.get(line) === piece
      if (!current || current.vertical || !continues(content, current, piece, line, anchor, full)) {
        current = {column, pieces: [], anchors: []}
        chains.push(current)
      }
      current.pieces.push(piece)
      if (anchor) current.anchors.push(line)
      chainOf.set(piece, current)
    }
  }
  if (names) joinTemplateLabels(content, chains, chainOf, names, (last, next) => withinLabelGap(content, last, next))
  return {body, columnOf, deepest, chains, chainOf, full}
}

/** Each label column's fragments in line order, gathered in one pass over the lines. */
function piecesByColumn(
  body: ReadonlyArray<ContentLine>,
  columnOf: ReadonlyMap<Piece, number>,
  labelColumns: number
): Array<Array<{line: ContentLine; piece: Piece}>> {
  const byColumn = emptyLists<{line: ContentLine; piece: Piece}>(labelColumns)
  for (const line of body) {
    for (const piece of line.labels) byColumn[columnOf.get(piece)!]?.push({line, piece})
  }
  return byColumn
}

/**
 * A vertical label's pieces take the column of its first piece (a page break may set
 * the rest a column or two off), and the labels after one of them on its line are deeper
 * than it (`处` / `3.其他` on a new page: `3.其他` is a row of the group).
 */
function alignToStacks(
  body: ReadonlyArray<ContentLine>,
  stackOf: ReadonlyMap<Piece, ReadonlyArray<Piece>>,
  columnOf: Map<Piece, number>,
  labelColumns: number
): void {
  for (const line of body) {
    if (!line.labels.some((piece) => stackOf.has(piece))) continue
    let previous = -1
    for (const piece of ordered(line.labels, (a, b) => a.lx - b.lx)) {
      const stack = stackOf.get(piece)
      const column = stack ? columnOf.get(stack[0]!)! : Math.min(labelColumns - 1, Math.max(columnOf.get(piece)!, previous + 1))
      columnOf.set(piece, column)
      previous = column
    }
  }
}

/** Each piece of a vertical group label with its label's pieces. */
function verticalStacks(stacks: ReadonlyArray<ReadonlyArray<Piece>>): Map<Piece, ReadonlyArray<Piece>> {
  const stackOf = new Map<Piece, ReadonlyArray<Piece>>()
  for (const stack of stacks) for (const piece of stack) stackOf.set(piece, stack)
  return stackOf
}

/** Whether a label fragment continues the label cell built so far in its column. */
function continues(
  content: ReadonlyArray<ContentLine>,
  chain: Chain,
  piece: Piece,
  line: ContentLine,
  anchor: boolean,
  full: (piece: Piece) => boolean
): boolean {
  const last = chain.pieces.at(-1)!
  if (piece.numbered || !full(last) || !withinLabelGap(content, last, piece)) return false
  if (anchor) {
    const taken = new Set(chain.anchors.flatMap((item) => item.columns))
    if (line.columns.some((column) => taken.has(column))) return false
  }
  return true
}

/** Whether a label's piece stands close enough below a label ending at `last` to continue it. */
function withinLabelGap(content: ReadonlyArray<ContentLine>, last: Piece, piece: Piece): boolean {
  const segment = content[last.order]!.segment
  let distance = 0
  for (let order = last.order + 1; order < piece.order; order++) {
    const between = content[order]!
    // A header in between: a new sub-table, unless it is repeated on a new page.
    if (between.header) {
      if (segment === content[piece.order]!.segment) return false
      continue
    }
    if (++distance > tolerances.labelGapLines) return false
  }
  return true
}
