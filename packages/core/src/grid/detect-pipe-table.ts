import {matchSectionHeading} from '../text/section-heading.js'
import type {Line} from '../text/lines.js'
import {endsSentence} from '../text/sentence.js'
import {isPageNumber} from '../text/page-number.js'

const pipeRow = /^[ \t]*\|/u
const markdownHeading = /^#{1,6}[ \t]/u
/** A short number alone on a line between parts of a table: a page number printed bare (`3`). */
const barePageNumber = /^\s*\d{1,3}\s*$/u
/** A table's own title (`表三：收到和处理…`, `**表三**`): the next table starts there. */
const tableTitle = /^[#*\s]*(?:附)?表\s*[一二三四五六七八九1-9]/u
/** A line in bold (`**四、…**`): a heading as converters print them. */
const boldLine = /^\*\*.*\*\*$/u

/**
 * Most non-blank lines between two parts of one table: page furniture (a running head, a
 * page footer) and the label pieces a converter could not place in their rows. A longer
 * run of text is prose between two tables.
 */
const maxGapLines = 40
/**
 * Shortest running head: a shorter line that recurs is a piece of a label (`本`, `年度` of
 * `三、本年度办理结果` cut up again for every row), not a page's furniture.
 */
const minRunningHead = 6
/** Longest line read as a piece of a cell set outside its table; longer lines are prose. */
const maxFloatingLength = 40

/**
 * A pipe table as a PDF → markdown converter may leave it: its rows, and what stands
 * between them where pages broke.
 */
export interface PipeTableRun {
  /** The table's rows in order, the first one its header; delimiter rows left out. */
  rows: Array<Line>
  /** Lines of text between rows that are no page furniture: cell text the converter set outside the table. */
  floating: Array<Line>
  /** Lines between rows read as page furniture (a repeated running head, a bare page number). */
  furniture: Array<Line>
  /** Index of the line after the table. */
  end: number
}

/**
 * Finds the pipe table starting at `lines[start]` and follows it across page breaks:
 * after blank lines, page furniture and short lines of cell text, rows of `| … |`
 * continue the table, with or without a header and delimiter of their own (a converter
 * that made each page's part a table of its own promoted its first row to a header; that
 * row is data like the others). A page break may fall between the header and its
 * delimiter too. A heading, a table's title or a sentence between two sets of rows
 * ends the table: what follows is another. Rows without any delimiter are a table only
 * when there are two or more of them.
 *
 * @param recurring trimmed texts of lines that occur more than once in the input: a
 *   running head between two parts of a table is furniture, not a cell.
 */
export function pipeTableRun(
  lines: ReadonlyArray<Line>,
  start: number,
  recurring: ReadonlySet<string>
): PipeTableRun | undefined {
  const header = lines[start]
  if (!header || !pipeRow.test(header.text) || isDelimiterRow(header.text)) return undefined
  const run: PipeTableRun = {rows: [header], floating: [], furniture: [], end: start + 1}
  let delimited = false
  let index = start + 1
  while (index < lines.length) {
    const text = lines[index]!.text
    if (pipeRow.test(text)) {
      if (isDelimiterRow(text)) delimited = true
      else if (run.rows.length > 0 && isFurnitureRow(text, recurring)) run.furniture.push(lines[index]!)
      else run.rows.push(lines[index]!)
      run.end = ++index
      continue
    }
    const gap = gapEnd(lines, index, recurring)
    const next = lines[gap.end]?.text
    if (next === undefined || !pipeRow.test(next)) break
    run.floating.push(...gap.floating)
    run.furniture.push(...gap.furniture)
    index = gap.end
  }
  if (!delimited && run.rows.length < 2) return undefined
  return run
}

/** Where the lines between two parts of a table end, and which of them are cell text. */
function gapEnd(
  lines: ReadonlyArray<Line>,
  start: number,
  recurring: ReadonlySet<string>
): {end: number; floating: Array<Line>; furniture: Array<Line>} {
  const floating: Array<Line> = []
  const furniture: Array<Line> = []
  let index = start
  for (; index < lines.length; index++) {
    const line = lines[index]!
    const text = line.text.replaceAll('\f', '').trim()
    if (text === '') continue
    if (pipeRow.test(line.text)) break
    if (floating.length + furniture.length >= maxGapLines) return {end: index, floating: [], furniture: []}
    if ((text.length >= minRunningHead && recurring.has(text)) || isLonePageNumber(lines, index)) furniture.push(line)
    else if (isFloatingText(text)) floating.push(line)
    else return {end: index, floating: [], furniture: []}
  }
  return {end: index, floating, furniture}
}

/**
 * A row whose one non-empty cell is a page number or a running head (`| — 3 — |  |  |`):
 * page furniture a converter set inside the table.
 */
function isFurnitureRow(text: string, recurring: ReadonlySet<string>): boolean {
  const fields = text.split(/(?<!\\)\|/u).map((field) => field.trim()).filter((field) => field !== '')
  if (fields.length !== 1) return false
  const only = fields[0]!
  return isPageNumber(only) || (only.length >= minRunningHead && recurring.has(only))
}

/**
 * A bare number between blank lines (or rows) is a page number; one next to other text
 * is a piece of a label (`2` / `.重复` / `申请`).
 */
function isLonePageNumber(lines: ReadonlyArray<Line>, index: number): boolean {
  if (!barePageNumber.test(lines[index]!.text)) return false
  const apart = (line: Line | undefined) => line === undefined || line.text.trim() === '' || pipeRow.test(line.text)
  return apart(lines[index - 1]) && apart(lines[index + 1])
}

/** A short piece of cell text: no heading, no sentence. */
function isFloatingText(text: string): boolean {
  return (
    text.length <= maxFloatingLength &&
    !markdownHeading.test(text) &&
    !tableTitle.test(text) &&
    !boldLine.test(text) &&
    !endsSentence(text) &&
    !matchSectionHeading(text)
  )
}

/** A GFM delimiter row (`| --- | :---: |`), checked without a backtracking pattern. */
export function isDelimiterRow(text: string): boolean {
  return text.length <= 10_000 && text.includes('-') && /^[ \t|:-]+$/u.test(text) && text.includes('|')
}

/** Cells of a pipe row: the unescaped pipes between its first and last. */
export function pipeCellCount(text: string): number {
  const trimmed = text.trim()
  let pipes = 0
  for (let index = 0; index < trimmed.length; index++) {
    const code = trimmed.charCodeAt(index)
    if (code === 92) index++
    else if (code === 124) pipes++
  }
  const closed = trimmed.length > 1 && trimmed.endsWith('|') && !trimmed.endsWith('\\|')
  return closed ? pipes - 1 : pipes
}

/**
 * Trimmed texts of the lines that occur more than once in the input, none of them pipe
 * rows: running heads repeated on every page.
 */
export function recurringLines(lines: ReadonlyArray<Line>): Set<string> {
  const seen = new Set<string>()
  const recurring = new Set<string>()
  for (const line of lines) {
    const text = line.text.trim()
    if (text === '' || text.length > maxFloatingLength * 2 || pipeRow.test(text)) continue
    if (seen.has(text)) recurring.add(text)
    else seen.add(text)
  }
  return recurring
}
