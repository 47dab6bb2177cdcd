import {describe, expect, it} from 'vitest'
import {clippedAway, isInvisibleMode, readsInvisibleText} from '../src/shown.js'

describe('which glyphs a page shows', () => {
  it('should take render modes 3 and 7 as invisible, the painting ones as shown', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(isInvisibleMode)).toEqual([false, false, false, true, false, false, false, true])
  })

  it('should read invisible text only where the page shows less than half as much', () => {
    expect(readsInvisibleText(0, 800)).toBe(true)
    expect(readsInvisibleText(12, 800)).toBe(true)
    expect(readsInvisibleText(400, 800)).toBe(false)
    expect(readsInvisibleText(187, 187)).toBe(false)
  })

  it('should take an object as clipped away only when no clip path\'s box, or their intersection, reaches it', () => {
    const text = {left: 100, bottom: 400, right: 160, top: 412}
    expect(clippedAway(text, [])).toBe(false)
    expect(clippedAway(text, [{left: 0, bottom: 0, right: 1, top: 1}])).toBe(true)
    // A cell's clip that holds half the text: partly shown, kept.
    expect(clippedAway(text, [{left: 130, bottom: 390, right: 200, top: 420}])).toBe(false)
    // Two clips that each reach it but do not meet: nothing is painted.
    expect(clippedAway(text, [{left: 0, bottom: 0, right: 120, top: 500}, {left: 140, bottom: 0, right: 600, top: 500}])).toBe(true)
  })
})
