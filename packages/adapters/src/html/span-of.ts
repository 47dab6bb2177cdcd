import type {Position} from '@xxgk/schema'

/**
 * The position from the start of `first` to the end of `last` (the span of a line or
 * cell made of several text nodes); whichever exists if one is missing.
 *
 * @example
 *   spanOf(a, b) // {start: a.start, end: b.end}
 */
export function spanOf(first: Position | undefined, last: Position | undefined): Position | undefined {
  if (!first || !last) return first ?? last
  return {start: first.start, end: last.end}
}
