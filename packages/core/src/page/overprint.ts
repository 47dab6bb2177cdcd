import {median} from './lines.js'
import type {Glyph, PageTolerances} from './model.js'

/**
 * The glyphs of a page with each glyph drawn again over itself left out: the same
 * character within `overprint` × its size across and down of one kept (text emboldened
 * by drawing it twice, a hair apart, reads `11008866` otherwise). Keeps the first drawn.
 *
 * Each character's kept glyphs stand in squares of the page about as wide as that
 * reach: a glyph is compared only with those of its square and the squares around it,
 * so that a page of one character repeated stays linear.
 */
export function dropOverprint(glyphs: ReadonlyArray<Glyph>, tolerances: PageTolerances): ReadonlyArray<Glyph> {
  const byText = new Map<string, Array<number>>()
  for (const [index, glyph] of glyphs.entries()) {
    const list = byText.get(glyph.text)
    if (list) list.push(index)
    else byText.set(glyph.text, [index])
  }
  const drop = new Set<number>()
  for (const indices of byText.values()) {
    if (indices.length < 2) continue
    const side = Math.max(minSquare, tolerances.overprint * median(indices.map((index) => glyphs[index]!.size)))
    const kept = new Map<number, Array<number>>()
    // In drawing order: the first drawn is kept, its copies are later.
    for (const index of indices) {
      const glyph = glyphs[index]!
      const reach = tolerances.overprint * glyph.size
      const column = Math.floor(glyph.left / side)
      const row = Math.floor(glyph.top / side)
      const span = Math.min(maxSpan, Math.ceil(reach / side))
      if (hasCopy(glyphs, kept, glyph, reach, column, row, span)) {
        drop.add(index)
        continue
      }
      const key = squareKey(column, row)
      const square = kept.get(key)
      if (square) square.push(index)
      else kept.set(key, [index])
    }
  }
  return drop.size > 0 ? glyphs.filter((_, index) => !drop.has(index)) : glyphs
}

/** The least side of a square (points): glyphs of a page are never this close by chance. */
const minSquare = 0.5
/** Squares looked at around a glyph's own, each way: a glyph far larger than its kind reaches no further. */
const maxSpan = 2
/** Kept glyphs compared in one square: more of one character than that in so small a square is no text. */
const maxPerSquare = 16

function hasCopy(
  glyphs: ReadonlyArray<Glyph>,
  kept: ReadonlyMap<number, ReadonlyArray<number>>,
  glyph: Glyph,
  reach: number,
  column: number,
  row: number,
  span: number
): boolean {
  for (let across = column - span; across <= column + span; across++) {
    for (let down = row - span; down <= row + span; down++) {
      const square = kept.get(squareKey(across, down))
      if (!square) continue
      for (let at = 0; at < square.length && at < maxPerSquare; at++) {
        const other = glyphs[square[at]!]!
        if (Math.abs(other.left - glyph.left) <= reach && Math.abs(other.top - glyph.top) <= reach && Math.abs(other.size - glyph.size) <= reach) {
          return true
        }
      }
    }
  }
  return false
}

/** One number per square (two squares may share one: each glyph is compared by place anyway). */
function squareKey(column: number, row: number): number {
  return column * 2_097_152 + row
}
