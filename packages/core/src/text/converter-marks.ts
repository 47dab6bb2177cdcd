import type {Line} from './lines.js'

/**
 * Marks a PDF-to-markdown converter sets by the look of the text rather than its
 * structure: one that heads lines by their font size heads every line of a report set in
 * one size (`### 规章 1086 220 673`), the tables' rows with them, and takes numbers set a
 * little below a label for footnotes (`(^369 429 …)`). Such marks are read away, so the
 * lines read as the text they carry; positions still point into the input (a line's start
 * moves past the marks; the pieces of a line cut at its footnote runs keep its number,
 * each with its own start).
 */

const headingMarks = /^#{1,6}[ \t]+(?=\S)/u

/**
 * Share of a text's non-blank lines that are markdown headings from which on the marks
 * carry no structure (headings are a few lines in 100 of a written report).
 */
export const headedLinesShare = 0.5
/** Fewest headed lines for that reading: a short text of a title and two sections is headed as written. */
export const fewestHeadedLines = 20

/** The lines with their heading marks read away, and the headed lines that were read so. */
export function readHeadingMarks(lines: Array<Line>): {lines: Array<Line>; headings: Array<Line>} {
  const headed = lines.filter((line) => line.text.startsWith('#') && headingMarks.test(line.text))
  if (headed.length < fewestHeadedLines) return {lines, headings: []}
  const nonBlank = lines.filter((line) => line.text.trim() !== '').length
  if (headed.length < nonBlank * headedLinesShare) return {lines, headings: []}
  return {lines: lines.map(unhead), headings: headed}
}

/** The line without its heading marks, its start moved past them. */
function unhead(line: Line): Line {
  const marks = line.text.startsWith('#') ? headingMarks.exec(line.text)?.[0].length : undefined
  if (!marks) return line
  return {text: line.text.slice(marks), line: line.line, offset: line.offset + marks, shift: (line.shift ?? 0) + marks}
}

/**
 * A run of numbers a converter took for a footnote, as it prints numbers set a little
 * below the line's first word (a row's values beside a label centred in a tall row):
 * `1.属于国家秘密 (^369 429 254 102 147 38 1339) 2.其他… (^330 …)`, several rows of a
 * table strung on one line. Digits, separators and blanks only.
 */
const footnoteRun = /\(\^([\d０-９][\d０-９,，.\s]*)\)?/gu
/** A footnote link's caret closing a line (`审结 总计^`): no text. */
const closingCaret = /\^[ \t]*$/u

/**
 * Each line strung with footnote runs cut into the lines it stands for: the text before
 * a run, the run's numbers without its marks, and so on, each a line of its own with the
 * same line number and its own start in the input. A caret closing a line is cut off.
 */
export function splitFootnoteRuns(lines: Array<Line>): {lines: Array<Line>; split: Array<Line>} {
  if (!lines.some((line) => line.text.includes('^'))) return {lines, split: []}
  const read: Array<Line> = []
  const split: Array<Line> = []
  for (const line of lines) {
    if (!line.text.includes('^')) {
      read.push(line)
      continue
    }
    const pieces: Array<Line> = []
    let from = 0
    for (const run of line.text.matchAll(footnoteRun)) {
      pieces.push(piece(line, from, run.index))
      const numbers = run.index + 2
      pieces.push(piece(line, numbers, numbers + run[1]!.length))
      from = run.index + run[0].length
    }
    pieces.push(piece(line, from, line.text.length))
    const kept = pieces.filter((candidate) => candidate.text.trim() !== '')
    if (kept.length > 1 || kept[0]?.text !== line.text) split.push(line)
    read.push(...(kept.length > 0 ? kept : [line]))
  }
  return {lines: read, split}
}

/** The part of a line from `from` to `to`, a caret closing it cut off, its start moved. */
function piece(line: Line, from: number, to: number): Line {
  const text = line.text.slice(from, to).replace(closingCaret, '').trimEnd()
  const leading = text.length - text.trimStart().length
  const start = from + leading
  return {text: text.slice(leading), line: line.line, offset: line.offset + start, shift: (line.shift ?? 0) + start}
}
