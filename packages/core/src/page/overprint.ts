import type {Glyph, PageTolerances} from './model.js'

/**
 * The glyphs of a page with each glyph drawn again over itself left out: the same
 * character within `overprint` × its size across and down of one kept (text emboldened
 * by drawing it twice, a hair apart, reads `11008866` otherwise). Keeps the first drawn,
 * in drawing order.
 */
export function dropOverprint(glyphs: ReadonlyArray<Glyph>, tolerances: PageTolerances): ReadonlyArray<Glyph> {
  // Each character's glyphs by where they start: a glyph's copies are its next few.
  const byText = new Map<string, Array<number>>()
  for (const [index, glyph] of glyphs.entries()) {
    const list = byText.get(glyph.text)
    if (list) list.push(index)
    else byText.set(glyph.text, [index])
  }
  const drop = new Set<number>()
  for (const order of byText.values()) {
    if (order.length < 2) continue
    order.sort((a, b) => glyphs[a]!.left - glyphs[b]!.left)
    for (let at = 0; at < order.length; at++) {
      const index = order[at]!
      if (drop.has(index)) continue
      const glyph = glyphs[index]!
      const reach = tolerances.overprint * glyph.size
      for (let next = at + 1; next < order.length; next++) {
        const otherIndex = order[next]!
        const other = glyphs[otherIndex]!
        if (other.left - glyph.left > reach) break
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
  }
  return drop.size > 0 ? glyphs.filter((_, index) => !drop.has(index)) : glyphs
}
