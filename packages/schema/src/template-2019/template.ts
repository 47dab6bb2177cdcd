import {reviewLitigationTable} from '../template-2021/review-litigation.js'
import {cellsOfTables, type TemplateCell} from '../template-2021/template.js'
import type {TemplateTable} from '../template-2021/types.js'
import type {CellId2019} from './cell-ids.js'
import {activeDisclosureTable2019} from './active-disclosure.js'
import {applicationsTable2019} from './applications.js'

/** The three tables of the 2019 template, in printed order (表四 as in 2021). */
export const templateTables2019: ReadonlyArray<TemplateTable> = [
  activeDisclosureTable2019,
  applicationsTable2019,
  reviewLitigationTable
]

/** Every cell of the 2019 template, in printed order, with its table, row and column. */
export const templateCells2019 = cellsOfTables(templateTables2019) as ReadonlyArray<TemplateCell<CellId2019>>
