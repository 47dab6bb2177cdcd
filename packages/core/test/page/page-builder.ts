import type {Glyph, PageContent, Rule} from '../../src/index.js'

/** Glyphs of a text set on one line from `left`, one em wide each, the line's top at `top`. */
export function glyphs(text: string, left: number, top: number, size = 10): Array<Glyph> {
  return [...text].map((character, index) => ({
    text: character,
    left: left + index * size,
    right: left + (index + 1) * size,
    top,
    bottom: top + size,
    size
  }))
}

/** The rules of a full grid: horizontal lines at `ys`, vertical at `xs`, all crossing. */
export function grid(xs: ReadonlyArray<number>, ys: ReadonlyArray<number>): Array<Rule> {
  return [
    ...ys.map((at): Rule => ({axis: 'horizontal', at, from: xs[0]!, to: xs.at(-1)!})),
    ...xs.map((at): Rule => ({axis: 'vertical', at, from: ys[0]!, to: ys.at(-1)!}))
  ]
}

export function page(number: number, glyphList: Array<Glyph>, rules: Array<Rule> = [], height = 842): PageContent {
  return {number, width: 595, height, glyphs: glyphList, rules}
}
