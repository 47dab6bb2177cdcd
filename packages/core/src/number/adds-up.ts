import {readNumber} from './read-number.js'

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

/** A whole number as printed (full-width digits too): a count, or a piece of one a narrow cell wrapped. */
export const wholeNumber = /^(?:\d+|[０-９]+)$/u

/**
 * Whether printed whole numbers add up as a row prints them: the last is the sum of the
 * others. Any text that is no whole number, and fewer than two numbers, never do.
 */
export function lastIsSum(texts: ReadonlyArray<string>): boolean {
  if (texts.length < 2 || texts.some((text) => !wholeNumber.test(text))) return false
  const values = texts.map((text) => readNumber(text, 'count').value)
  if (values.some((value) => value === null)) return false
  return addsUp(values.slice(0, -1) as Array<number>, values.at(-1)!)
}
