import {pageTolerances, type Box, type Glyph, type Rule, type Word, type WordLine} from './model.js'

/**
 * Groups glyphs into lines (glyphs whose vertical middles lie within `sameLine` × their
 * size), each line into words (split where the gap between two glyphs is wider than
 * `wordGap` × size, or where one of the vertical rules `walls` crosses the line between
 * them: the word after it is `walled`), top to bottom and left to right. White-space
 * glyphs are dropped: the gaps themselves say where words part.
 *
 * @example
 *   toLines(glyphs).map((line) => line.text) // ['一、总体情况', '2023 年，本机关…']
 */
export function toLines(glyphs: ReadonlyArray<Glyph>, tolerances = pageTolerances, walls: ReadonlyArray<Rule> = []): Array<WordLine> {
  const visible = glyphs.filter((glyph) => glyph.text.trim() !== '')
  return lineGroups(visible, (glyph) => glyph, tolerances).map((line) => toLine(line, tolerances, walls))
}

/**
 * Items of glyphs grouped into lines, top to bottom, each line left to right: an item
 * joins the line whose first glyph's vertical middle lies within `sameLine` × its size
 * of its own. Sorts `items`.
 */
export function lineGroups<T>(items: Array<T>, glyphOf: (item: T) => Glyph, tolerances = pageTolerances): Array<Array<T>> {
  items.sort((a, b) => middle(glyphOf(a)) - middle(glyphOf(b)) || glyphOf(a).left - glyphOf(b).left)
  const lines: Array<Array<T>> = []
  let current: Array<T> = []
  let lineMiddle = 0
  for (const item of items) {
    const glyph = glyphOf(item)
    if (current.length > 0 && Math.abs(middle(glyph) - lineMiddle) > tolerances.sameLine * glyph.size) {
      lines.push(current)
      current = []
    }
    if (current.length === 0) lineMiddle = middle(glyph)
    current.push(item)
  }
  if (current.length > 0) lines.push(current)
  for (const line of lines) line.sort((a, b) => glyphOf(a).left - glyphOf(b).left)
  return lines
}

function toLine(glyphs: Array<Glyph>, tolerances: typeof pageTolerances, walls: ReadonlyArray<Rule>): WordLine {
  const y = middle(glyphs[0]!)
  const across = walls.filter((wall) => wall.axis === 'vertical' && wall.from <= y && wall.to >= y)
  const words: Array<Word> = []
  let run: Array<Glyph> = []
  let walled = false
  for (const glyph of glyphs) {
    const last = run.at(-1)
    const wall = last !== undefined && across.some((rule) => rule.at >= middleX(last) && rule.at <= middleX(glyph))
    if (last && (wall || glyph.left - last.right > tolerances.wordGap * Math.max(glyph.size, last.size))) {
      words.push(toWord(run, walled))
      run = []
      walled = wall
    }
    run.push(glyph)
  }
  if (run.length > 0) words.push(toWord(run, walled))
  return {
    words,
    box: unionBox(words.map((word) => word.box)),
    text: words.map((word) => word.text).join(' '),
    size: median(glyphs.map((glyph) => glyph.size))
  }
}

function toWord(glyphs: ReadonlyArray<Glyph>, walled: boolean): Word {
  const word: Word = {
    text: glyphs.map((glyph) => glyph.text).join(''),
    box: unionBox(glyphs),
    size: median(glyphs.map((glyph) => glyph.size))
  }
  if (walled) word.walled = true
  return word
}

/** The horizontal middle of a glyph's box. */
function middleX(box: Box): number {
  return (box.left + box.right) / 2
}

/** The vertical middle of a glyph's box. */
export function middle(box: Box): number {
  return (box.top + box.bottom) / 2
}

/** The smallest box holding every box given (a zero box for none). */
export function unionBox(boxes: ReadonlyArray<Box>): Box {
  if (boxes.length === 0) return {left: 0, top: 0, right: 0, bottom: 0}
  let {left, top, right, bottom} = boxes[0]!
  for (const box of boxes) {
    if (box.left < left) left = box.left
    if (box.top < top) top = box.top
    if (box.right > right) right = box.right
    if (box.bottom > bottom) bottom = box.bottom
  }
  return {left, top, right, bottom}
}

/** A box to a tenth of a point: as precise as a place in a record needs to be. */
export function roundBox(box: Box): Box {
  const round = (value: number) => Math.round(value * 10) / 10
  return {left: round(box.left), top: round(box.top), right: round(box.right), bottom: round(box.bottom)}
}

/** The median of glyph sizes and the like: the upper of the two middle values (0 for none). */
export function median(values: ReadonlyArray<number>): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
