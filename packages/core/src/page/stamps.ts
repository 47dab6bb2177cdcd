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
    if (glyphs.some(over)) stamped.add(stamp)
  }
  if (stamped.size === 0) return {kept: glyphs, dropped: 0}
  return {kept: glyphs.filter((glyph) => !stamped.has(glyph)), dropped: stamped.size}
}
