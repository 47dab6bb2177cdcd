import {describe, expect, it} from 'vitest'
import {pageTolerances, type Glyph} from '../../src/page/model.js'
import {dropOverprint} from '../../src/page/overprint.js'

const glyph = (text: string, left: number, top: number, size = 10): Glyph => ({text, left, right: left + size / 2, top, bottom: top + size, size})

describe('dropOverprint', () => {
  it('should keep the first of a glyph drawn again within 0.2 × its size, across and down', () => {
    const first = [glyph('1', 100, 50), glyph('2', 105, 50)]
    const again = [glyph('1', 101.5, 50.5), glyph('2', 106.9, 49.1)]
    expect(dropOverprint([...first, ...again], pageTolerances)).toEqual(first)
  })

  it('should keep a glyph drawn three times once, whichever order the copies sort in', () => {
    const kept = glyph('8', 100.6, 50)
    expect(dropOverprint([kept, glyph('8', 100, 50), glyph('8', 101.2, 50)], pageTolerances)).toEqual([kept])
  })

  it('should keep the same character a glyph apart, another character over it, and a line below', () => {
    const glyphs = [glyph('1', 100, 50), glyph('1', 105, 50), glyph('7', 100.5, 50), glyph('1', 100, 60)]
    expect(dropOverprint(glyphs, pageTolerances)).toEqual(glyphs)
  })

  it('should give the page\'s own array back when nothing is drawn twice', () => {
    const glyphs = [glyph('规', 100, 50), glyph('章', 110, 50)]
    expect(dropOverprint(glyphs, pageTolerances)).toBe(glyphs)
  })
})

describe('dropOverprint on a page of one character', () => {
  it('should stay linear: 40,000 `1` in one column, each drawn twice, read once each', () => {
    const glyphs: Array<Glyph> = []
    for (let row = 0; row < 20_000; row++) glyphs.push(glyph('1', 100, row * 12))
    for (let row = 0; row < 20_000; row++) glyphs.push(glyph('1', 100.3, row * 12 + 0.1))
    const kept = dropOverprint(glyphs, pageTolerances)
    expect(kept).toHaveLength(20_000)
    expect(kept.every((item) => item.left === 100)).toBe(true)
  })
})
