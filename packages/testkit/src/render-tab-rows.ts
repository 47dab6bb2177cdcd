import {cellText, expandGrid, type GridCell, type GridTable} from './report-tables.js'

/**
 * A table the way a converter that writes one row per line prints it (seeds/003): fields
 * joined by tabs, merged slots as empty fields so every row has the full field count.
 *
 * 表三 copies the seed's quirks exactly: its header and the rows whose label spans several
 * columns come out shifted one field to the left with a trailing empty field, and so does
 * the last row of （六）其他处理 (`3.其他`), which loses its group fields.
 */
export function tabRowsTableLines(table: GridTable): string[] {
  const rows = table.key === 'applications' ? applicationsFields(table) : plainFields(table)
  return rows.map((fields) => fields.join('\t'))
}

function plainFields(table: GridTable): string[][] {
  return expandGrid(table).map((row) => row.map((slot) => (slot.origin ? cellText(slot.cell) : '')))
}

function applicationsFields(table: GridTable): string[][] {
  const width = table.columnWidths.length
  const [top, middle, bottom, ...data] = table.rows
  if (!top || !middle || !bottom) throw new Error('表三 needs three header rows')
  const [corner, applicants] = top
  const [natural, organisations, total] = middle
  const text = (cell: GridCell | undefined) => (cell ? cellText(cell) : '')
  const rows: string[][] = [
    [text(corner), '', text(applicants), '', '', '', '', '', text(total), ''],
    ['', '', text(natural), text(organisations), '', '', '', '', '', ''],
    ['', '', '', ...bottom.map(text), '', '']
  ]
  const lastSubGroupRow = lastRowOfLastSubGroup(table)
  data.forEach((cells, index) => {
    const labels = cells.filter((cell) => cell.role === 'label').map(text)
    const values = cells.filter((cell) => cell.role === 'value').map(text)
    const spans = cells.filter((cell) => cell.role === 'label').map((cell) => cell.colSpan)
    let fields: string[]
    if (index + 3 === lastSubGroupRow) fields = [labels[labels.length - 1] ?? '', '', ...values, '']
    else if (labels.length === 2 && spans[1] === 2) fields = [labels[0] ?? '', labels[1] ?? '', ...values, '']
    else if (labels.length === 2) fields = ['', labels[0] ?? '', labels[1] ?? '', ...values]
    else if (spans[0] === 3) fields = [labels[0] ?? '', '', ...values, '']
    else if (spans[0] === 2 && index + 3 < lastSubGroupRow) fields = ['', labels[0] ?? '', ...values, '']
    else if (spans[0] === 2) fields = [labels[0] ?? '', '', ...values, '']
    else fields = ['', '', labels[0] ?? '', ...values]
    if (fields.length !== width)
      throw new Error('表三 row ' + String(index) + ' has ' + String(fields.length) + ' fields')
    rows.push(fields)
  })
  return rows
}

/** Index of the last row covered by the last sub-group label (（六）其他处理), in the second column. */
function lastRowOfLastSubGroup(table: GridTable): number {
  let last = -1
  expandGrid(table).forEach((row, index) => {
    const slot = row[1]
    if (index > 2 && slot?.origin && slot.cell.role === 'label' && slot.cell.colSpan === 1 && slot.cell.rowSpan > 1) {
      last = index + slot.cell.rowSpan - 1
    }
  })
  return last
}

/**
 * A table the way python-docx scripts print it (`'\t'.join(cell.text for cell in
 * row.cells)`): one row per line, every grid slot holding the text of the cell that
 * covers it, so merged cells repeat, across (`1226	1226	1226` under a header spanning
 * three columns) and down (`三、本年度办理结果` on each row of its group).
 */
export function tabSlotsTableLines(table: GridTable): string[] {
  return expandGrid(table).map((row) => row.map((slot) => cellText(slot.cell)).join('\t'))
}
