import {placedValues} from './lines.js'
import type {ContentLine, Metric} from './model.js'
import {median} from './stats.js'
import {tolerances} from './tolerances.js'

/**
 * Numbers grouped into columns by where they stand on the page, before any column is
 * known: what the metric and the reference columns are read from.
 */

/**
 * Numbers of one page grouped into columns by the edge they line up on (left, right or
 * centre, whichever gives the fewest groups): sorted edges at most one column apart are
 * one group. `conflicts` counts numbers of one line put in the same group; `centres`
 * (asked for with `withCentres`) are the groups' middles.
 */
export function clusterValues(
  lines: ReadonlyArray<ContentLine>,
  metric: Metric,
  withCentres = false
): {count: number; conflicts: number; centres: Array<number>} {
  const {starts, ends, owners, lastEnd: widest} = extents(lines, metric)
  const size = starts.length
  // Positions are whole columns: the items are sorted by twice their edge into buckets.
  const slots = 2 * widest + 3
  const head = scratch(0, slots)
  const next = scratch(1, size)
  const lastGroup = scratch(2, lines.length)
  const scan = (edge: Edge, groups?: Array<Array<number>>) => {
    head.fill(-1, 0, slots)
    for (let index = size - 1; index >= 0; index--) {
      const slot = edge === 'right' ? 2 * ends[index]! : edge === 'left' ? 2 * starts[index]! : starts[index]! + ends[index]!
      next[index] = head[slot]!
      head[slot] = index
    }
    lastGroup.fill(0, 0, lines.length)
    let count = 0
    let conflicts = 0
    let spread = 0
    let first = 0
    let previous = -Infinity
    for (let slot = 0; slot < slots; slot++) {
      if (head[slot] === -1) continue
      if (slot - previous > 2 * tolerances.clusterGap) {
        if (count > 0) spread += (previous - first) / 2
        count++
        first = slot
        groups?.push([])
      }
      previous = slot
      for (let item = head[slot]!; item !== -1; item = next[item]!) {
        if (lastGroup[owners[item]!] === count) conflicts++
        lastGroup[owners[item]!] = count
        groups?.at(-1)!.push(item)
      }
    }
    if (count > 0) spread += (previous - first) / 2
    scanned.count = count
    scanned.conflicts = conflicts
    scanned.spread = spread
  }
  // The edge with the fewest groups and conflicts, the least spread among equals (the first of equals).
  let bestEdge: Edge = 'right'
  let bestCount = 0
  let bestConflicts = 0
  let bestSpread = 0
  for (const edge of edges) {
    scan(edge)
    const cost = scanned.count + scanned.conflicts
    if (edge === edges[0] || cost < bestCount + bestConflicts || (cost === bestCount + bestConflicts && scanned.spread < bestSpread)) {
      bestEdge = edge
      bestCount = scanned.count
      bestConflicts = scanned.conflicts
      bestSpread = scanned.spread
    }
  }
  const centres: Array<number> = []
  if (withCentres) {
    const groups: Array<Array<number>> = []
    scan(bestEdge, groups)
    for (const group of groups) {
      centres.push((median(group.map((item) => starts[item]!)) + median(group.map((item) => ends[item]!))) / 2)
    }
  }
  return {count: bestCount, conflicts: bestConflicts, centres}
}

/**
 * Where the placed numbers of lines start and end in a metric (whole columns), the index
 * of each one's line, and the last start and end.
 */
function extents(
  lines: ReadonlyArray<ContentLine>,
  metric: Metric
): {starts: Array<number>; ends: Array<number>; owners: Array<number>; lastStart: number; lastEnd: number} {
  const starts: Array<number> = []
  const ends: Array<number> = []
  const owners: Array<number> = []
  let lastStart = 0
  let lastEnd = 0
  for (let index = 0; index < lines.length; index++) {
    for (const piece of placedValues(lines[index]!)) {
      const fragment = piece.fragment
      const start = metric === 'char' ? fragment.charX : fragment.displayX
      starts.push(start)
      ends.push(start + fragment.width)
      owners.push(index)
      lastStart = Math.max(lastStart, start)
      lastEnd = Math.max(lastEnd, start + fragment.width)
    }
  }
  return {starts, ends, owners, lastStart, lastEnd}
}

type Edge = 'right' | 'left' | 'centre'
const edges: ReadonlyArray<Edge> = ['right', 'left', 'centre']
/** What the last scan of {@link clusterValues} found. */
const scanned = {count: 0, conflicts: 0, spread: 0}

/** Integer arrays kept for the scans (by use), grown as needed: typed arrays are dear to make. */
const scratches: Array<Int32Array> = [new Int32Array(256), new Int32Array(256), new Int32Array(256)]

function scratch(use: number, size: number): Int32Array {
  if (scratches[use]!.length < size) scratches[use] = new Int32Array(2 * size)
  return scratches[use]!
}

/**
 * Value columns of one page: numbers whose extents overlap or touch, across lines, are
 * in one column (left-, right- or centre-aligned numbers of a column all overlap).
 * `conflicts` counts numbers of one line put in the same column.
 */
export function overlapColumns(
  lines: ReadonlyArray<ContentLine>,
  metric: Metric
): {clusters: Array<{start: number; end: number}>; conflicts: number} {
  const {starts, ends, owners, lastStart: widest} = extents(lines, metric)
  const size = starts.length
  if (size === 0) return {clusters: [], conflicts: 0}
  // Starts are whole columns: items in order of start by buckets (in the order they came
  // within one start, as a stable sort leaves them).
  const offsets = scratch(0, widest + 2)
  offsets.fill(0, 0, widest + 2)
  for (const start of starts) offsets[start + 1]!++
  for (let start = 1; start <= widest + 1; start++) offsets[start]! += offsets[start - 1]!
  const order = scratch(1, size)
  for (let index = 0; index < size; index++) order[offsets[starts[index]!]!++] = index
  const lastGroup = scratch(2, lines.length)
  lastGroup.fill(-1, 0, lines.length)
  const clusters: Array<{start: number; end: number}> = []
  let conflicts = 0
  let from = 0
  let reach = -Infinity
  for (let index = 0; index <= size; index++) {
    const item = index < size ? order[index]! : -1
    if (item !== -1 && (index === from || starts[item]! <= reach)) {
      reach = Math.max(reach, ends[item]!)
      continue
    }
    const groupStarts: Array<number> = []
    const groupEnds: Array<number> = []
    for (let at = from; at < index; at++) {
      const member = order[at]!
      groupStarts.push(starts[member]!)
      groupEnds.push(ends[member]!)
      if (lastGroup[owners[member]!] === from) conflicts++
      lastGroup[owners[member]!] = from
    }
    clusters.push({start: median(groupStarts), end: median(groupEnds)})
    from = index
    reach = item !== -1 ? ends[item]! : reach
  }
  return {clusters, conflicts}
}
