import {median} from './lines.js'
import type {Glyph, PageTolerances} from './model.js'

/** The superscript form of each digit: NFKC folds it back, so only number readers that know marks tell it apart. */
const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Footnotes are numbered 1 to 99: a longer run of small raised digits is no mark (a number set beside a larger glyph). */
const longestMark = 2

/** The baseline of a glyph: its em box reaches 0.15 × size below it. */
const baselineOf = (glyph: Glyph) => glyph.bottom - 0.15 * glyph.size

/**
 * Digits of one band ending near where a glyph starts looked at for the one before it,
 * and bands looked at: far more than a line holds, few enough that a hostile page (every
 * digit at one place, a digit as tall as the page) stays linear.
 */
const maxBefore = 4096
const maxBands = 64
/** The least height of a band (points). */
const minBand = 1

/**
 * The glyphs of a page with each digit set small and raised right after a number (a
 * footnote mark, `1,234¹`) turned into its superscript form, so that it never joins the
 * number's digits (`12341`): a digit no larger than `superscriptSize` × the size of the
 * digit just before it (and more than 1 / `stampSize` of it), its baseline
 * `superscriptRise` × that size or more higher yet below that digit's top, and the digits
 * that follow it at its own size and baseline, `longestMark` at most. The number's digit
 * is set no larger than 1 / `superscriptSize` × the page's common size: a digit of a
 * watermark or a heading takes no mark. Glyphs are given back in their order; the page's
 * own array when none is raised.
 */
export function markSuperscripts(glyphs: ReadonlyArray<Glyph>, tolerances: PageTolerances): ReadonlyArray<Glyph> {
  const order = glyphs.map((_, index) => index).filter((index) => isAsciiDigit(glyphs[index]!.text))
  if (order.length < 2) return glyphs
  const typical = median(glyphs.map((glyph) => glyph.size))
  const largestNumber = typical / tolerances.superscriptSize
  // Digits by the band of the page their top is in, each band's by right edge: the digit
  // before a glyph stands on its line and ends near where it starts.
  const band = Math.max(minBand, typical)
  let tallest = 0
  const bands = new Map<number, Array<number>>()
  for (const index of order) {
    const glyph = glyphs[index]!
    tallest = Math.max(tallest, glyph.bottom - glyph.top)
    const key = Math.floor(glyph.top / band)
    const list = bands.get(key)
    if (list) list.push(index)
    else bands.set(key, [index])
  }
  for (const list of bands.values()) list.sort((a, b) => glyphs[a]!.right - glyphs[b]!.right || a - b)
  // Each raised digit's mark: the index of the mark's first digit.
  const markOf = new Map<number, number>()
  // By left edge, so that a mark of two digits (`¹²`) sees its first digit marked already.
  const byLeft = [...order].sort((a, b) => glyphs[a]!.left - glyphs[b]!.left)
  for (const index of byLeft) {
    const glyph = glyphs[index]!
    const reach = tolerances.wordGap * glyph.size
    // The digit just before it: of those ending near where it starts, the last to end.
    let beforeIndex = -1
    let beforeRight = Number.NEGATIVE_INFINITY
    const fromBand = Math.floor((glyph.top - tallest) / band)
    const toBand = Math.min(Math.floor(glyph.bottom / band), fromBand + maxBands)
    for (let key = fromBand; key <= toBand; key++) {
      const list = bands.get(key)
      if (!list) continue
      const first = firstEndingAfter(list, glyphs, glyph.left - reach / tolerances.superscriptSize)
      for (let at = first; at < list.length && at < first + maxBefore; at++) {
        const candidate = glyphs[list[at]!]!
        if (candidate.right > glyph.left + reach) break
        if (list[at] === index || candidate.left >= glyph.left || glyph.left - candidate.right > tolerances.wordGap * candidate.size) continue
        if (candidate.bottom <= glyph.top || candidate.top >= glyph.bottom) continue
        if (candidate.right > beforeRight || (candidate.right === beforeRight && list[at]! > beforeIndex)) {
          beforeIndex = list[at]!
          beforeRight = candidate.right
        }
      }
    }
    if (beforeIndex === -1) continue
    const before = glyphs[beforeIndex]!
    const markStart = markOf.get(beforeIndex)
    const mark = markStart !== undefined
      ? Math.abs(before.size - glyph.size) <= tolerances.overprint * glyph.size && Math.abs(baselineOf(before) - baselineOf(glyph)) <= tolerances.overprint * glyph.size
      : before.size <= largestNumber &&
        glyph.size <= tolerances.superscriptSize * before.size &&
        glyph.size * tolerances.stampSize > before.size &&
        baselineOf(before) - baselineOf(glyph) >= tolerances.superscriptRise * before.size &&
        baselineOf(glyph) > before.top
    if (mark) markOf.set(index, markStart ?? index)
  }
  const length = new Map<number, number>()
  for (const start of markOf.values()) length.set(start, (length.get(start) ?? 0) + 1)
  const raised = [...markOf].filter(([, start]) => length.get(start)! <= longestMark).map(([index]) => index)
  if (raised.length === 0) return glyphs
  const marked = [...glyphs]
  for (const index of raised) marked[index] = {...glyphs[index]!, text: superscriptDigits[Number(glyphs[index]!.text)]!}
  return marked
}

/** A plain digit, whose superscript form `superscriptDigits` holds at its value. */
function isAsciiDigit(text: string): boolean {
  return text.length === 1 && text >= '0' && text <= '9'
}

/** The first position in `order` (sorted by right edge) whose glyph ends after `x`. */
function firstEndingAfter(order: ReadonlyArray<number>, glyphs: ReadonlyArray<Glyph>, x: number): number {
  let low = 0
  let high = order.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (glyphs[order[middle]!]!.right <= x) low = middle + 1
    else high = middle
  }
  return low
}
