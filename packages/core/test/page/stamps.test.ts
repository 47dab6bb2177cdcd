import {describe, expect, it} from 'vitest'
import {pageTolerances, type Glyph} from '../../src/page/model.js'
import {dropStamps} from '../../src/page/stamps.js'

/** A glyph `size` wide and tall from its top left. */
const glyph = (text: string, left: number, top: number, size = 10): Glyph => ({text, left, right: left + size, top, bottom: top + size, size})

describe('dropStamps', () => {
  it('should drop a glyph twice the size of text its box overlaps, and keep the text', () => {
    const text = [glyph('规', 100, 100), glyph('章', 110, 100)]
    // 28 pt over the two: overlapping each by 10 × 10.
    const stamp = glyph('2', 95, 90, 28)
    const {kept, dropped} = dropStamps([...text, stamp], pageTolerances)
    expect(kept).toEqual(text)
    expect(dropped).toBe(1)
  })

  it('should keep a large title that overlaps nothing, text under 2 × the size it overlaps, and boxes that only touch', () => {
    const glyphs = [
      glyph('报', 100, 20, 28), glyph('告', 128, 20, 28),
      glyph('规', 100, 100), glyph('章', 110, 100),
      // 18 pt (1.8 ×) over `规`.
      glyph('1', 98, 95, 18),
      // 28 pt touching `章` by 2 pt only.
      glyph('3', 118, 72, 28)
    ]
    expect(dropStamps(glyphs, pageTolerances)).toEqual({kept: glyphs, dropped: 0})
  })
})
