import type {TemplateId, TemplateRow, TemplateTable} from '@xxgk/schema'
import {normalizeLabel} from '../text/normalize-label.js'
import type {TableCell} from '../types.js'
import type {LabelMatcher} from './match-label.js'
import {inTemplateOrder, rangeHas, type ReadCell} from './row-values.js'

/**
 * Column headers of 表二 only the other form prints: in a report read as one form, rows
 * under the other's headers state other quantities than its cells, so they are kept as
 * variant rows (a 2021 report with a 2019 表二, and the other way round).
 */
const otherFormColumnKeys: Readonly<Record<TemplateId, ReadonlySet<string>>> = {
  // 国办公开办函〔2019〕60号
  '2021': new Set([
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增减',
    '处理决定数量',
    '采购项目数量',
    '采购总金额',
    '本年项目数量'
  ]),
  // 国办公开办函〔2021〕30号
  '2019': new Set(['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额单位万元', '本年收费金额'])
}

/**
 * What the header rows of a table say of its grid columns: the template column of each
 * (aligned grids), the template row of each in a table printed with rows as column
 * groups (表四), the column labels in document order (order-only layouts), and whether
 * the header is the other form's.
 */
export class HeaderColumns {
  /** Template column key of each grid column. */
  private readonly keys = new Map<number, string>()
  /** Tables with rows as column groups: the template row of each grid column. */
  private readonly groups = new Map<number, TemplateRow>()
  /** Column labels of the header rows in document order. */
  readonly order: Array<{key: string; group: TemplateRow | undefined}> = []
  /** Whether the current header names columns only the other form has (本年新制作数量 … in a 2021 report). */
  variant = false
  /** The column group (`法人或其他组织`) over each grid column under a group's header. */
  private readonly groupHeads = new Map<number, string>()

  constructor(
    private readonly template: TemplateTable,
    private readonly matcher: LabelMatcher
  ) {}

  /** Reads column labels (and column groups) from a row without values; `reset`: a header after data, whose columns start afresh. */
  read(cells: ReadonlyArray<ReadCell>, reset: boolean): void {
    const keys = cells.filter((item) => item.kind === 'text').map((item) => normalizeLabel(item.cell.value).key)
    if (reset && cells.some(({cell, kind}) => kind === 'text' && this.groupNamed(cell.value) !== undefined)) this.groupHeads.clear()
    if (keys.some((key) => otherFormColumnKeys[this.matcher.template.id].has(key))) this.variant = true
    else if (keys.some((key) => this.matcher.matchColumn(key, this.template.key))) this.variant = false
    for (const {cell, kind} of cells) {
      if (kind !== 'text') continue
      const groupHead = this.groupNamed(cell.value)
      if (groupHead !== undefined) {
        for (let offset = 0; offset < cell.colSpan; offset++) this.groupHeads.set(cell.column + offset, groupHead)
      }
      const column = this.matcher.matchColumn(cell.value, this.template.key)
      const groupMatch = this.template.rowsAsColumnGroups ? this.matcher.matchRow([cell.value], this.template.key) : undefined
      if (column) {
        if (reset) {
          this.keys.clear()
          reset = false
        }
        for (let offset = 0; offset < cell.colSpan; offset++) this.keys.set(cell.column + offset, column.key)
      }
      const group = groupMatch?.kind === 'row' ? groupMatch.row : undefined
      if (group) {
        for (let offset = 0; offset < cell.colSpan; offset++) this.groups.set(cell.column + offset, group)
      }
      if (column) this.order.push({key: column.key, group})
    }
  }

  /** The column group a header text names (`法人或其他组织`, `法人或者其他组织`), if any. */
  private groupNamed(text: string): string | undefined {
    for (const target of this.matcher.lookup(text)) {
      if (target.kind !== 'group' || target.table !== this.template.key) continue
      if (this.template.columns.some((column) => column.group === target.label)) return target.label
    }
    return undefined
  }

  /**
   * Column groups printed as one column (`法人或其他组织` over a single column, none of its
   * own columns named): the grid columns under such a group's header.
   */
  private mergedColumns(): ReadonlyMap<number, string> {
    if (this.groupHeads.size === 0) return new Map()
    const named = new Set([...this.keys.values()])
    const merged = new Map<number, string>()
    for (const [column, group] of this.groupHeads) {
      const own = this.template.columns.filter((item) => item.group === group)
      if (!this.keys.has(column) && own.every((item) => !named.has(item.key))) merged.set(column, group)
    }
    return merged
  }

  /**
   * Aligned grids: the cell under each template column of the row, by the header. The
   * columns of a group printed as one column are null, that column's cells put in
   * `merged` (their sum the group's, which names none of its columns).
   */
  byHeader(
    row: TemplateRow,
    cells: ReadonlyArray<ReadCell>,
    labelIndex: number,
    merged?: Array<TableCell>
  ): Array<TableCell | null> | undefined {
    const mergedColumns = this.mergedColumns()
    const labelCell = cells[labelIndex]?.cell
    const labelEnd = labelCell ? labelCell.column + labelCell.colSpan : 0
    const under = new Map<string, Array<ReadCell>>()
    for (const item of cells) {
      const {cell} = item
      if (cell.column < labelEnd) continue
      let named = false
      for (let offset = 0; offset < cell.colSpan; offset++) {
        const key = this.keys.get(cell.column + offset)
        if (key === undefined && mergedColumns.has(cell.column + offset)) {
          named = true
          if (item.kind !== 'empty' && merged && merged.at(-1) !== cell) merged.push(cell)
          continue
        }
        if (key === undefined || !row.columns.includes(key)) continue
        named = true
        const list = under.get(key)
        if (!list) under.set(key, [item])
        else if (list.at(-1) !== item) list.push(item)
      }
      // The header must account for every value of the row; a value under no column of
      // this row (a header shifted by an extra cell) makes the header untrustworthy here.
      if (!named && item.kind === 'value') return undefined
    }
    const mergedGroups = new Set(mergedColumns.values())
    const result: Array<TableCell | null> = []
    for (const column of row.columns) {
      const list = under.get(column)
      const group = this.template.columns.find((item) => item.key === column)?.group
      if (!list && group !== undefined && mergedGroups.has(group)) {
        result.push(null)
        continue
      }
      // No cell under a column of the header: the row is short (a cell deleted or never
      // written), so the cells after the gap may stand one column left of their header.
      // Order and count decide then, which leave the row null rather than shift it.
      if (!list) return undefined
      let chosen: ReadCell | undefined
      for (const item of list) {
        if (item.kind === 'empty') continue
        if (chosen && chosen.cell.value !== item.cell.value) return undefined
        chosen ??= item
      }
      result.push((chosen ?? list[0]!).cell)
    }
    // The template fixes the order of the columns; a header that puts them in another
    // order has lost or gained a cell (a deleted 法人或其他组织 moves 总计 left), and its
    // positions cannot be trusted: order and count decide then.
    return inTemplateOrder(result.flatMap((cell) => (cell ? [cell.column] : []))) ? result : undefined
  }

  /**
   * Tables with rows as column groups: the cell under each (row, column) of the template,
   * when the header names groups, every value sits under it, every slot has a cell and
   * the slots stand in the template's order; else undefined.
   */
  byGroups(cells: ReadonlyArray<ReadCell>): ((row: TemplateRow, column: string) => ReadCell) | undefined {
    if (this.groups.size === 0) return undefined
    const covered = (cell: TableCell) => rangeHas(cell, (index) => this.keys.has(index) && this.groups.has(index))
    if (!cells.every(({cell, kind}) => kind !== 'value' || covered(cell))) return undefined
    const under = (row: TemplateRow, column: string) =>
      cells.find(({cell}) => rangeHas(cell, (index) => this.keys.get(index) === column && this.groups.get(index) === row))
    const rows = this.template.rows
    if (!rows.every((row) => row.columns.every((column) => under(row, column) !== undefined))) return undefined
    if (!inTemplateOrder(rows.flatMap((row) => row.columns.map((column) => under(row, column)!.cell.column)))) return undefined
    return (row, column) => under(row, column)!
  }
}
