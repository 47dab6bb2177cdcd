import {describe, expect, it} from 'vitest'
import {pageTolerances, type Glyph} from '../../src/page/model.js'
import {markSuperscripts} from '../../src/page/superscripts.js'

/** A glyph half its size wide whose baseline is at `baseline`. */
const glyph = (text: string, left: number, baseline: number, size = 10): Glyph => ({
  text,
  left,
  right: left + size / 2,
  top: baseline - 0.85 * size,
  bottom: baseline + 0.15 * size,
  size
})
const digits = (text: string, left: number, baseline: number, size = 10) => [...text].map((digit, index) => glyph(digit, left + (index * size) / 2, baseline, size))
const text = (glyphs: ReadonlyArray<Glyph>) => glyphs.map((each) => each.text).join('')

describe('markSuperscripts', () => {
  it('should turn digits set small and raised right after a number into superscripts (`2037¹²`)', () => {
    const glyphs = [...digits('2037', 100, 200), ...digits('12', 120.3, 196, 6)]
    expect(text(markSuperscripts(glyphs, pageTolerances))).toBe('2037¹²')
  })

  it('should give no mark to a number beside a watermark\'s digit, nor take a run of three raised digits for one', () => {
    // A 28 pt digit (a watermark's) before 16 pt ones, their baseline 12 pt higher: no number takes a mark that large.
    const watermark = [...digits('3', 100, 300, 28), ...digits('985', 114.5, 288, 16), ...digits('123456789', 200, 250)]
    expect(markSuperscripts(watermark, pageTolerances)).toBe(watermark)
    // `2037` then three small raised digits: footnotes run to 99.
    const long = [...digits('2037', 100, 200), ...digits('123', 120.3, 196, 6)]
    expect(markSuperscripts(long, pageTolerances)).toBe(long)
  })

  it('should keep digits of the number\'s own size, a small digit on the baseline, and a raised one a word away', () => {
    const glyphs = [
      ...digits('2037', 100, 200),
      ...digits('1', 120, 199.5),
      ...digits('5', 300, 200),
      ...digits('6', 305.2, 200, 6),
      ...digits('8', 400, 200),
      ...digits('9', 412, 196, 6)
    ]
    expect(markSuperscripts(glyphs, pageTolerances)).toBe(glyphs)
  })
})

describe('markSuperscripts on a column of digits down a page', () => {
  it('should stay linear: 60,000 numbers `1` with a raised `2` after each, one under another, each marked', () => {
    const glyphs: Array<Glyph> = []
    for (let row = 0; row < 30_000; row++) glyphs.push(glyph('1', 100, 12 * row + 10), glyph('2', 105, 12 * row + 6, 6))
    const marked = markSuperscripts(glyphs, pageTolerances)
    // Each row's `2` a superscript of its `1`, whatever thousands of rows stand above it.
    expect(marked.filter((each) => each.text === '²')).toHaveLength(30_000)
  })
})
