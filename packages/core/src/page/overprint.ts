import type {Glyph, PageTolerances} from './model.js'

/**
 * The glyphs of a page with each glyph drawn again over itself left out: the same
 * character within `overprint` × its size across and down of one kept (text emboldened
 * by drawing it twice, a hair apart, reads `11008866` otherwise). Keeps the first drawn,
 * in drawing order.
 */
export function dropOverprint(glyphs: ReadonlyArray<Glyph>, tolerances: PageTolerances): ReadonlyArray<Glyph> {
  // Glyphs of one character by where they start: a glyph's copies are its next few.
  const order = glyphs.map((_, index) => index)
  order.sort((a, b) => compare(glyphs[a]!, glyphs[b]!))
  const drop = new Set<number>()
  for (let at = 0; at < order.length; at++) {
    const index = order[at]!
    if (drop.has(index)) continue
    const glyph = glyphs[index]!
    const reach = tolerances.overprint * glyph.size
    for (let next = at + 1; next < order.length; next++) {
      const otherIndex = order[next]!
      const other = glyphs[otherIndex]!
      if (other.text !== glyph.text || other.left - glyph.left > reach) break
      if (drop.has(otherIndex) || Math.abs(other.top - glyph.top) > reach || Math.abs(other.size - glyph.size) > reach) continue
      // The later drawn of the two is the copy.
      if (otherIndex > index) {
        drop.add(otherIndex)
      } else {
        drop.add(index)
        break
      }
    }
  }
  return drop.size > 0 ? glyphs.filter((_, index) => !drop.has(index)) : glyphs
}

function compare(a: Glyph, b: Glyph): number {
  return a.text < b.text ? -1 : a.text > b.text ? 1 : a.left - b.left
}
