import type {CellId} from './cell-ids.js'
import {templateCells, type TemplateCell} from './template-2021/template.js'
import type {CellUnit} from './template-2021/types.js'

/** Version of the national template a list of cells belongs to. */
export type TemplateVersion = '2021' | '2019'

/** One line of the codebook: what a cell id means, in the words of the printed form. */
export interface CodebookEntry {
  /** The stable cell id (`applications.denied.stateSecret.research`). */
  readonly id: CellId
  /** The table as people name it (`表三`). */
  readonly table: string
  /** The table's heading as printed (`收到和处理政府信息公开申请情况`). */
  readonly tableTitle: string
  /** The row label, after the label of the group it belongs to (`（三）不予公开 / 1.属于国家秘密`). */
  readonly row: string
  /** The column label, after the label of the group above it (`法人或其他组织 / 科研机构`). */
  readonly column: string
  readonly unit: CellUnit
  /** The template the cell belongs to. */
  readonly template: TemplateVersion
  /**
   * A Chinese column header, unique within the template and stable across releases:
   * table, row and column joined by `｜` (`表三｜（三）不予公开 / 1.属于国家秘密｜法人或其他组织 / 科研机构`).
   */
  readonly header: string
}

/** The mark between table, row and column in a Chinese header: full-width, found in no label. */
export const headerSeparator = '｜'

/**
 * The codebook of a template: one entry per cell, in the printed order of `cells`.
 * A function of the template's list of cells, so a second template plugs in as its list.
 *
 * @example
 *   codebookOf(templateCells, '2021')[0]
 *   // {id: 'activeDisclosure.regulations.made', table: '表二', row: '第二十条第（一）项 / 规章', column: '本年制发件数', …}
 */
export function codebookOf(cells: ReadonlyArray<TemplateCell>, template: TemplateVersion): Array<CodebookEntry> {
  return cells.map((cell) => {
    const table = '表' + cell.table.number
    const row = withGroup(cell.row.group, cell.row.label)
    const column = withGroup(cell.column.group, cell.column.label)
    return {
      id: cell.id,
      table,
      tableTitle: cell.table.title,
      row,
      column,
      unit: cell.unit,
      template,
      header: [table, row, column].join(headerSeparator)
    }
  })
}

function withGroup(group: string | undefined, label: string): string {
  return group === undefined ? label : group + ' / ' + label
}

/** The codebook of the 2021 template (国办公开办函〔2021〕30号): its 200 cells. */
export const codebook: ReadonlyArray<CodebookEntry> = codebookOf(templateCells, '2021')
