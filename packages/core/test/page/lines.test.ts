import {describe, expect, it} from 'vitest'
import {toLines, type Rule} from '../../src/index.js'
import {glyphs} from './page-builder.js'

describe('toLines', () => {
  // `三、本` and `（一）予以公开` 2 pt apart, as a browser prints two cells: no gap a word split sees.
  const line = [...glyphs('三、本', 100, 50), ...glyphs('（一）予以公开', 132, 50)]

  it('should keep glyphs closer than the word gap as one word', () => {
    expect(toLines(line).map((read) => read.words.map((word) => word.text))).toEqual([['三、本（一）予以公开']])
  })

  it('should part them where a drawn vertical rule crosses the line between them, the word after it walled', () => {
    const wall: Rule = {axis: 'vertical', at: 131, from: 40, to: 70}
    const [read] = toLines(line, undefined, [wall])
    expect(read!.words.map((word) => [word.text, word.walled ?? false])).toEqual([
      ['三、本', false],
      ['（一）予以公开', true]
    ])
    expect(read!.text).toBe('三、本 （一）予以公开')
  })

  it('should not part them for a rule that passes above or below the line, or a horizontal one', () => {
    const walls: Array<Rule> = [
      {axis: 'vertical', at: 131, from: 0, to: 45},
      {axis: 'horizontal', at: 55, from: 0, to: 300}
    ]
    expect(toLines(line, undefined, walls)[0]!.words).toHaveLength(1)
  })
})
