import type {Glyph, PageContent, Rule} from '@xxgk/core'

/** What the engine read of a document besides its pages. */
export interface PdfContent {
  pages: Array<PageContent>
  /** Per page: glyphs whose font maps them to no character (shown as U+FFFD). */
  unmapped: Array<number>
  /** Per page: image objects (a page of images and no glyphs is a scan). */
  images: Array<number>
  /** Per page: quarter turns (clockwise) its text runs from the page as shown; 0 for most. */
  turns: Array<number>
  /** Per page: glyphs set at an angle to the page's text (a watermark, a stamp), left out. */
  aside: Array<number>
  /** Per page: glyphs the page does not show (invisible over shown text, clipped away, beyond its crop box), left out. */
  hidden: Array<number>
}

/** What a page holds besides its glyphs and rules. */
export interface PageCounts {
  unmapped: number
  images: number
  turn: number
  aside: number
  hidden: number
}

/**
 * What the engine reads, as three arrays of numbers: it crosses from the engine's worker
 * thread by moving three buffers, where the same pages as objects (thousands of glyphs)
 * would be copied one by one.
 */
export interface PackedContent {
  /** Per page, `pageFields` numbers: number, width, height, glyphs, rules, unmapped glyphs, images, turn, glyphs aside, glyphs hidden. */
  pages: Float64Array<ArrayBuffer>
  /** Per glyph, `glyphFields` numbers: code point (0xFFFD when unmapped), left, right, top, bottom, size. */
  glyphs: Float64Array<ArrayBuffer>
  /** Per rule, `ruleFields` numbers: axis (0 horizontal, 1 vertical), at, from, to. */
  rules: Float64Array<ArrayBuffer>
}

const pageFields = 10
const glyphFields = 6
const ruleFields = 4

/** A growing array of numbers. */
class NumberList {
  private data: Float64Array<ArrayBuffer> = new Float64Array(1024)
  length = 0

  /** Makes room for `count` more numbers and returns where they go. */
  grow(count: number): Float64Array {
    if (this.length + count > this.data.length) {
      const next = new Float64Array(Math.max(this.data.length * 2, this.length + count))
      next.set(this.data.subarray(0, this.length))
      this.data = next
    }
    return this.data
  }

  toArray(): Float64Array<ArrayBuffer> {
    return this.data.slice(0, this.length)
  }
}

/** Collects what the engine reads, page by page, into a `PackedContent`. */
export class ContentBuilder {
  private readonly pages = new NumberList()
  private readonly glyphs = new NumberList()
  private readonly rules = new NumberList()
  private glyphsBefore = 0
  private rulesBefore = 0

  glyph(code: number, left: number, right: number, top: number, bottom: number, size: number): void {
    const list = this.glyphs
    const data = list.grow(glyphFields)
    const at = list.length
    data[at] = code
    data[at + 1] = left
    data[at + 2] = right
    data[at + 3] = top
    data[at + 4] = bottom
    data[at + 5] = size
    list.length = at + glyphFields
  }

  rule(axis: Rule['axis'], at: number, from: number, to: number): void {
    const list = this.rules
    const data = list.grow(ruleFields)
    const index = list.length
    data[index] = axis === 'horizontal' ? 0 : 1
    data[index + 1] = at
    data[index + 2] = from
    data[index + 3] = to
    list.length = index + ruleFields
  }

  /** Ends a page: the glyphs and rules since the last page are its own. */
  page(number: number, width: number, height: number, counts: PageCounts): void {
    const glyphs = this.glyphs.length / glyphFields
    const rules = this.rules.length / ruleFields
    const list = this.pages
    const data = list.grow(pageFields)
    const at = list.length
    data[at] = number
    data[at + 1] = width
    data[at + 2] = height
    data[at + 3] = glyphs - this.glyphsBefore
    data[at + 4] = rules - this.rulesBefore
    data[at + 5] = counts.unmapped
    data[at + 6] = counts.images
    data[at + 7] = counts.turn
    data[at + 8] = counts.aside
    data[at + 9] = counts.hidden
    list.length = at + pageFields
    this.glyphsBefore = glyphs
    this.rulesBefore = rules
  }

  finish(): PackedContent {
    return {pages: this.pages.toArray(), glyphs: this.glyphs.toArray(), rules: this.rules.toArray()}
  }
}

/** The pages of glyph and rule objects the page geometry of `@xxgk/core` reads. */
export function unpack(packed: PackedContent): PdfContent {
  const content: PdfContent = {pages: [], unmapped: [], images: [], turns: [], aside: [], hidden: []}
  const {pages, glyphs: glyphData, rules: ruleData} = packed
  let glyphAt = 0
  let ruleAt = 0
  for (let at = 0; at < pages.length; at += pageFields) {
    const glyphs: Array<Glyph> = []
    for (let end = glyphAt + pages[at + 3]! * glyphFields; glyphAt < end; glyphAt += glyphFields) {
      glyphs.push({
        text: String.fromCodePoint(glyphData[glyphAt]!),
        left: glyphData[glyphAt + 1]!,
        right: glyphData[glyphAt + 2]!,
        top: glyphData[glyphAt + 3]!,
        bottom: glyphData[glyphAt + 4]!,
        size: glyphData[glyphAt + 5]!
      })
    }
    const rules: Array<Rule> = []
    for (let end = ruleAt + pages[at + 4]! * ruleFields; ruleAt < end; ruleAt += ruleFields) {
      rules.push({axis: ruleData[ruleAt] === 0 ? 'horizontal' : 'vertical', at: ruleData[ruleAt + 1]!, from: ruleData[ruleAt + 2]!, to: ruleData[ruleAt + 3]!})
    }
    content.pages.push({number: pages[at]!, width: pages[at + 1]!, height: pages[at + 2]!, glyphs, rules})
    content.unmapped.push(pages[at + 5]!)
    content.images.push(pages[at + 6]!)
    content.turns.push(pages[at + 7]!)
    content.aside.push(pages[at + 8]!)
    content.hidden.push(pages[at + 9]!)
  }
  return content
}
