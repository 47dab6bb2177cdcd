import {cellText, type GridTable} from './report-tables.js'

/**
 * A table the way plain-text exports print it (LibreOffice's “Text” filter, mammoth's
 * raw text, html-to-text): every paragraph of every cell on a line of its own, in row
 * order, an empty cell as an empty line, and nothing to mark where a row ends.
 */
export function cellStreamTableLines(table: GridTable): string[] {
  const lines: string[] = []
  for (const row of table.rows) {
    for (const cell of row) lines.push(...(cell.lines.length > 0 ? cell.lines : ['']))
  }
  return lines
}

/** Width (in characters) at which a label wraps in {@link textRowsTableLines}. */
const labelWidth = 15

/**
 * A table the way `pdftotext -raw` prints it: a row's cells single spaces apart, a
 * header cell of several paragraphs over several lines, and a long label wrapped onto
 * lines of its own before the line that ends it with the row's values.
 */
export function textRowsTableLines(table: GridTable): string[] {
  const lines: string[] = []
  for (const row of table.rows) {
    if (row.every((cell) => cell.role === 'header')) {
      const single = row.filter((cell) => cell.lines.length <= 1).map(cellText)
      if (single.length > 0) lines.push(single.join(' '))
      for (const cell of row) if (cell.lines.length > 1) lines.push(...cell.lines)
      continue
    }
    const labels = row.filter((cell) => cell.role === 'label').map(cellText)
    const values = row.filter((cell) => cell.role === 'value').map(cellText)
    const pieces = wrap(labels.at(-1) ?? '')
    const outer = labels.slice(0, -1)
    if (pieces.length > 1) lines.push(...[outer.join(' '), ...pieces.slice(0, -1)].filter((line) => line !== ''))
    lines.push([...(pieces.length > 1 ? [] : outer), pieces.at(-1) ?? '', ...values].filter((part) => part !== '').join(' '))
  }
  return lines
}

function wrap(text: string): string[] {
  const pieces: string[] = []
  for (let start = 0; start < text.length; start += labelWidth) pieces.push(text.slice(start, start + labelWidth))
  return pieces.length > 0 ? pieces : ['']
}
