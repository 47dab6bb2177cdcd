import type {Point, Position} from '@xxgk/schema'
import {linePosition} from '../../text/lines.js'
import type {Piece} from './model.js'
import {ordered} from './stats.js'

/** A Latin letter or digit (one character is tested). */
const latin = /^[A-Za-z0-9]$/u

/** Text of pieces in reading order: lines joined without a space, except between Latin words. */
export function joinText(pieces: ReadonlyArray<Piece>): string {
  const sorted = ordered(pieces, (a, b) => a.order - b.order || a.nx - b.nx)
  let text = ''
  for (const piece of sorted) {
    if (text !== '' && latin.test(text.at(-1)!) && latin.test(piece.text.charAt(0))) text += ' '
    text += piece.text
  }
  return text
}

/** Where pieces are: from the start of the first to the end of the last. */
export function positionOf(pieces: ReadonlyArray<Piece>): Position | undefined {
  if (pieces.length === 0) return undefined
  // Offsets compared first, points made for the two that win (the first of equal ones).
  let first = pieces[0]!
  let last = first
  let start = first.line.offset + first.from
  let end = last.endLine.offset + last.endTo
  for (let index = 1; index < pieces.length; index++) {
    const piece = pieces[index]!
    const head = piece.line.offset + piece.from
    const tail = piece.endLine.offset + piece.endTo
    if (head < start) {
      start = head
      first = piece
    }
    if (tail > end) {
      end = tail
      last = piece
    }
  }
  return {start: linePosition(first.line, first.from, first.from).start, end: linePosition(last.endLine, last.endTo, last.endTo).end}
}

/** Where positions are: from the earliest start to the latest end. */
export function spanOf(positions: ReadonlyArray<Position | undefined>): Position | undefined {
  let start: Point | undefined
  let end: Point | undefined
  for (const position of positions) {
    if (!position) continue
    if (!start || (position.start.offset ?? 0) < (start.offset ?? 0)) start = position.start
    if (!end || (position.end.offset ?? 0) > (end.offset ?? 0)) end = position.end
  }
  return start && end ? {start, end} : undefined
}
