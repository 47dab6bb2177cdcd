import {cellKind} from '../number/read-number.js'
import {matchSectionHeading} from '../text/section-heading.js'
import type {Line} from '../text/lines.js'
import {endsSentence} from '../text/sentence.js'

/** A piece of a line of a cell stream: its text and UTF-16 offsets in the line. */
export interface StreamPiece {
  text: string
  from: number
  to: number
}

/** A line of a cell stream: its words of text, then the values that end it. */
export interface StreamLine {
  labels: Array<StreamPiece>
  values: Array<StreamPiece>
}

/** Longest line that can be one row (a label and seven values; 表四's fifteen values). */
const maxLineLength = 120
/** Blank lines a stream of cells may hold in a row (empty cells, paragraph breaks). */
const maxBlankRun = 8
/**
 * What a run of lines needs to be a table: four values, and either two labels each
 * followed by a value or five values in a row (表四 is one row of fifteen under its
 * header).
 */
const minValues = 4
const minLabelledRows = 2
const minValueRun = 5
/** Lines that break off mid-sentence or run long: wrapped prose before a table, not its header. */
const proseBreak = /[，,、：:]$/u
const maxHeaderLength = 40
const markdownHeading = /^#{1,6}\s/u
/** Two blank columns: a column gap of the space-aligned layout, never inside a cell. */
const columnGap = /[ \u3000\u00A0]{2}/u

/**
 * Cuts a line of a cell stream at its single spaces: the values that end it (a number
 * and the unit after it, `10.78 万元`, stay one value) and the words before them. A
 * line of one cell is one piece.
 *
 * @example
 *   readStreamLine('规章 1703 1018 1269') // labels: 规章; values: 1703, 1018, 1269
 */
export function readStreamLine(text: string): StreamLine {
  const words: Array<StreamPiece> = []
  let from = -1
  for (let index = 0; index <= text.length; index++) {
    const blank = index === text.length || isWhiteSpace(text.charCodeAt(index))
    if (blank && from !== -1) {
      words.push({text: text.slice(from, index), from, to: index})
      from = -1
    } else if (!blank && from === -1) {
      from = index
    }
  }
  const values: Array<StreamPiece> = []
  let end = words.length
  while (end > 0) {
    const word = words[end - 1]!
    if (cellKind(word.text) === 'value') {
      values.push(word)
      end--
      continue
    }
    // A unit after its number (`10.78 万元`): one value.
    const before = words[end - 2]
    if (before && cellKind(before.text) === 'value' && cellKind(text.slice(before.from, word.to)) === 'value') {
      values.push({text: text.slice(before.from, word.to), from: before.from, to: word.to})
      end -= 2
      continue
    }
    break
  }
  words.length = end
  return {labels: words, values: values.reverse()}
}

/** What `\s` matches (Unicode white space and the BOM), told by its code. */
function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Finds tables printed as a stream of cells in reading order, with neither tabs nor
 * aligned columns: one cell per line (what LibreOffice's and mammoth's plain-text export
 * and html-to-text make of a Word table), or a row's label and values on one line,
 * single spaces apart (`pdftotext -raw`). Each call looks at one start line; a run of
 * lines that holds no table is remembered, so a document is looked at in linear time
 * however its lines are asked about.
 */
export class CellStreamDetector {
  /** Index up to which the lines hold no table, from the last failed run. */
  private noTableUntil = -1
  /** The last table found, asked for again line by line over the prose before it. */
  private found: {from: number; start: number; end: number; cells: number} | undefined
  /** Lines cut so far, by index: the reader takes them rather than cutting them again. */
  private readonly cut: Array<StreamLine | undefined> = []

  constructor(private readonly lines: ReadonlyArray<Line>) {}

  /** Line `index` cut by {@link readStreamLine}, once. */
  streamLine(index: number): StreamLine {
    return (this.cut[index] ??= readStreamLine(this.lines[index]!.text))
  }

  /**
   * Whether a table of cells starts at or soon after `lines[start]`: its first and end
   * line indices and how many cells its lines hold (at most), or `undefined`. A table is a run of short lines (no sentence, no
   * section or markdown heading, at most a few blank lines in a row) holding at least
   * four values, and two labels each followed by a value or five values in a row.
   * Lines of wrapped prose before its first value, and lines of text after its last,
   * are not part of it.
   */
  find(start: number): {start: number; end: number; cells: number} | undefined {
    if (start < this.noTableUntil) return undefined
    const found = this.found
    if (found && start >= found.from && start <= found.start) return found
    const lines = this.lines
    let values = 0
    let labelled = 0
    let blanks = 0
    let first = start
    let lastValue = -1
    let run = 0
    let longestRun = 0
    let previous: 'text' | 'value' | undefined
    let cells = 0
    let index = start
    for (; index < lines.length; index++) {
      const text = lines[index]!.text.trim()
      if (text === '') {
        if (++blanks > maxBlankRun) break
        continue
      }
      blanks = 0
      if (!isStreamLine(text)) break
      const line = this.streamLine(index)
      cells += line.labels.length + line.values.length
      if (line.labels.length > 0) {
        if (values === 0 && line.values.length === 0 && isProse(text)) first = index + 1
        previous = 'text'
      }
      if (line.values.length > 0) {
        if (previous === 'text') labelled++
        run = previous === 'value' && line.labels.length === 0 ? run + line.values.length : line.values.length
        if (run > longestRun) longestRun = run
        values += line.values.length
        lastValue = index
        previous = 'value'
      }
    }
    // Any later start lies inside this run and ends where it ends, with fewer lines.
    if (values < minValues || (labelled < minLabelledRows && longestRun < minValueRun)) {
      this.noTableUntil = index
      return undefined
    }
    this.found = {from: start, start: first, end: lastValue + 1, cells}
    return this.found
  }
}

/**
 * A line (trimmed) that can stand in a cell stream: short, no tab, pipe or gap of two
 * blank columns (other layouts' columns; a single ideographic space may stand inside a
 * label), not a sentence and no heading.
 */
function isStreamLine(text: string): boolean {
  return (
    text.length <= maxLineLength &&
    !text.includes('\t') &&
    !text.includes('|') &&
    !columnGap.test(text) &&
    !endsSentence(text) &&
    !markdownHeading.test(text) &&
    matchSectionHeading(text) === undefined
  )
}

function isProse(text: string): boolean {
  return text.length > maxHeaderLength || proseBreak.test(text)
}
