import {labelColumnOf} from './label-chains.js'
import {type CellSpec, type ContentLine, type Grid, type Piece, type RowSpec, centreOf} from './model.js'
import {joinText, positionOf} from './pieces.js'
import {append, maximum, minimum} from './stats.js'
import {tolerances} from './tolerances.js'

/**
 * Header blocks: lines without numbers before the first row, and later runs of lines
 * with text over the value columns (a sub-table's header, a header repeated on a new
 * page), each with the title lines right above it (`第二十条第（五）项`).
 */
export function findHeaderBlocks(content: ReadonlyArray<ContentLine>): {blocks: Array<Array<ContentLine>>; blockOf: Array<number>} {
  const blockOf: Array<number> = []
  const blocks: Array<Array<ContentLine>> = []
  let block = -1
  let index = 0
  let seenData = false
  while (index < content.length) {
    if (content[index]!.kind === 'data') {
      seenData = true
      blockOf[index] = block
      index++
      continue
    }
    let end = index
    while (end < content.length && content[end]!.kind !== 'data') end++
    const run = content.slice(index, end)
    const firstHead = run.findIndex((item) => item.kind === 'header')
    const lastHead = run.findLastIndex((item) => item.kind === 'header')
    let from = run.length
    let to = run.length
    if (!seenData) {
      from = 0
      if (firstHead !== -1) to = lastHead + 1
    } else if (firstHead !== -1) {
      from = firstHead
      to = lastHead + 1
      // Title lines right above the header (`第二十条第（五）项`), on the same page.
      while (from > 0 && run[from - 1]!.segment === run[from]!.segment) from--
    }
    run.forEach((item, position) => {
      if (position === from) block++
      blockOf[index + position] = block
    })
    if (from < to) {
      const lines = run.slice(from, to)
      for (const item of lines) {
        item.header = true
      }
      blocks.push(lines)
    }
    index = end
  }
  return {blocks, blockOf}
}

/**
 * The rows of one header block: title lines, then one row per header level. Returns
 * them with, for a block with headers, the lowest header cell over each value column
 * (an index into its cells; -1: none), by the header block's index (`blockOf`).
 */
export function headerRows(
  block: ReadonlyArray<ContentLine>,
  grid: Grid,
  labelStarts: ReadonlyArray<number>,
  blockOf: ReadonlyArray<number>
): {rows: Array<RowSpec>; leaves?: {block: number; leaves: Array<number>}} {
  const rows: Array<RowSpec> = []
  const labelColumns = labelStarts.length
  const total = labelColumns + grid.count
  const firstHead = block.findIndex((line) => line.kind === 'header')
  const titles = firstHead === -1 ? block : block.slice(0, firstHead)
  for (const line of titles) {
    const pieces = [...line.labels, ...line.heads]
    if (pieces.length === 0) continue
    if (pieces.length === 1) {
      rows.push({order: line.order, cells: [{value: pieces[0]!.text, column: 0, colSpan: total, rowSpan: 1, position: positionOf(pieces)}]})
      continue
    }
    const used = new Set<number>()
    const cells: Array<CellSpec> = []
    for (const piece of pieces) {
      let column = line.labels.includes(piece) ? labelColumnOf(labelStarts, piece.lx) : labelColumns + grid.cellOf(centreOf(piece))
      while (used.has(column)) column++
      used.add(column)
      cells.push({value: piece.text, column, colSpan: 1, rowSpan: 1, position: positionOf([piece])})
    }
    rows.push({order: line.order, cells})
  }
  if (firstHead === -1) return {rows}
  const lines = block.slice(firstHead)
  const order = lines[0]!.order
  const labelPieces = lines.flatMap((line) => (labelColumns > 0 ? line.labels : []))
  const heads: Array<Piece> = []
  for (const line of lines) {
    if (labelColumns === 0) append(heads, line.labels)
    append(heads, line.heads)
  }
  const levels = headerLevels(heads, grid)
  const leaves = Array<number>(grid.count).fill(-1)
  const depth = Array<number>(grid.count).fill(-1)
  levels.forEach((cell, index) => {
    for (let column = cell.first; column <= cell.last; column++) {
      if (cell.level > depth[column]!) {
        depth[column] = cell.level
        leaves[column] = index
      }
    }
  })
  const height = maximum(levels.map((cell) => cell.level + cell.rowSpan), 1)
  const levelRows: Array<RowSpec> = Array.from({length: height}, (_, level) => ({order: order + level / (height + 1), cells: []}))
  if (labelPieces.length > 0) {
    levelRows[0]!.cells.push({
      value: joinText(labelPieces),
      column: 0,
      colSpan: labelColumns,
      rowSpan: height,
      position: positionOf(labelPieces)
    })
  }
  for (const cell of levels) {
    levelRows[cell.level]!.cells.push({
      value: joinText(cell.pieces),
      column: labelColumns + cell.first,
      colSpan: cell.last - cell.first + 1,
      rowSpan: cell.rowSpan,
      position: positionOf(cell.pieces)
    })
  }
  append(rows, levelRows.filter((row) => row.cells.length > 0))
  return {rows, leaves: {block: blockOf[lines[0]!.order] ?? -1, leaves}}
}

/**
 * Header cells over the value columns with their spans and levels. A header is a leaf
 * (one column, wrapped lines stacked) unless it is wider than a column, or it is on the
 * top line with few others, or several headers below it sit within its width; such a
 * spanning header covers the columns its parent covers, shared with its siblings so
 * that each is best centred over its own.
 */
function headerLevels(
  heads: ReadonlyArray<Piece>,
  grid: Grid
): Array<{pieces: Array<Piece>; first: number; last: number; level: number; rowSpan: number}> {
  if (heads.length === 0) return []
  const topOrder = minimum(heads.map((piece) => piece.order))
  const topCount = heads.filter((piece) => piece.order === topOrder).length
  const wide = (piece: Piece) => piece.nwidth > tolerances.leafWidth * grid.pitch
  const homeOf = (piece: Piece) => grid.cellOf(centreOf(piece))
  const spanning = heads.filter((piece) => {
    if (grid.count < 2) return false
    if (piece.order === topOrder && topCount < grid.count * tolerances.fewTopHeaders) return true
    if (wide(piece)) return true
    const below = new Set<number>()
    for (const other of heads) {
      if (other.order <= piece.order || wide(other)) continue
      const centre = centreOf(other)
      if (centre >= piece.nx && centre <= piece.nx + piece.nwidth) below.add(homeOf(other))
    }
    return below.size >= 2
  })
  const leaves = new Map<number, Array<Piece>>()
  for (const piece of heads) {
    if (spanning.includes(piece)) continue
    const home = homeOf(piece)
    const list = leaves.get(home) ?? []
    list.push(piece)
    leaves.set(home, list)
  }
  const leafTop = new Map<number, number>()
  for (const [column, list] of leaves) leafTop.set(column, minimum(list.map((piece) => piece.order)))

  const spans = spanHeaders(spanning, leafTop, homeOf, grid)
  for (const piece of spanning) {
    if (spans.some((span) => span.piece === piece)) continue
    const home = homeOf(piece)
    const list = leaves.get(home) ?? []
    list.push(piece)
    leaves.set(home, list)
  }
  const cells = spans.map((span) => ({pieces: [span.piece], first: span.first, last: span.last, level: span.depth, rowSpan: 1}))
  const coverDepth = (column: number) =>
    maximum(spans.filter((span) => column >= span.first && column <= span.last).map((span) => span.depth), -1)
  for (const [column, list] of leaves) {
    list.sort((a, b) => a.order - b.order || a.nx - b.nx)
    cells.push({pieces: list, first: column, last: column, level: coverDepth(column) + 1, rowSpan: 1})
  }
  const height = maximum(cells.map((cell) => cell.level + 1), 1)
  for (const cell of cells) {
    let next = height
    for (const other of cells) {
      if (other.level > cell.level && other.first <= cell.last && other.last >= cell.first) next = Math.min(next, other.level)
    }
    cell.rowSpan = Math.max(1, next - cell.level)
  }
  return cells
}

/**
 * Spans of the spanning headers, top down: the headers of the top line share all value
 * columns, the headers below one share its columns, and so on; the split chosen is the
 * one whose headers, and the headers under them, are best centred over their columns.
 */
function spanHeaders(
  spanning: ReadonlyArray<Piece>,
  leafTop: ReadonlyMap<number, number>,
  homeOf: (piece: Piece) => number,
  grid: Grid
): Array<{piece: Piece; first: number; last: number; depth: number}> {
  type Span = {piece: Piece; first: number; last: number; depth: number}
  /** Least cost of a line of headers over columns, and the columns of each (none: each over its own). */
  type Plan = {cost: number; runs: Array<readonly [number, number]> | undefined}
  if (spanning.length === 0) return []
  const homes = new Map<Piece, number>(spanning.map((piece) => [piece, homeOf(piece)]))
  const size = grid.count + 1
  const below = new Map<number, Array<Piece>>()
  // The headers of the first line below `after` whose columns lie within from…to
  // (the same array for the same question, so that plans are kept per array).
  const under = (after: number, from: number, to: number): Array<Piece> => {
    const key = (after * size + from) * size + to
    let found = below.get(key)
    if (!found) {
      const candidates = spanning.filter((piece) => {
        const home = homes.get(piece)!
        return piece.order > after && home >= from && home <= to
      })
      const order = minimum(candidates.map((piece) => piece.order))
      found = candidates.filter((piece) => piece.order === order).sort((a, b) => a.nx - b.nx)
      below.set(key, found)
    }
    return found
  }
  const memo = new Map<ReadonlyArray<Piece>, Map<number, Plan>>()
  const none: Plan = {cost: 0, runs: []}
  const solve = (pieces: ReadonlyArray<Piece>, from: number, to: number): Plan => {
    if (pieces.length === 0) return none
    let plans = memo.get(pieces)
    if (!plans) {
      plans = new Map()
      memo.set(pieces, plans)
    }
    const key = from * size + to
    const known = plans.get(key)
    if (known) return known
    const lineOrder = pieces[0]!.order
    const available: Array<number> = []
    for (let column = from; column <= to; column++) {
      const top = leafTop.get(column)
      if (top === undefined || top > lineOrder) available.push(column)
    }
    // Cost of a header over available columns first…last, itself and the headers under it;
    // those are not looked at when its own cost already reaches `bound`.
    const runCost = (piece: Piece, first: number, last: number, bound: number): number => {
      const a = available[first]!
      const b = available[last]!
      const home = homes.get(piece)!
      const centre = (grid.boundaries[a]! + grid.boundaries[b + 1]!) / 2
      const own = Math.abs(centreOf(piece) - centre) + (home < a || home > b ? grid.pitch * tolerances.homeOutside : 0)
      return own >= bound ? own : own + solve(under(piece.order, a, b), a, b).cost
    }
    const count = pieces.length
    const room = available.length
    let plan: Plan
    if (room < count) {
      plan = {cost: grid.pitch * tolerances.noRoom * count, runs: undefined}
    } else {
      // best[i × width + e]: least cost of the first i headers over the first e columns
      // (leaving a column for each header after them; the last ends at the last column);
      // back: where the i-th starts.
      const width = room + 1
      const best = Array<number>((count + 1) * width).fill(Infinity)
      const back = Array<number>((count + 1) * width).fill(0)
      best[0] = 0
      for (let index = 1; index <= count; index++) {
        const row = index * width
        const above = row - width
        const lastEnd = room - (count - index)
        for (let end = index === count ? room : index; end <= lastEnd; end++) {
          for (let start = index - 1; start < end; start++) {
            const before = best[above + start]!
            if (before === Infinity) continue
            const total = before + runCost(pieces[index - 1]!, start, end - 1, best[row + end]! - before)
            if (total < best[row + end]!) {
              best[row + end] = total
              back[row + end] = start
            }
          }
        }
      }
      const runs: Array<readonly [number, number]> = Array(count)
      let end = room
      for (let index = count; index > 0; index--) {
        const start = back[index * width + end]!
        runs[index - 1] = [available[start]!, available[end - 1]!]
        end = start
      }
      plan = {cost: best[count * width + room]!, runs}
    }
    plans.set(key, plan)
    return plan
  }
  const spans: Array<Span> = []
  const place = (pieces: ReadonlyArray<Piece>, from: number, to: number, depth: number): void => {
    const plan = solve(pieces, from, to)
    pieces.forEach((piece, index) => {
      const run = plan.runs?.[index]
      if (!run) {
        spans.push({piece, first: homes.get(piece)!, last: homes.get(piece)!, depth})
        return
      }
      spans.push({piece, first: run[0], last: run[1], depth})
      place(under(piece.order, run[0], run[1]), run[0], run[1], depth + 1)
    })
  }
  const topOrder = minimum(spanning.map((piece) => piece.order))
  place(spanning.filter((piece) => piece.order === topOrder).sort((a, b) => a.nx - b.nx), 0, grid.count - 1, 0)
  return spans
}
