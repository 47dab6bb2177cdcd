import type {Position} from '@xxgk/schema'
import type {Nodes} from 'hast'

/**
 * The place of an html node in the source the page was parsed from, as the core's
 * `Position` (1-indexed line and column, 0-indexed offset); `undefined` for nodes the
 * parser made up (an implied `<tbody>`).
 *
 * @example
 *   positionOf(fromHtml('<p>x</p>', {fragment: true}).children[0]) // {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 9, offset: 8}}
 */
export function positionOf(node: Nodes): Position | undefined {
  const {position} = node
  if (!position) return undefined
  const start: Position['start'] = {line: position.start.line, column: position.start.column}
  const end: Position['end'] = {line: position.end.line, column: position.end.column}
  if (position.start.offset !== undefined) start.offset = position.start.offset
  if (position.end.offset !== undefined) end.offset = position.end.offset
  return {start, end}
}
