import type {Point, Position} from '@xxgk/schema'
import {linePosition} from '../../text/lines.js'
import type {Piece} from './model.js'

/** A Latin letter or digit (one character is tested). */
const latin = /^[A-Za-z0-9]$/u

/** Text of pieces in reading order: lines joined without a space, except between Latin words. */
export function joinText(pieces: ReadonlyArray<Piece>): string {
  const sorted = [...pieces].sort((a, b) => a.order - b.order || a.nx - b.nx)
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
  let start: Point | undefined
  let end: Point | undefined
  for (const piece of pieces) {
    const head = linePosition(piece.line, piece.from, piece.to).start
    const tail = linePosition(piece.endLine, piece.endTo, piece.endTo).end
    if (!start || (head.offset ?? 0) < (start.offset ?? 0)) start = head
    if (!end || (tail.offset ?? 0) > (end.offset ?? 0)) end = tail
  }
  return {start: start!, end: end!}
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
