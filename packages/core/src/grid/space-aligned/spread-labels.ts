import {numbering} from '../detect-space-aligned.js'
import {joinLabelHalves} from './label-chains.js'
import type {ContentLine, Piece, ValueColumn} from './model.js'
import {tolerances} from './tolerances.js'

/**
 * Labels set with distributed alignment (Word's 分散对齐): the label's characters spread
 * across its cell, its first character at the cell's left edge and its last at the right
 * one, so that `pdftotext -layout` cuts it into one-character pieces
 * (`规               章 1086`, `1.   属       于       国   家 … 密 74`,
 * `（        一        ）       予 …`). A run of such pieces, led by one of them or by a
 * short row number (`1.`, `4. 保`), is one label cut apart. A label that fills its cell
 * prints the next cell's number one space after its last character, wherever the
 * number's column is: that number tells nothing of where its column stands.
 */

/** A short row number leading a spread label: `1.`, or with its first characters one space apart (`4. 保`, `4. 无 正`). */
const shortRowNumber = /^\d{1,2}[.、．](?: ?\S(?: \S)*)?$/u
/** A character a label may be spread into that is no Latin letter or digit. */
const latinOrDigit = /[A-Za-z0-9０-９]/u

/**
 * Marks the tables whose row labels are spread across their cells, told by a label on a
 * line with numbers whose pieces stand further apart than a justified line's (`isSetApart`):
 * each line with such a label (`spreadLabel`), and on every line of the table its first
 * number set one space after a label (`pushedByLabel`), which the geometry does not read
 * a column from. Lines that start with a label of several characters are passed at once.
 */
export function markSpreadLabels(content: ReadonlyArray<ContentLine>): void {
  const spreadLines: Array<ContentLine> = []
  let setApart = false
  for (const line of content) {
    if (line.numbers.length === 0 || !mayLeadSpread(line)) continue
    const first = line.pieces.indexOf(line.numbers[0]!)
    const runs = spreadRuns(line.pieces.slice(0, first), line.numbers[0])
    if (runs.length > 0) spreadLines.push(line)
    setApart ||= runs.some(isSetApart)
  }
  if (!setApart) return
  for (const line of spreadLines) line.spreadLabel = true
  for (const line of content) {
    const number = line.numbers[0]
    if (!number) continue
    const before = line.pieces[line.pieces.indexOf(number) - 1]
    if (before && !before.value && oneSpaceApart(before, number)) line.pushedByLabel = number
  }
}

/**
 * Whether a line may hold a spread label before its numbers: it starts with a piece of one,
 * or a group label's piece and then one (`三、本 （ 一 ） …`). Most lines start with a label
 * of several characters or with a number.
 */
function mayLeadSpread(line: ContentLine): boolean {
  const [lead, next] = line.pieces
  if (!lead || lead.value) return false
  return isSpreadCharacter(lead) || shortRowNumber.test(lead.text) || (next !== undefined && isSpreadCharacter(next))
}

/** Whether a table has spread labels (`markSpreadLabels`): the lines of others are left as they are. */
export function hasSpreadLabels(content: ReadonlyArray<ContentLine>): boolean {
  return content.some((line) => line.spreadLabel)
}

/**
 * Whether two pieces of a run stand further apart than the words of a justified line
 * (两端对齐 spreads the lines of a wrapped label, `5. 要 求 行 政 机 关 确 认`, one space
 * apart): only a label spread across its cell does that.
 */
function isSetApart(run: ReadonlyArray<Piece>): boolean {
  return run.some((piece, index) => index > 0 && blankBetween(run[index - 1]!, piece) >= tolerances.spreadApart)
}

/**
 * Joins each spread label of a line back into one piece, once its pieces are sorted into
 * labels and text over the value columns (`classifyLines`): its text the characters
 * without the spaces between them. A label's last character stands at its cell's right
 * edge, as far right as where the first value column starts: the text over the value
 * columns right after a label's characters that starts before the middle of the first
 * column is that label's end, not a header (`申 … 请`, `（二）部分公开…` / `形 ， 不 … ）`).
 */
export function joinSpreadLabels(line: ContentLine, firstColumn: ValueColumn): void {
  if (line.labels.length === 0) return
  const pieces = [...line.labels]
  for (const head of line.heads) {
    if (head.nx >= firstColumn.centre || !isSpreadCharacter(head)) break
    pieces.push(head)
  }
  const first = line.values.find((piece) => piece.value) ?? line.numbers[0]
  for (const run of spreadRuns(pieces, first)) {
    const ends = run.filter((piece) => line.heads.includes(piece))
    if (ends.length > 0) {
      line.heads = line.heads.filter((piece) => !ends.includes(piece))
      line.labels.push(...ends)
    }
    joinRun(line, run)
  }
}

/**
 * The runs of label pieces (in line order) that are one spread label each: one-character
 * pieces, led by one of them or by a short row number, three pieces at least, or two
 * standing apart (a two-character label spread across its cell) or right before the
 * line's first number (a label filling its cell). A row number starts a new run: it
 * begins the next label (`予 公 开 5. 属 于 …`).
 *
 * @param number the line's first number, if it has one.
 */
function spreadRuns(labels: ReadonlyArray<Piece>, number: Piece | undefined): Array<Array<Piece>> {
  const runs: Array<Array<Piece>> = []
  let run: Array<Piece> = []
  const close = () => {
    if (isSpreadRun(run, number)) runs.push(run)
    run = []
  }
  for (const piece of labels) {
    if (isSpreadCharacter(piece)) {
      run.push(piece)
    } else {
      close()
      if (shortRowNumber.test(piece.text)) run.push(piece)
    }
  }
  close()
  return runs
}

function isSpreadRun(run: ReadonlyArray<Piece>, number: Piece | undefined): boolean {
  if (run.length >= tolerances.minSpreadPieces) return true
  if (run.length !== 2) return false
  const [left, right] = run as [Piece, Piece]
  return (number !== undefined && oneSpaceApart(right, number)) || blankBetween(left, right) > tolerances.spreadPairGap
}

/** Whether a piece is one character of a spread label: one character, or a few set one space apart (`及 “ 三`), none Latin. */
function isSpreadCharacter(piece: Piece): boolean {
  // A piece of several characters holds a space between them (`及 “ 三`).
  if (piece.value || piece.numbered || (piece.text.length > 2 && !piece.text.includes(' ')) || latinOrDigit.test(piece.text)) return false
  for (const word of piece.text.split(' ')) {
    if (word.length === 0 || [...word].length !== 1) return false
  }
  return true
}

/** Whether two pieces stand on one line one space apart. */
function oneSpaceApart(left: Piece, right: Piece): boolean {
  return left.line === right.line && right.from - left.to === 1 && left.line.text[left.to] === ' '
}

/** Code points between two pieces of a line. */
function blankBetween(left: Piece, right: Piece): number {
  return right.fragment.charX - (left.fragment.charX + left.fragment.length)
}

/** Joins a run of spread pieces into its first: its text without the spaces, numbered when it starts so. */
function joinRun(line: ContentLine, run: ReadonlyArray<Piece>): void {
  const first = run[0]!
  const text = run.map((piece) => piece.text.replaceAll(' ', '')).join('')
  for (const piece of run.slice(1)) joinLabelHalves(line, first, piece)
  first.text = text
  first.numbered = numbering.test(text)
  const last = run.at(-1)!.fragment
  first.fragment = {
    ...first.fragment,
    text,
    to: first.to,
    width: last.displayX + last.width - first.fragment.displayX,
    length: last.charX + last.length - first.fragment.charX,
    numbered: first.numbered
  }
}
