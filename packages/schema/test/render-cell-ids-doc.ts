import {templateCells, templateTables} from '../src/index.js'

/** The markdown of docs/cell-ids.md, generated from the template. */
export function renderCellIdsDoc(): string {
  const lines = [
    '# Cell ids',
    '',
    'Generated from `@xxgk/schema` (`pnpm docs:cells`); do not edit by hand.',
    '',
    'Every cell of the 2021 template (国办公开办函〔2021〕30号) has a stable id: the key of the flat',
    '`cells` map, the column of the wide CSV and the `cellId` of diagnostics. The nested',
    '`report.tables` object has the same path (`applications.denied.stateSecret.research` →',
    '`report.tables.applications.denied.stateSecret.research`), where each value carries its provenance.',
    ''
  ]
  for (const table of templateTables) {
    lines.push('## 表' + table.number + ' ' + table.title, '', '| id | row | column | unit |', '| --- | --- | --- | --- |')
    for (const cell of templateCells) {
      if (cell.table !== table) continue
      const row = cell.row.group === undefined ? cell.row.label : cell.row.group + ' / ' + cell.row.label
      const column = cell.column.group === undefined ? cell.column.label : cell.column.group + ' / ' + cell.column.label
      lines.push('| `' + cell.id + '` | ' + row + ' | ' + column + ' | ' + cell.unit + ' |')
    }
    lines.push('')
  }
  return lines.join('\n')
}
