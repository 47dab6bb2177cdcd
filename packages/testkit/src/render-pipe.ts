import {cellText, expandGrid, type GridTable} from './report-tables.js'

/** Cell text made safe inside a GFM pipe table. */
export function escapePipeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/**
 * A table as a GFM pipe table: the first row of the form becomes the header row, each
 * merged cell's text sits in its top-left slot and the slots it covers stay empty.
 */
export function pipeTableLines(table: GridTable): string[] {
  const rows = expandGrid(table).map((row) =>
    row.map((slot) => (slot.origin ? escapePipeCell(cellText(slot.cell)) : ''))
  )
  const line = (fields: string[]) => '| ' + fields.join(' | ') + ' |'
  const [first, ...rest] = rows
  if (!first) return []
  return [line(first), line(first.map(() => '---')), ...rest.map(line)]
}
