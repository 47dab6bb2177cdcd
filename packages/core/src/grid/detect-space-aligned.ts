import {cellKind} from '../number/read-number.js'
import {matchSectionHeading} from '../text/section-heading.js'
import {characterWidth, displayWidth} from '../text/display-width.js'
import type {Line} from '../text/lines.js'
import {isBareNumber, isPageNumber, maxPageNumberLength} from '../text/page-number.js'
import {isReferenceMark} from '../text/reference-marks.js'
import {endsProse} from '../text/sentence.js'

/** A piece of text of a space-aligned line: a cell's text, a value, or part of a wrapped label. */
export interface AlignedFragment {
  /** Text as written (single spaces inside kept). */
  text: string
  /** UTF-16 offsets of the text in the line. */
  from: number
  to: number
  /**
   * Code points before the fragment on its line, form feeds not counted: the column
   * `pdftotext -layout` put it at (it counts characters, not display columns).
   */
  charX: number
  /** Display columns before the fragment, East Asian wide characters counting 2. */
  displayX: number
  /** Display columns of the text. */
  width: number
  /** Code points of the text: the columns it takes in `pdftotext` output. */
  length: number
  /** Whether the text reads as a value: a number (with a unit or note) or a mark such as `/` or `—`. */
  value: boolean
  /** Whether the text starts with a row number (`1.`, `（三）`, `四、`). */
  numbered: boolean
}

/** A line of a space-aligned layout, cut into fragments. */
export interface AlignedLine {
  line: Line
  fragments: Array<AlignedFragment>
  /** Runs of two or more blank columns between fragments. */
  gaps: number
  /** Whether the line holds a form feed (`pdftotext` starts each page with one). */
  formFeed: boolean
  /** Whether the line is only a page number (`- 3 -`, `— 3 —`, `第 3 页`, `3 / 6`). */
  pageNumber: boolean
  blank: boolean
}

/** Row numbering a label starts with: `1.` `1、` `（一）` `(一)` `一、`. */
export const numbering = /^(?:\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/u
const markdownHeading = /^#{1,6}\s/u
const whiteSpace = /\s/u

/** Lines of text a table may begin with before its first row of columns (wrapped headers). */
const maxLeadIn = 8
/** Blank lines a table may hold between two rows, or across a page break. */
const maxGap = 2
const maxPageGap = 12
/** Lines of wrapped label a table may end with after its last row of columns. */
const maxTrailing = 3
/** Display width of the widest line of wrapped text inside a table; prose lines are wider. */
const maxTextWidth = 60

/**
 * Cuts a line into fragments: text separated by two or more blank columns, numbers
 * separated by single spaces (`1001 1002`), and labels of two cells that the converter
 * set one space apart (`（三）不 4.保护第三方合法权益`, `三、本 法提供`).
 */
export function readAlignedLine(line: Line): AlignedLine {
  const text = line.text
  const words: Array<{from: number; to: number; charX: number; chars: number; displayX: number; width: number; gap: number}> = []
  let charX = 0
  let displayX = 0
  let gap = 0
  let formFeed = false
  let word: (typeof words)[number] | undefined
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index) ?? 0
    const size = code > 0xffff ? 2 : 1
    if (code === 12) {
      formFeed = true
    } else if (code === 32 || code === 9 || code === 0x3000 || code === 0xa0) {
      word = undefined
      const width = code === 0x3000 ? 2 : 1
      gap += width
      charX++
      displayX += width
    } else {
      // Numbers glued by the marks after them (`64①59①78①`, `pdftotext` of cells set close):
      // a digit right after a number's mark starts a number of its own.
      if (word && code >= 48 && code <= 57 && startsWithDigit(text, word.from) && marksNumber(text, index)) word = undefined
      if (!word) {
        word = {from: index, to: index, charX, chars: 0, displayX, width: 0, gap: words.length === 0 ? Infinity : gap}
        words.push(word)
        gap = 0
      }
      const width = characterWidth(code)
      word.to = index + size
      word.chars++
      word.width += width
      charX++
      displayX += width
    }
    index += size
  }

  const fragments: Array<AlignedFragment> = []
  let gaps = 0
  let start = 0
  const wordText = (index: number) => {
    const item = words[index]!
    return text.slice(item.from, item.to)
  }
  // Whether a word reads as a value, each word read once and only when asked.
  const valueWords: Array<boolean | undefined> = []
  const isValueWord = (index: number) => (valueWords[index] ??= isValue(wordText(index)))
  // The first word at or after `index` that is not a value (asked for rising indices).
  let nonValue = 0
  const valuesFrom = (index: number) => {
    nonValue = Math.max(nonValue, index)
    while (nonValue < words.length && isValueWord(nonValue)) nonValue++
    return nonValue === words.length
  }
  const push = (first: number, last: number) => {
    const head = words[first]!
    const tail = words[last]!
    const value = text.slice(head.from, tail.to)
    fragments.push({
      text: value,
      from: head.from,
      to: tail.to,
      charX: head.charX,
      displayX: head.displayX,
      width: tail.displayX + tail.width - head.displayX,
      length: tail.charX + tail.chars - head.charX,
      // A fragment of one word is that word, often read already.
      value: first === last ? isValueWord(first) : isValue(value),
      numbered: numbering.test(value)
    })
  }
  for (let index = 1; index < words.length; index++) {
    const current = words[index]!
    if (current.gap >= 2) {
      gaps++
      push(start, index - 1)
      start = index
      continue
    }
    if (splitsAtSpace(index, wordText, isValueWord, valuesFrom)) {
      push(start, index - 1)
      start = index
    }
  }
  if (words.length > 0) push(start, words.length - 1)
  // Blank: no word, or words of other white space only (rare: tested only then).
  const blank = words.length === 0 || (whiteSpace.test(text[words[0]!.from]!) && text.replaceAll('\f', '').trim() === '')
  return {
    line,
    fragments,
    gaps,
    formFeed,
    // A page number is short: the text between the first word and the last tells.
    pageNumber: !blank && words.at(-1)!.to - words[0]!.from <= maxPageNumberLength && isPageNumber(text.replaceAll('\f', '').trim()),
    blank
  }
}

function startsWithDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

/** Whether the character before `at` is a reference mark after a number's digits. */
function marksNumber(text: string, at: number): boolean {
  const before = text.codePointAt(at - 1) ?? 0
  const mark = before >= 0xdc00 && before <= 0xdfff ? (text.codePointAt(at - 2) ?? 0) : before
  if ((mark >= 48 && mark <= 57) || mark === 44 || mark === 46) return false
  return isReferenceMark(mark)
}

/**
 * Whether a table laid out with spaces (`pdftotext -layout`) starts at `lines[start]`:
 * returns the index after its last line, or `undefined`.
 *
 * A table is a run of lines whose cells are separated by two or more spaces (or that
 * hold three numbers or more), with the lines of wrapped headers before them, the
 * lines of wrapped labels between and after them, and page breaks (blank lines, form
 * feeds, page numbers) inside. It needs two such lines with a number, or three
 * without; prose (a sentence, a section heading, a line ending in `。` or `：`) is never
 * part of one.
 *
 * @example
 *   spaceAlignedTableEnd(splitLines('规章      3    1\n行政规范性文件  5  2\n'), 0) // 2
 */
export function spaceAlignedTableEnd(lines: ReadonlyArray<Line>, start: number): number | undefined {
  return new SpaceAlignedDetector(lines).tableEnd(start)
}

/**
 * The space-aligned tables of one document's lines, asked for line after line: each
 * line is cut once, and the reader of a table found takes its lines as cut here.
 *
 * The cut lines live as long as the detector, the document's reading: no cache outlives
 * it (a weak map keyed by lines would hold every document's lines until a full garbage
 * collection, which made each young-generation collection copy them again).
 */
export class SpaceAlignedDetector {
  private readonly cut: Array<AlignedLine | undefined>
  /** Whether each line may stand inside a table ({@link canContinue}), once asked. */
  private readonly continuing: Array<boolean | undefined>

  constructor(private readonly lines: ReadonlyArray<Line>) {
    this.cut = Array<AlignedLine | undefined>(lines.length)
    this.continuing = Array<boolean | undefined>(lines.length)
  }

  /** Line `index`, cut. */
  aligned(index: number): AlignedLine {
    return (this.cut[index] ??= readAlignedLine(this.lines[index]!))
  }

  /** {@link spaceAlignedTableEnd} of the detector's lines. */
  tableEnd(start: number): number | undefined {
    const lines = this.lines
    if (!lines[start] || !this.canLead(start)) return undefined

    let index = start
    while (index < lines.length && !isRowLine(this.aligned(index))) {
      if (index - start >= maxLeadIn || !this.canLead(index)) return undefined
      index++
    }
    if (index >= lines.length) return undefined

    let last = index
    let rowLines = 0
    let valueLines = 0
    let trailing = 0
    while (index < lines.length) {
      if (this.isSentence(index)) break
      const aligned = this.aligned(index)
      if (isRowLine(aligned)) {
        rowLines++
        if (aligned.fragments.some((fragment) => fragment.value)) valueLines++
        last = index
        trailing = 0
        index++
        continue
      }
      if (aligned.blank || aligned.pageNumber) {
        const next = this.afterGap(index)
        if (next === undefined || !this.continuesAt(next)) break
        index = next
        continue
      }
      if (!this.canContinue(index)) break
      if (this.continuesAt(index)) {
        index++
        continue
      }
      // Wrapped labels right after the last row: short, indented or narrow lines.
      if (index === last + 1 && trailing < maxTrailing && isTrailingLabel(aligned)) {
        trailing++
        last = index
        index++
        continue
      }
      break
    }
    const table = rowLines >= 3 || (rowLines >= 2 && valueLines >= 1)
    return table ? last + 1 : undefined
  }

  /**
   * Whether line `index` holds a sentence's end (`。`): no row line and no line inside a
   * table, known without cutting the line (most lines of prose).
   */
  private isSentence(index: number): boolean {
    return this.lines[index]!.text.includes('。')
  }

  /** Whether line `index` may stand in a table before its first row (a wrapped header). */
  private canLead(index: number): boolean {
    if (this.isSentence(index)) return false
    const aligned = this.aligned(index)
    if (aligned.blank || aligned.pageNumber) return false
    if (isRowLine(aligned)) return true
    return this.canContinue(index) && !endsProse(aligned.line.text.replaceAll('\f', ''))
  }

  /**
   * Whether line `index` may stand inside a table (a wrapped label or header): not a
   * sentence, not a heading, and narrower than a line of prose.
   */
  private canContinue(index: number): boolean {
    let known = this.continuing[index]
    if (known === undefined) {
      const text = this.aligned(index).line.text.replaceAll('\f', '').trim()
      known =
        !text.includes('。') &&
        !markdownHeading.test(text) &&
        displayWidth(text) <= maxTextWidth &&
        !matchSectionHeading(text)
      this.continuing[index] = known
    }
    return known
  }

  /**
   * The first line after the blank and page-number lines at `index`, when the gap is one
   * a table may hold: a few blank lines, or a page break.
   */
  private afterGap(index: number): number | undefined {
    const lines = this.lines
    let next = index
    let pageBreak = false
    while (next < lines.length && !this.isSentence(next)) {
      const aligned = this.aligned(next)
      if (!aligned.blank && !aligned.pageNumber && !this.isBarePageNumber(next)) break
      if (aligned.formFeed || aligned.pageNumber) pageBreak = true
      next++
    }
    if (next >= lines.length) return undefined
    if (lines[next]!.text.includes('\f')) pageBreak = true
    return next - index <= (pageBreak ? maxPageGap : maxGap) ? next : undefined
  }

  /**
   * A bare number alone on a line right before a page break: the page number of a page
   * whose footer has no dashes.
   */
  private isBarePageNumber(index: number): boolean {
    if (!isBareNumber(this.lines[index]!.text)) return false
    for (let next = index + 1; next < this.lines.length && next <= index + 4; next++) {
      const aligned = this.aligned(next)
      if (aligned.formFeed) return true
      if (!aligned.blank) return false
    }
    return false
  }

  /**
   * Whether the table goes on at `index`: a row line, or wrapped text (labels, a repeated
   * header) leading to a row line within a few lines.
   */
  private continuesAt(index: number): boolean {
    const lines = this.lines
    let next = index
    let textLines = 0
    while (next < lines.length) {
      if (this.isSentence(next)) return false
      const aligned = this.aligned(next)
      if (isRowLine(aligned)) return true
      if (aligned.blank || aligned.pageNumber) {
        const after = this.afterGap(next)
        if (after === undefined) return false
        next = after
        continue
      }
      if (!this.canContinue(next) || ++textLines > maxLeadIn) return false
      next++
    }
    return false
  }
}

/** Whether the fragment text reads as a value (number or mark). */
function isValue(text: string): boolean {
  // Text starting with a letter or a common Han character (which folding leaves as they
  // are) other than those of the marks 无, 空 and 不适用 is no number and no mark.
  const first = text.charCodeAt(0)
  if ((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a)) return false
  if (first >= 0x4e00 && first <= 0x9fff && first !== 0x65e0 && first !== 0x7a7a && first !== 0x4e0d) return false
  return cellKind(text) === 'value'
}

/**
 * Whether a single space before word `index` separates two fragments: numbers at the
 * end of the run, or two pieces of CJK text (labels of two cells, since labels of the
 * form hold no spaces), or a row number after CJK text.
 */
function splitsAtSpace(
  index: number,
  wordText: (index: number) => string,
  isValueWord: (index: number) => boolean,
  valuesFrom: (index: number) => boolean
): boolean {
  if (isValueWord(index)) return valuesFrom(index)
  const previous = wordText(index - 1)
  const current = wordText(index)
  const lastCode = previous.codePointAt(previous.length - 1 - (previous.length > 1 && isLowSurrogate(previous) ? 1 : 0)) ?? 0
  const endsWide = characterWidth(lastCode) === 2
  if (!endsWide || isValueWord(index - 1)) return false
  return numbering.test(current) || characterWidth(current.codePointAt(0) ?? 0) === 2
}

function isLowSurrogate(text: string): boolean {
  const code = text.charCodeAt(text.length - 1)
  return code >= 0xdc00 && code <= 0xdfff
}

/** A line of a table row: cells apart by two spaces or more, or three values. */
function isRowLine(aligned: AlignedLine): boolean {
  if (aligned.blank || aligned.pageNumber || aligned.fragments.length < 2) return false
  if (aligned.line.text.includes('。')) return false
  const values = aligned.fragments.filter((fragment) => fragment.value).length
  return aligned.gaps >= 1 || values >= 3
}

function isTrailingLabel(aligned: AlignedLine): boolean {
  const text = aligned.line.text.replaceAll('\f', '').trim()
  const width = displayWidth(text)
  const indented = (aligned.fragments[0]?.displayX ?? 0) > 0
  return !endsProse(text) && width <= 40 && (indented || width <= 24)
}

