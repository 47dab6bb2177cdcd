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
  const starts: Array<number> = []
  const ends: Array<number> = []
  const owners: Array<number> = []
  let widest = 0
  for (let index = 0; index < lines.length; index++) {
    for (const piece of placedValues(lines[index]!)) {
      const fragment = piece.fragment
      const start = metric === 'char' ? fragment.charX : fragment.displayX
      starts.push(start)
      ends.push(start + fragment.width)
      owners.push(index)
      widest = Math.max(widest, start + fragment.width)
    }
  }
  const size = starts.length
  // Positions are whole columns: the items are sorted by twice their edge into buckets.
  const slots = 2 * widest + 3
  const head = new Int32Array(slots)
  const next = new Int32Array(size)
  const lastGroup = new Int32Array(lines.length)
  const edges = ['right', 'left', 'centre'] as const
  const scan = (edge: (typeof edges)[number], groups?: Array<Array<number>>) => {
    head.fill(-1)
    for (let index = size - 1; index >= 0; index--) {
      const slot = edge === 'right' ? 2 * ends[index]! : edge === 'left' ? 2 * starts[index]! : starts[index]! + ends[index]!
      next[index] = head[slot]!
      head[slot] = index
    }
    lastGroup.fill(0)
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
    return {count, conflicts, spread}
  }
  let best: {count: number; conflicts: number; spread: number; edge: (typeof edges)[number]} | undefined
  for (const edge of edges) {
    const result = scan(edge)
    const cost = result.count + result.conflicts
    if (!best || cost < best.count + best.conflicts || (cost === best.count + best.conflicts && result.spread < best.spread)) {
      best = {...result, edge}
    }
  }
  if (!best) return {count: 0, conflicts: 0, centres: []}
  const centres: Array<number> = []
  if (withCentres) {
    const groups: Array<Array<number>> = []
    scan(best.edge, groups)
    for (const group of groups) {
      centres.push((median(group.map((item) => starts[item]!)) + median(group.map((item) => ends[item]!))) / 2)
    }
  }
  return {count: best.count, conflicts: best.conflicts, centres}
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
  const items: Array<{start: number; end: number; line: number}> = []
  for (const line of lines) {
    for (const piece of placedValues(line)) {
      const fragment = piece.fragment
      const start = metric === 'char' ? fragment.charX : fragment.displayX
      items.push({start, end: start + fragment.width, line: line.order})
    }
  }
  items.sort((a, b) => a.start - b.start)
  const clusters: Array<{start: number; end: number}> = []
  let conflicts = 0
  let from = 0
  let reach = -Infinity
  for (let index = 0; index <= items.length; index++) {
    const item = items[index]
    if (item && (index === from || item.start <= reach)) {
      reach = Math.max(reach, item.end)
      continue
    }
    const group = items.slice(from, index)
    conflicts += group.length - new Set(group.map((entry) => entry.line)).size
    clusters.push({start: median(group.map((entry) => entry.start)), end: median(group.map((entry) => entry.end))})
    from = index
    reach = item ? item.end : reach
  }
  return {clusters: items.length > 0 ? clusters : [], conflicts}
}
