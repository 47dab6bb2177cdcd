import {cellIds, type CellId, type CellIdOf} from './cell-ids.js'
import {cellIds2019} from './template-2019/cell-ids.js'
import {templateCells2019, templateTables2019} from './template-2019/template.js'
import {templateCells, templateTables, type TemplateCell} from './template-2021/template.js'
import type {TemplateId, TemplateTable} from './template-2021/types.js'

/**
 * One version of the national form: its tables, its cells and their ids, in printed order.
 * `Template<'2021'>` has the 2021 ids; `Template` is either form, told apart by `id`.
 */
export type Template<T extends TemplateId = TemplateId> = T extends TemplateId
  ? {
      readonly id: T
      /** The document that set the form out. */
      readonly document: string
      readonly tables: ReadonlyArray<TemplateTable>
      readonly cells: ReadonlyArray<TemplateCell<CellIdOf<T>>>
      readonly cellIds: ReadonlyArray<CellIdOf<T>>
    }
  : never

/** The 2021 form (国办公开办函〔2021〕30号): reports from 2021 on. */
export const template2021: Template<'2021'> = {
  id: '2021',
  document: '国办公开办函〔2021〕30号',
  tables: templateTables,
  cells: templateCells,
  cellIds
}

/** The 2019 form (国办公开办函〔2019〕60号): reports for 2019 and 2020. */
export const template2019: Template<'2019'> = {
  id: '2019',
  document: '国办公开办函〔2019〕60号',
  tables: templateTables2019,
  cells: templateCells2019,
  cellIds: cellIds2019
}

/** Every template, newest first: iterate over these rather than naming one. */
export const templates: ReadonlyArray<Template> = [template2021, template2019]

/** The template of an id. */
export function templateOf<T extends TemplateId>(id: T): Template<T> {
  return (id === '2019' ? template2019 : template2021) as Template<T>
}

/**
 * The columns of a series across templates: the 2021 ids in printed order, then the 2019
 * ids the 2021 form lacks, in theirs. A report leaves the cells its form lacks empty.
 */
export const seriesCellIds: ReadonlyArray<CellId> = [...new Set(templates.flatMap((template): ReadonlyArray<CellId> => template.cellIds))]
