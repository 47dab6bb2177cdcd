import type {VFile} from 'vfile'
import {CellStreamDetector} from '../grid/detect-cell-stream.js'
import {fromCellPerLine} from '../grid/from-cell-per-line.js'
import {fromCellStream} from '../grid/from-cell-stream.js'
import {fromPipeTable} from '../grid/from-pipe-table.js'
import {pipeTableRun, recurringLines} from '../grid/detect-pipe-table.js'
import {SpaceAlignedDetector} from '../grid/detect-space-aligned.js'
import {fromSpaceAligned, type LabelNames} from '../grid/from-space-aligned.js'
import {fromTabRows} from '../grid/from-tab-rows.js'
import {matchSectionHeading} from '../text/section-heading.js'
import {readHeadingMarks, splitFootnoteRuns} from '../text/converter-marks.js'
import {defaultLimits} from '../limits.js'
import {lastIsSum, wholeNumber} from '../number/adds-up.js'
import {ParseError} from '../parse-error.js'
import type {Block, Limits, Root, Table, TableCell} from '../types.js'
import {report} from '../report/message.js'
import {removeDebris} from '../text/clean-text.js'
import {linePosition, splitLines, trimInvisible, type Line} from '../text/lines.js'
import {isPageNumber} from '../text/page-number.js'
import {endsSentence} from '../text/sentence.js'
import {markTruncated} from '../text/mark-truncated.js'

const pipeRow = /^[ \t]*\|/u
/** Longest line the space-aligned detector looks at. */
const maxAlignedLine = 1000
const markdownHeading = /^(#{1,6})[ \t]+(\S.*)$/u
/** Two blank columns or more between two pieces of text: a column gap. */
const paddedGap = /\S[ \u3000]{2,}\S/u
const closingHashes = /[ \t]+#+$/u
/** An html comment alone on its line (markdown shows none), and what it says. */
const lineComment = /^[ \t]*<!--(.{0,200}?)-->[ \t]*$/u
/** A converter's comment for a page break (`<!-- PAGE_BREAK -->`, `<!-- pagebreak -->`). */
const pageBreakComment = /page[ _-]?break/iu

/**
 * Turns report text into the block tree: paragraphs, markdown headings and tables in
 * every text layout (one cell per line, tab rows, pipe tables, space-aligned, a stream of
 * cells without row marks), each with
 * positions.
 * Conversion debris is removed from paragraphs and reported as `info`.
 *
 * @param labels what the forms' labels say of a text (`labelNamesOf` of the config), for
 *   the space-aligned reader's joins that only a label proves; without it, none is made.
 */
export function fromText(text: string, file: VFile, limits: Limits = defaultLimits, labels?: LabelNames): Root {
  const numbered = splitLines(text)
  // Where pages break, before form feeds are trimmed and page numbers dropped: the
  // space-aligned reader needs it, as `pdftotext` lays out each page on its own grid.
  const formFeeds = text.includes('\f') ? formFeedLines(numbered) : new Set<number>()
  const pageNumbers = new Set<number>()
  const lines = dropPageNumbers(readMarks(numbered.map(trimInvisible), file), file, pageNumbers)
  const pageStarts = new Set([...formFeeds, ...pageNumbers])
  const children: Array<Block> = []
  // What the space-aligned detector sees: no line of a printed table is this long, and a
  // longer one (hostile input) reads as blank there, which bounds the detector's work.
  let aligned: SpaceAlignedDetector | undefined
  let cellStream: CellStreamDetector | undefined
  let recurring: Set<string> | undefined
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    const value = line.text
    if (isBlank(value)) {
      index++
      continue
    }
    const pipe = pipeRow.test(value) ? pipeTableRun(lines, index, (recurring ??= recurringLines(lines))) : undefined
    if (pipe) {
      refuseLargeTable(pipe.rows.reduce((sum, row) => sum + count(row.text, '|'), 0), limits)
      for (const line of pipe.furniture) {
        const text = line.text.replaceAll('|', ' ').trim()
        report(file, isPageNumber(text) ? 'text-page-number' : 'text-page-furniture',
          'Dropped ' + (isPageNumber(text) ? 'page-number' : 'page furniture') + ' `' + text + '` inside a table', {
          place: linePosition(line, 0, line.text.length),
          severity: 'info'
        })
      }
      const table = fromPipeTable(pipe.rows, pipe.floating)
      if (table) children.push(table)
      index = pipe.end
      continue
    }
    if (value.includes('\t')) {
      const end = tableBlockEnd(lines, index)
      const block = lines.slice(index, end)
      refuseLargeTable(block.reduce((sum, line) => sum + count(line.text, '\t'), 0), limits)
      const tabLines = block.filter((candidate) => candidate.text.includes('\t'))
      const oneCellLines = tabLines.filter((candidate) => isOneCellLine(candidate.text))
      if (oneCellLines.length < tabLines.length * 0.8) children.push(fromTabRows(block))
      // One cell per line needs blank lines between its rows; without them the cells are
      // a stream, rows told by labels and values.
      else if (block.filter((candidate) => isBlank(candidate.text)).length < Math.min(3, tabLines.length / 20)) {
        children.push(fromCellStream(block.map(untab), undefined, pageStarts))
      }
      else children.push(fromCellPerLine(block))
      index = end
      continue
    }
    // After the pipe and tab layouts: a padded pipe table looks space-aligned too.
    aligned ??= new SpaceAlignedDetector(lines.map((line) => (line.text.length > maxAlignedLine ? {...line, text: ''} : line)))
    // Only a line with a gap of two spaces (or an ideographic space) can start one.
    const gapped = value.includes('  ') || value.includes('\u3000') || nextGapped(lines, index)
    const alignedEnd = !gapped || matchSectionHeading(value) ? undefined : spaceAlignedEnd(aligned, lines, index)
    if (alignedEnd !== undefined) {
      const block = lines.slice(index, alignedEnd)
      refuseLargeTable(block.reduce((sum, line) => sum + line.text.length, 0) / 4, limits)
      // The detector cut these lines already (the long ones blanked, cut again by the reader).
      const detector = aligned
      const cut = block.map((_, offset) => detector.aligned(index + offset))
      children.push(distrustSplitNumbers(fromSpaceAligned(block, {formFeeds, pageNumbers, aligned: cut, labels}), block))
      index = alignedEnd
      continue
    }
    // Last: a table whose cells stand one per line with nothing to mark its rows.
    cellStream ??= new CellStreamDetector(lines)
    const stream = cellStream.find(index)
    if (stream && stream.start === index) {
      refuseLargeTable(stream.cells, limits)
      const block = lines.slice(index, stream.end)
      const detector = cellStream
      children.push(fromCellStream(block, block.map((_, offset) => detector.streamLine(index + offset)), pageStarts))
      index = stream.end
      continue
    }
    const heading = value.length <= 400 ? markdownHeading.exec(value) : null
    if (heading) {
      children.push({
        type: 'heading',
        depth: heading[1]!.length,
        value: clean(heading[2]!.replace(closingHashes, ''), line, file),
        position: linePosition(line, 0, value.length)
      })
    } else {
      children.push({type: 'paragraph', value: clean(value, line, file), position: linePosition(line, 0, value.length)})
    }
    index++
  }
  markTruncated(text, children)
  const last = lines.at(-1) ?? {text: '', line: 1, offset: 0}
  return {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: linePosition(last, last.text.length, last.text.length).end}
  }
}

/**
 * The lines with a converter's marks read away: headings on most lines
 * (`readHeadingMarks`) and rows strung with footnote marks (`splitFootnoteRuns`), each
 * kind reported once, where it is first found.
 */
function readMarks(lines: Array<Line>, file: VFile): Array<Line> {
  const headings = readHeadingMarks(lines)
  reportMarks(file, headings.headings, 'markdown headings as plain lines: a converter headed most lines by their font size')
  const runs = splitFootnoteRuns(headings.lines)
  reportMarks(file, runs.split, 'lines strung with footnote marks (`(^…)`, `^`) a converter set on numbers as the rows they hold')
  return runs.lines
}

/** One `text-converter-marks` for the lines read so, placed at the first. */
function reportMarks(file: VFile, lines: ReadonlyArray<Line>, what: string): void {
  const [first] = lines
  if (!first) return
  report(file, 'text-converter-marks', 'Read ' + lines.length + ' ' + what, {
    place: linePosition(first, 0, first.text.length),
    severity: 'info'
  })
}

/**
 * Where a table block that starts at `start` ends: tab lines, the blank lines between
 * them, and short lines without a tab that continue a wrapped cell.
 */
function tableBlockEnd(lines: ReadonlyArray<Line>, start: number): number {
  let index = start
  let lastTabLine = start
  while (index < lines.length) {
    const text = lines[index]!.text
    if (text.includes('\t')) {
      lastTabLine = index
      index++
      continue
    }
    let next = index
    while (next < lines.length && isBlank(lines[next]!.text)) next++
    const blanks = next - index
    const following = lines[next]?.text
    if (following === undefined) break
    if (following.includes('\t')) {
      index = next
      continue
    }
    // A wrapped cell continues on a short line of its own, after at most one blank line,
    // and only where the table is one cell per line (the tab line just before is `\t…`).
    const previous = lines[lastTabLine]!.text
    const cellPerLine = isOneCellLine(previous)
    if (
      (blanks === 0 || (blanks === 1 && cellPerLine)) &&
      isContinuation(following) &&
      next === lastTabLine + 1 + blanks &&
      tableGoesOn(lines, next + 1)
    ) {
      lastTabLine = next
      index = next + 1
      continue
    }
    break
  }
  return Math.max(index, lastTabLine + 1)
}

/** Whether a tab line comes next (after blank lines and other short lines): the table goes on. */
function tableGoesOn(lines: ReadonlyArray<Line>, from: number): boolean {
  for (let index = from; index < lines.length && index < from + 6; index++) {
    const text = lines[index]!.text
    if (text.includes('\t')) return true
    if (!isBlank(text) && !isContinuation(text)) return false
  }
  return false
}

/** Line numbers of the lines holding a form feed: each starts a page (`pdftotext` output). */
function formFeedLines(lines: ReadonlyArray<Line>): Set<number> {
  const found = new Set<number>()
  for (const line of lines) if (line.text.includes('\f')) found.add(line.line)
  return found
}

/**
 * Drops page-number lines, and the html comments converters leave on lines of their own
 * (`<!-- PAGE_BREAK -->`: markdown shows no comment). The blank lines around one (and
 * form feeds) fold into one blank line, or none where there was none: a page break
 * between rows stays a row break, and a page number inside a row or a wrapped label
 * leaves no trace but its line number, added to `dropped` (as is a comment that marks a
 * page break).
 */
function dropPageNumbers(lines: Array<Line>, file: VFile, dropped: Set<number>): Array<Line> {
  const isDropped = (text: string) => isPageNumber(text) || lineComment.test(text)
  if (!lines.some((line) => isDropped(line.text))) return lines
  const kept: Array<Line> = []
  const blank = (line: Line) => isBlank(line.text.replaceAll('\f', ''))
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (!isDropped(line.text)) {
      kept.push(line)
      continue
    }
    const comment = lineComment.exec(line.text)
    if (!comment || pageBreakComment.test(comment[1]!)) dropped.add(line.line)
    report(file, comment ? 'text-debris' : 'text-page-number', (comment ? 'Dropped the comment line `' : 'Dropped page-number line `') + line.text.trim() + '`', {
      place: linePosition(line, 0, line.text.length),
      severity: 'info'
    })
    let around = 0
    while (kept.length > 0 && blank(kept.at(-1)!)) {
      kept.pop()
      around++
    }
    while (index + 1 < lines.length && blank(lines[index + 1]!) && !isDropped(lines[index + 1]!.text)) {
      index++
      around++
    }
    if (around > 0) kept.push({text: '', line: line.line, offset: line.offset})
  }
  return kept
}

/**
 * pdftotext wraps a number too wide for its cell over two lines (`3120` / `0` for
 * 31200). A number alone on its line, with another number alone on the next or previous
 * line in the same columns, may be half of such a number: it is marked `truncated`, so
 * it reads as null with a diagnostic rather than as a number that lost its digits; a
 * number whose cell spans its line and the next was joined whole and stands, and so does
 * the last number of a row that is the sum of the others (three or more), joined across a
 * label's line or not: the row's own check proves it whole and in its column.
 */
function distrustSplitNumbers(table: Table, block: ReadonlyArray<Line>): Table {
  const lone = new Map<number, {from: number; to: number}>()
  for (const line of block) {
    const match = /^(\s*)(\d[\d,.]*)\s*$/u.exec(line.text)
    if (match) lone.set(line.line, {from: match[1]!.length, to: match[1]!.length + match[2]!.length})
  }
  if (lone.size < 2) return table
  const overlaps = (a: {from: number; to: number}, b: {from: number; to: number}) => a.from < b.to + 2 && b.from < a.to + 2
  for (const row of table.children) {
    for (const cell of row.children) {
      const line = cell.position?.start.line
      const here = line === undefined ? undefined : lone.get(line)
      if (!here) continue
      // The reader joined the halves on lines next to each other. Halves on either side of
      // a label line stay distrusted even when joined: such a join may stand in a
      // neighbour's column.
      if (cell.position!.end.line === line! + 1) continue
      if (sumsItsRow(row.children, cell)) continue
      // The two halves sit on the lines next to each other, or on either side of the
      // label line the number belongs to.
      const near = [line! - 2, line! - 1, line! + 1, line! + 2].map((other) => lone.get(other))
      if (near.some((other) => other !== undefined && overlaps(here, other))) cell.truncated = true
    }
  }
  return table
}

/** Whether a cell holds the last number of its row's cells and the sum of the others (three or more, whole numbers). */
function sumsItsRow(cells: ReadonlyArray<TableCell>, cell: TableCell): boolean {
  const numbers = cells.filter((other) => wholeNumber.test(other.value.trim()))
  return numbers.at(-1) === cell && numbers.length >= 4 && lastIsSum(numbers.map((other) => other.value.trim()))
}

/** Whether the next line has a gap of two spaces (a table may start one line early, at its title). */
function nextGapped(lines: ReadonlyArray<Line>, index: number): boolean {
  const next = lines[index + 1]?.text ?? ''
  return next.includes('  ') || next.includes('\u3000')
}

/**
 * Where a space-aligned table starting at `start` ends, if one does: never across a tab
 * line, a pipe row or a section heading, which belong to other layouts or end the table.
 */
function spaceAlignedEnd(detector: SpaceAlignedDetector, lines: ReadonlyArray<Line>, start: number): number | undefined {
  const end = detector.tableEnd(start)
  if (end === undefined) return undefined
  // Columns padded apart: rows of single-spaced numbers alone are the text-rows layout
  // of the cell-stream reader (`pdftotext -raw`), a stray ideographic space aside.
  let padded = 0
  for (let index = start; index < end && padded < 2; index++) if (paddedGap.test(lines[index]!.text)) padded++
  if (padded < 2) return undefined
  for (let index = start + 1; index < end; index++) {
    const text = lines[index]!.text
    if (text.includes('\t') || pipeRow.test(text) || (text.length <= 60 && matchSectionHeading(text))) {
      return index - start >= 2 ? index : undefined
    }
  }
  return end
}

/** The line without its leading tab, positions still pointing into the input. */
function untab(line: Line): Line {
  if (line.text.charCodeAt(0) !== 9) return line
  return {...line, text: line.text.slice(1), offset: line.offset + 1, shift: (line.shift ?? 0) + 1}
}

/** A line of the layout “one cell per line”: a tab, then a cell without another tab. */
function isOneCellLine(text: string): boolean {
  return text.charCodeAt(0) === 9 && !text.includes('\t', 1)
}

function count(text: string, character: string): number {
  let total = 0
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) total++
  return total
}

/** Refuses a table over the cell limit before any cell of it is built. */
function refuseLargeTable(cells: number, limits: Limits): void {
  if (cells > limits.maxTableCells) {
    throw new ParseError('TOO_LARGE', 'A table of about ' + cells + ' cells exceeds the limit of ' + limits.maxTableCells)
  }
}

/** A line with nothing on it; a lone tab is an empty cell, not a blank line. */
function isBlank(text: string): boolean {
  return !text.includes('\t') && text.trim() === ''
}

function isContinuation(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= 24 && !endsSentence(trimmed) && !matchSectionHeading(trimmed)
}

function clean(value: string, line: Line, file: VFile): string {
  const {text, debris} = removeDebris(value)
  for (const piece of debris) {
    report(file, 'text-debris', 'Removed conversion debris `' + piece.value + '`', {
      place: linePosition(line, piece.index, piece.index + piece.value.length),
      severity: 'info',
      actual: piece.value
    })
  }
  // Bold in markdown (`**一、总体情况**`, as docx-to-markdown tools print headings) is
  // markup, like a heading's `#`: the marks go, the words stay.
  return (text.includes('**') ? text.replaceAll('**', '') : text).trim()
}
