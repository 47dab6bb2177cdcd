/**
 * How far a sum may stray from its total and still add up. Values are read from decimal
 * text (`10.78` 万元), whose sums in binary floating point stray in their last bits.
 */
export const sumTolerance = 1e-6
/** Sums are rounded to the millionth: the tolerance's inverse, written exactly. */
const sumScale = 1e6

/** The sum of the values, rounded to the millionth (so `0.1 + 0.2` prints as `0.3`). */
export function sumOf(values: Iterable<number>): number {
  let total = 0
  for (const value of values) total += value
  return Math.round(total * sumScale) / sumScale
}

/**
 * THE test of “does it add up”, for every sum the parser tries (a row's 总计 while a
 * table is read, label-less rows placed by the sums, the template's checks): whether
 * the parts sum to the total.
 */
export function addsUp(parts: Iterable<number>, total: number): boolean {
  let sum = 0
  for (const value of parts) sum += value
  return Math.abs(sum - total) < sumTolerance
}
