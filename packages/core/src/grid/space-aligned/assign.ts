import {tolerances} from './tolerances.js'

/**
 * Positions matched to columns: each to the nearest, in order at least cost, runs of
 * consecutive ones, and the cell a position falls in.
 */

/**
 * Columns for sorted positions, in order, at least distance in total (positions fewer
 * than columns; extra positions go to their nearest column).
 */
export function monotoneAssign(positions: ReadonlyArray<number>, columns: ReadonlyArray<number>): Array<number> {
  const count = columns.length
  if (positions.length >= count) {
    if (positions.length === count) return positions.map((_, index) => index)
    const sorted = inOrder(columns)
    return positions.map((position) => nearestColumn(columns, position, sorted))
  }
  if (positions.length * count > tolerances.maxAssignWork) {
    // More than any table holds: nearest columns, pushed apart to keep their order.
    const sorted = inOrder(columns)
    const result = positions.map((position) => nearestColumn(columns, position, sorted))
    for (let index = 0; index < result.length; index++) {
      result[index] = Math.min(Math.max(result[index]!, index === 0 ? 0 : result[index - 1]! + 1), count - positions.length + index)
    }
    return result
  }
  // best[i × (count + 1) + j]: least cost of placing the first i positions in the first j
  // columns (kept from call to call, as large as the largest table asked).
  const width = count + 1
  const size = (positions.length + 1) * width
  if (size > assignScratch.length) assignScratch = new Float64Array(2 * size)
  const best = assignScratch
  best.fill(Infinity, 0, size)
  best.fill(0, 0, width)
  for (let index = 1; index <= positions.length; index++) {
    const row = index * width
    const above = row - width
    const position = positions[index - 1]!
    for (let column = index; column <= count; column++) {
      const skip = best[row + column - 1]!
      const take = best[above + column - 1]! + Math.abs(position - columns[column - 1]!)
      best[row + column] = Math.min(skip, take)
    }
  }
  const result: Array<number> = Array<number>(positions.length).fill(0)
  let column = count
  for (let index = positions.length; index > 0; index--) {
    const row = index * width
    while (column > index && best[row + column - 1]! <= best[row + column]!) column--
    result[index - 1] = column - 1
    column--
  }
  return result
}

/** Room for the table of {@link monotoneAssign}, grown as needed. */
let assignScratch = new Float64Array(256)

/**
 * The cell of a position for cell edges `bounds` (`count + 1` of them): the last cell from
 * 1 on whose left edge is at or before it, else 0; found by halving on the least edge of
 * each cell and those after it (never decreasing, whatever the edges).
 */
export function cellFinder(bounds: ReadonlyArray<number>): (x: number) => number {
  const count = bounds.length - 1
  const leastAfter: Array<number> = Array<number>(Math.max(0, count))
  let least = Infinity
  for (let column = count - 1; column >= 0; column--) {
    least = Math.min(least, column === 0 ? -Infinity : bounds[column]!)
    leastAfter[column] = least
  }
  return (x) => {
    let low = 0
    let high = Math.max(0, count - 1)
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (leastAfter[middle]! <= x) low = middle
      else high = middle - 1
    }
    return low
  }
}

export function inOrder(list: ReadonlyArray<number>): boolean {
  for (let index = 1; index < list.length; index++) if (list[index]! < list[index - 1]!) return false
  return true
}

/** Index of the column nearest to a position (the first of equally near ones); halving when the columns are in order. */
export function nearestColumn(columns: ReadonlyArray<number>, position: number, sorted: boolean): number {
  if (columns.length === 0) return 0
  if (!sorted) {
    let best = 0
    columns.forEach((column, index) => {
      if (Math.abs(column - position) < Math.abs(columns[best]! - position)) best = index
    })
    return best
  }
  // First column at or after the position, and the one before it.
  let low = 0
  let high = columns.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (columns[middle]! < position) low = middle + 1
    else high = middle
  }
  let best = low === columns.length || (low > 0 && position - columns[low - 1]! <= columns[low]! - position) ? low - 1 : low
  while (best > 0 && columns[best - 1] === columns[best]) best--
  return best
}

/**
 * First columns of runs of consecutive values (in order, not overlapping), each run's
 * first value as near as can be to its column; runs that cannot fit are squeezed in order.
 */
export function runAssign(runs: ReadonlyArray<{length: number; position: number}>, columns: ReadonlyArray<number>): Array<number> {
  const count = columns.length
  const total = runs.reduce((sum, run) => sum + run.length, 0)
  if (total > count) {
    let next = 0
    return runs.map((run) => {
      const start = Math.min(next, Math.max(0, count - run.length))
      next = start + run.length
      return start
    })
  }
  // best[i][c]: least cost of the first i runs, ending before column c.
  const best: Array<Array<number>> = Array.from({length: runs.length + 1}, () => Array<number>(count + 1).fill(Infinity))
  const choice: Array<Array<number>> = Array.from({length: runs.length + 1}, () => Array<number>(count + 1).fill(-1))
  best[0]!.fill(0)
  for (let index = 1; index <= runs.length; index++) {
    const run = runs[index - 1]!
    for (let end = run.length; end <= count; end++) {
      const keep = best[index]![end - 1] ?? Infinity
      const start = end - run.length
      const take = best[index - 1]![start]! + Math.abs(run.position - columns[start]!)
      if (take < keep) {
        best[index]![end] = take
        choice[index]![end] = start
      } else {
        best[index]![end] = keep
        choice[index]![end] = choice[index]![end - 1]!
      }
    }
  }
  const starts: Array<number> = Array<number>(runs.length).fill(0)
  let end = count
  for (let index = runs.length; index > 0; index--) {
    const start = choice[index]![end]!
    starts[index - 1] = start
    end = start
  }
  return starts
}
