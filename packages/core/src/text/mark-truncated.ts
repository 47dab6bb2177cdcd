import type {Block} from '../types.js'

/**
 * Input that stops inside a table (a cut download) may have cut the number in the last
 * cell short (`1829` → `18`): when the text does not end with a line ending or a closing
 * tag and its last block is a table, the cells reaching the end of the input are marked
 * `truncated`, and the mapper never trusts their numbers.
 *
 * @param text the whole input (text or html) the blocks were read from, with positions.
 */
export function markTruncated(text: string, children: ReadonlyArray<Block>): void {
  if (/(?:[\r\n]|>)\s*$/u.test(text.slice(-16))) return
  const table = children.at(-1)
  if (table?.type !== 'table') return
  const end = text.trimEnd().length
  for (const row of table.children) {
    for (const cell of row.children) {
      if ((cell.position?.end.offset ?? -1) >= end && cell.value !== '') cell.truncated = true
    }
  }
}
