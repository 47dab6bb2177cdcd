import type {CellId, CellId2021} from '../cell-ids.js'
import {activeDisclosureTable} from './active-disclosure.js'
import {applicationsTable} from './applications.js'
import {reviewLitigationTable} from './review-litigation.js'
import type {CellUnit, TableKey, TemplateColumn, TemplateRow, TemplateTable} from './types.js'

/** The three tables of the 2021 template, in printed order. */
export const templateTables: ReadonlyArray<TemplateTable> = [
  activeDisclosureTable,
  applicationsTable,
  reviewLitigationTable
]

/** Everything known about one cell of the template; `Id` narrows its id to one form's. */
export interface TemplateCell<Id extends CellId = CellId> {
  readonly id: Id
  readonly table: TemplateTable
  readonly row: TemplateRow
  readonly column: TemplateColumn
  readonly unit: CellUnit
}

/** Every cell of the template, in printed order, with its table, row and column. */
export const templateCells = cellsOfTables(templateTables) as ReadonlyArray<TemplateCell<CellId2021>>

/**
 * Every cell of a template's tables, in printed order; a column's own unit before its row's.
 * Each id is its table, row and column keys joined; those of the two forms are the
 * `cellIds` and `cellIds2019` (`test/cell-ids*.test.ts` proves both equal to the spec).
 */
export function cellsOfTables(tables: ReadonlyArray<TemplateTable>): ReadonlyArray<TemplateCell> {
  return tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.columns.map((columnKey) => {
        const column = table.columns.find((candidate) => candidate.key === columnKey)
        if (!column) throw new Error('Template row `' + row.key + '` names unknown column `' + columnKey + '`')
        const id = (table.key + '.' + row.key + '.' + column.key) as CellId
        return {id, table, row, column, unit: column.unit ?? row.unit}
      })
    )
  )
}

/**
 * Id of the cell at a template table, row and column.
 *
 * @example
 *   cellId('applications', 'denied.stateSecret', 'research') // 'applications.denied.stateSecret.research'
 */
export function cellId(table: TableKey, row: string, column: string): string {
  return table + '.' + row + '.' + column
}
