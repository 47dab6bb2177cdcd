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

describe('dropStamps on a page of many stamps', () => {
  /** `count` glyphs of 1 pt, `perLine` to a line, each with a 10 pt glyph over it. */
  function page(count: number, perLine: number): Array<Glyph> {
    const glyphs: Array<Glyph> = []
    for (let at = 0; at < count; at++) {
      const left = (at % perLine) * 2
      const top = Math.floor(at / perLine) * 12
      glyphs.push({text: '1', left, right: left + 0.5, top, bottom: top + 1, size: 1})
      glyphs.push({text: '8', left: left - 2, right: left + 3, top: top - 5, bottom: top + 5, size: 10})
    }
    return glyphs
  }

  it('should drop each of 50,000 stamps over 50,000 glyphs of text, 200 a line', () => {
    const {kept, dropped} = dropStamps(page(50_000, 200), pageTolerances)
    expect(dropped).toBe(50_000)
    expect(kept.every((glyph) => glyph.size === 1)).toBe(true)
  })

  it('should stay linear with every glyph on one line, its text kept whole', () => {
    const {kept, dropped} = dropStamps(page(50_000, 50_000), pageTolerances)
    expect(dropped).toBeGreaterThan(0)
    expect(kept.filter((glyph) => glyph.size === 1)).toHaveLength(50_000)
  })
})
