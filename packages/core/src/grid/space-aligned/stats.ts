import type {Transform} from './model.js'
import {tolerances} from './tolerances.js'

/** The largest of numbers (`initial` when none is larger), without spreading a long list into arguments. */
export function maximum(list: Iterable<number>, initial = -Infinity): number {
  let result = initial
  for (const value of list) if (value > result) result = value
  return result
}

/** The smallest of numbers (`initial` when none is smaller). */
export function minimum(list: Iterable<number>, initial = Infinity): number {
  let result = initial
  for (const value of list) if (value < result) result = value
  return result
}

/** `count` new empty lists (a loop: `Array.from` with a function is slow to run). */
export function emptyLists<T>(count: number): Array<Array<T>> {
  const lists: Array<Array<T>> = []
  for (let index = 0; index < count; index++) lists.push([])
  return lists
}

/** Appends items one by one (a spread of a long list overflows the stack). */
export function append<T>(target: Array<T>, items: Iterable<T>): void {
  for (const item of items) target.push(item)
}

/** Whether a list is in order by `compare`: each item after the one before it, or tied with it. */
export function isOrdered<T>(list: ReadonlyArray<T>, compare: (a: T, b: T) => number): boolean {
  for (let index = 1; index < list.length; index++) if (compare(list[index - 1]!, list[index]!) > 0) return false
  return true
}

/**
 * The items in order by `compare`, as a stable sort leaves them: the list itself when it
 * is in order already (most are: pieces come in line order), else a sorted copy.
 */
export function ordered<T>(list: ReadonlyArray<T>, compare: (a: T, b: T) => number): ReadonlyArray<T> {
  return isOrdered(list, compare) ? list : [...list].sort(compare)
}

/** Index of the first item whose `key` is past `x`, in a list ordered by `key`, by halving. */
export function firstPast<T>(list: ReadonlyArray<T>, x: number, key: (item: T) => number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(list[middle]!) > x) high = middle
    else low = middle + 1
  }
  return low
}

/** Room to sort lists in for {@link median}, grown as needed. */
let scratch = new Float64Array(64)

/** The median (the mean of the two middle values of an even count; 0 for none). */
export function median(list: ReadonlyArray<number>): number {
  const size = list.length
  if (size === 0) return 0
  if (size === 1) return list[0]!
  if (size > scratch.length) scratch = new Float64Array(2 * size)
  // Sorted in place in a typed array kept for the purpose: numbers, no comparator, no
  // allocation; a short list by insertion (equal values, zeros of either sign included,
  // are one value to a median).
  const sorted = scratch
  if (size <= 64) {
    for (let index = 0; index < size; index++) {
      const value = list[index]!
      let at = index
      while (at > 0 && sorted[at - 1]! > value) {
        sorted[at] = sorted[at - 1]!
        at--
      }
      sorted[at] = value
    }
  } else {
    sorted.set(list)
    sorted.subarray(0, size).sort()
  }
  const middle = Math.floor(size / 2)
  return size % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Mean absolute deviation from the median. */
export function deviation(list: ReadonlyArray<number>): number {
  return list.length < 2 ? 0 : deviationFrom(list, median(list))
}

/** Mean distance of `list` from its median `centre`, already known (0 for fewer than two). */
export function deviationFrom(list: ReadonlyArray<number>, centre: number): number {
  if (list.length < 2) return 0
  let total = 0
  for (const value of list) total += Math.abs(value - centre)
  return total / list.length
}

/** The most frequent value (the first seen of equally frequent ones; 0 for none). */
export function mode(list: ReadonlyArray<number>): number {
  const counts = new Map<number, number>()
  for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best = list[0] ?? 0
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value
  return best
}

/** How far `x` is from the nearest of `list`. */
export function distanceToNearest(list: ReadonlyArray<number>, x: number): number {
  let least = Infinity
  for (const item of list) least = Math.min(least, Math.abs(item - x))
  return least
}

/** Least-squares `y = offset + scale × x`, when the points tell it and the scale is plausible. */
export function fitLine(pairs: ReadonlyArray<[number, number]>): Transform | undefined {
  if (pairs.length < 2) return undefined
  const meanX = pairs.reduce((sum, [x]) => sum + x, 0) / pairs.length
  const meanY = pairs.reduce((sum, [, y]) => sum + y, 0) / pairs.length
  let covariance = 0
  let variance = 0
  for (const [x, y] of pairs) {
    covariance += (x - meanX) * (y - meanY)
    variance += (x - meanX) ** 2
  }
  if (variance === 0) return undefined
  const scale = covariance / variance
  if (scale < tolerances.minScale || scale > tolerances.maxScale) return undefined
  return {offset: meanY - scale * meanX, scale}
}
