import {expandGrid, type GridTable} from './report-tables.js'

/**
 * A table the way a .docx → text conversion prints it (seeds/000): every cell of a row on
 * its own line after a tab, a cell continuing a vertical merge as a bare tab, a
 * horizontally merged cell once, a second paragraph of a cell on the next line without a
 * tab, and a blank line after each row.
 */
export function cellPerLineTableLines(table: GridTable): string[] {
  const lines: string[] = []
  for (const row of expandGrid(table)) {
    for (const slot of row) {
      if (!slot.left) continue
      if (!slot.top) {
        lines.push('\t')
        continue
      }
      const [first = '', ...rest] = slot.cell.lines
      lines.push('\t' + first, ...rest)
    }
    lines.push('')
  }
  return lines
}
