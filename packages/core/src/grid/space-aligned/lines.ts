import {readAlignedLine, type AlignedFragment, type AlignedLine} from '../detect-space-aligned.js'
import {marksBetween, type Line} from '../../text/lines.js'
import {isBareNumber} from '../../text/page-number.js'
import type {ContentLine, Piece, SpaceAlignedOptions} from './model.js'
import {markSpreadLabels} from './spread-labels.js'
import {tolerances} from './tolerances.js'


/**
 * The content lines of a table (not blank, not a page number), cut into pieces, each
 * with its page (`segment`): pages break at form feeds, at page numbers, at breaks the
 * options mark, and before a repeat of the table's header. Pieces' positions are filled
 * in once the metric is known (`placePieces`).
 */
export function collectLines(lines: ReadonlyArray<Line>, options: SpaceAlignedOptions): Array<ContentLine> {
  const given = options.aligned
  const aligned = lines.map((line, index) => {
    const cut = given?.[index]
    return cut && cut.line === line ? cut : readAlignedLine(line)
  })
  const marks = new PageMarks(lines, options)
  const content: Array<ContentLine> = []
  let segment = 0
  let pendingBreak = false
  aligned.forEach((item, index) => {
    const seen = content.length > 0
    if ((item.formFeed || marks.breaksBefore(index)) && seen) pendingBreak = true
    if (item.blank) return
    if (item.pageNumber || marks.isBarePageNumber(aligned, index)) {
      if (seen) pendingBreak = true
      return
    }
    if (pendingBreak) segment++
    pendingBreak = false
    const order = content.length
    const pieces = item.fragments.map((fragment) => toPiece(fragment, item.line, order))
    content.push({
      order,
      aligned: item,
      segment,
      pieces,
      numbers: pieces.filter((piece) => piece.value),
      kind: 'text',
      values: [],
      labels: [],
      heads: [],
      columns: [],
      header: false,
      doubts: undefined,
      packed: undefined,
      placed: undefined
    })
  })
  markRepeatedHeaders(content)
  markSpreadLabels(content)
  return content
}

/** Page breaks the options mark, by line number. */
class PageMarks {
  constructor(
    private readonly lines: ReadonlyArray<Line>,
    private readonly options: SpaceAlignedOptions
  ) {}

  /** Whether a page break marked in the options lies between line `index` and the line before it. */
  breaksBefore(index: number): boolean {
    return this.markedBefore(index, this.options.formFeeds) || this.markedBefore(index, this.options.pageNumbers)
  }

  /** Whether a bare number (`3`) is the page's number: a page break follows within a few blank lines. */
  isBarePageNumber(aligned: ReadonlyArray<AlignedLine>, index: number): boolean {
    if (!isBareNumber(aligned[index]!.line.text)) return false
    for (let next = index + 1; next < aligned.length && next <= index + tolerances.pageNumberReach; next++) {
      // A page number dropped before the break was the page's number: the bare one is none.
      if (this.markedBefore(next, this.options.pageNumbers)) return false
      if (aligned[next]!.formFeed || this.markedBefore(next, this.options.formFeeds)) return true
      if (!aligned[next]!.blank) return false
    }
    return false
  }

  /** Whether a line number of `marks` lies between line `index` and the line before it, its own included. */
  private markedBefore(index: number, marks: ReadonlySet<number> | undefined): boolean {
    const line = this.lines[index]!.line
    return marksBetween(marks, index > 0 ? this.lines[index - 1]!.line : line - 1, line)
  }
}

/**
 * The header of the table printed again after rows, word for word, starts a new page
 * (Word repeats header rows at the top of each page) where nothing else marks the
 * break: its page number dropped and its form feed trimmed before the table is read.
 * Sets `segment` of the lines from each repeat on.
 */
function markRepeatedHeaders(content: ReadonlyArray<ContentLine>): void {
  const firstData = content.findIndex((line) => line.numbers.length > 0)
  // A header is a few lines (the detector lets a table lead in with eight at most).
  if (firstData <= 0 || firstData > tolerances.maxHeaderLines) return
  if (content.slice(0, firstData).reduce((total, line) => total + line.pieces.length, 0) < tolerances.minHeaderWords) return
  // Each line's words joined once, when asked: every start compares the header's lines
  // with the lines there, and lines of another length (of the joined words) are no repeat.
  const lengths = content.map((line) => line.pieces.reduce((total, piece) => total + piece.text.length + 1, -1))
  const signatures: Array<string | undefined> = []
  const signature = (order: number) =>
    (signatures[order] ??= content[order]!.pieces.map((piece) => piece.text).join('\u0001'))
  const lead = content.slice(0, firstData).map((_, order) => order)
  for (let start = firstData + 1; start + lead.length <= content.length; start++) {
    if (!lead.every((order) => lengths[start + order] === lengths[order] && signature(start + order) === signature(order))) continue
    if (content[start]!.segment === content[start - 1]!.segment) {
      for (let order = start; order < content.length; order++) content[order]!.segment++
    }
    start += lead.length - 1
  }
}

function toPiece(fragment: AlignedFragment, line: Line, order: number): Piece {
  return {
    order,
    line,
    text: fragment.text,
    from: fragment.from,
    to: fragment.to,
    endLine: line,
    endTo: fragment.to,
    fragment,
    value: fragment.value,
    numbered: fragment.numbered,
    x: fragment.charX,
    width: fragment.width,
    printed: fragment.length,
    nx: fragment.charX,
    nwidth: fragment.width,
    lx: fragment.charX
  }
}

/** Most values on one line: the number of value columns the rows tell (before the geometry is read). */
export function valueCount(lines: ReadonlyArray<ContentLine>): number {
  let most = 0
  for (const line of lines) if (line.numbers.length > most) most = line.numbers.length
  return most
}

/**
 * The numbers of a line that stand where their columns are: not pushed one space apart
 * from another number (`1001 1002 1003`), nor from a spread label (`pushedByLabel`).
 */
export function placedValues(line: ContentLine): ReadonlyArray<Piece> {
  // Asked for every metric and every grouping of the columns, once the numbers are joined.
  if (line.placed) return line.placed
  const values = line.numbers
  const text = line.aligned.line.text
  const pushed = (left: Piece | undefined, right: Piece | undefined) =>
    left !== undefined && right !== undefined && right.from - left.to === 1 && text[left.to] === ' '
  line.placed = values.filter(
    (piece, index) => piece !== line.pushedByLabel && !pushed(values[index - 1], piece) && !pushed(piece, values[index + 1])
  )
  return line.placed
}

/** Whether the numbers of a line are one space apart: pushed together, not where their columns are. */
export function isPacked(line: ContentLine): boolean {
  if (line.packed === undefined) {
    const values = line.numbers
    const text = line.aligned.line.text
    line.packed =
      values.length >= 2 &&
      values.every((piece, index) => index === 0 || (piece.from - values[index - 1]!.to === 1 && text[piece.from - 1] === ' '))
  }
  return line.packed
}
