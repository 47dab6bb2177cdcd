import type {Glyph, PageTolerances} from './model.js'

/**
 * The glyphs of a page without those of a watermark or stamp set level over its text
 * (`DRAFT 2023-05-01` in 28–40 pt, light grey, across the tables): a glyph `stampSize` ×
 * or more the size of a glyph its box overlaps is drawn over the text, not part of it
 * (text is never set over smaller text; a title, however large, overlaps none). Its
 * digits would join a cell's number or break a label. Glyphs of a stamp that overlap
 * no text and stand in a table's cell are left out there (`readRuledTable`: no text is
 * taller than its cell).
 *
 * Returns the glyphs kept, in their order (the page's own array when none is dropped),
 * and how many were dropped.
 */
export function dropStamps(glyphs: ReadonlyArray<Glyph>, tolerances: PageTolerances): {kept: ReadonlyArray<Glyph>; dropped: number} {
  let smallest = Number.POSITIVE_INFINITY
  for (const glyph of glyphs) if (glyph.size > 0 && glyph.size < smallest) smallest = glyph.size
  const large = glyphs.filter((glyph) => glyph.size >= tolerances.stampSize * smallest && glyph.text.trim() !== '')
  if (large.length === 0) return {kept: glyphs, dropped: 0}
  // The text a stamp may be set over, by where it starts down the page: a stamp is compared
  // with the glyphs of its own band only, and with so many at most.
  let largest = 0
  for (const stamp of large) largest = Math.max(largest, stamp.size)
  const under = glyphs.filter((glyph) => glyph.size * tolerances.stampSize <= largest).sort((a, b) => a.top - b.top)
  let tallest = 0
  for (const glyph of under) tallest = Math.max(tallest, glyph.bottom - glyph.top)
  const stamped = new Set<Glyph>()
  for (const stamp of large) {
    const over = (glyph: Glyph) => {
      if (glyph.size * tolerances.stampSize > stamp.size) return false
      // Boxes that only touch are no overlap: half a glyph of the smaller text at least, each way.
      const margin = 0.5 * glyph.size
      const across = Math.min(stamp.right, glyph.right) - Math.max(stamp.left, glyph.left)
      const down = Math.min(stamp.bottom, glyph.bottom) - Math.max(stamp.top, glyph.top)
      return across >= Math.min(margin, glyph.right - glyph.left) && down >= margin
    }
    const last = Math.min(under.length, firstFrom(under, stamp.top - tallest) + maxCompared)
    for (let at = firstFrom(under, stamp.top - tallest); at < last && under[at]!.top <= stamp.bottom; at++) {
      if (over(under[at]!)) {
        stamped.add(stamp)
        break
      }
    }
  }
  if (stamped.size === 0) return {kept: glyphs, dropped: 0}
  return {kept: glyphs.filter((glyph) => !stamped.has(glyph)), dropped: stamped.size}
}

/**
 * Glyphs of text a stamp is compared with: far more than the lines a stamp's height spans
 * hold, few enough that a page of stamps stays linear.
 */
const maxCompared = 4096

/** The first of glyphs sorted by `top` whose top is at `top` or below it. */
function firstFrom(sorted: ReadonlyArray<Glyph>, top: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.top < top) low = middle + 1
    else high = middle
  }
  return low
}
