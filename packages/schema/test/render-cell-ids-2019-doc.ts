import {crosswalk, crosswalkUnmatched, template2019} from '../src/index.js'

/** The markdown of docs/cell-ids-2019.md: the 2019 form's cells and the crosswalk to 2021, generated. */
export function renderCellIds2019Doc(): string {
  const lines = [
    '# Cell ids of the 2019 form',
    '',
    'Generated from `@xxgk/schema` (`pnpm docs:cells`); do not edit by hand.',
    '',
    'Every cell of the 2019 template (国办公开办函〔2019〕60号: reports for 2019 and 2020, and',
    'agencies that kept the form) has a stable id, as the 2021 cells do ([cell-ids.md](cell-ids.md)):',
    'the key of the flat `cells` map of a result whose `template` is `\'2019\'`, its column in the',
    'series CSV and the `cellId` of diagnostics. Ids the two forms share name the same row and column.',
    '',
    'Each row also says what the cell is on the 2021 form (the crosswalk, `crosswalk` and',
    '`crosswalkCells()` of `@xxgk/schema`): `=` the same cell, `Σ` the sum of the 2021 cells, `—` no counterpart.',
    ''
  ]
  for (const table of template2019.tables) {
    lines.push('## 表' + table.number + ' ' + table.title, '', '| id | row | column | unit | 2021 |', '| --- | --- | --- | --- | --- |')
    for (const cell of template2019.cells) {
      if (cell.table !== table) continue
      const row = cell.row.group === undefined ? cell.row.label : cell.row.group + ' / ' + cell.row.label
      const column = cell.column.group === undefined ? cell.column.label : cell.column.group + ' / ' + cell.column.label
      const entry = crosswalk.find((candidate) => candidate.cell2019 === cell.id)
      const counterpart = !entry
        ? '—'
        : entry.relation === 'same'
          ? '= `' + entry.cells2021[0] + '`'
          : 'Σ ' + entry.cells2021.map((id) => '`' + id + '`').join(' + ')
      lines.push('| `' + cell.id + '` | ' + row + ' | ' + column + ' | ' + cell.unit + ' | ' + counterpart + ' |')
    }
    lines.push('')
  }
  lines.push(
    '## 2021 cells without a 2019 counterpart',
    '',
    '表二 changed its quantities in 2021 (documents made, repealed and in force; the fee amount in 万元):',
    'no 2019 cell measures them, and `crosswalkCells(cells, \'2019\', \'2021\')` leaves them null. So',
    'are the three 2021 （六） rows, which a 2019 report gives only as their sum.',
    '',
    ...crosswalkUnmatched['2021'].map((id) => '- `' + id + '`'),
    ''
  )
  return lines.join('\n')
}
