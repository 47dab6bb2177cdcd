import {
  reviewLitigationTable,
  template2021,
  type TableKey,
  type Template,
  type TemplateRow,
  type TemplateTable
} from '@xxgk/schema'
import {formatValue} from './format-value.js'

/** What a table cell holds: header text, a row label, or a value. */
export type GridCellRole = 'header' | 'label' | 'value'

/** One cell of a printed table, placed at its top-left slot and spanning others. */
export interface GridCell {
  /** Paragraphs of the cell as the official form prints them (`商业` / `企业`). */
  readonly lines: ReadonlyArray<string>
  readonly colSpan: number
  readonly rowSpan: number
  readonly role: GridCellRole
  /** Cell id of a value cell. */
  readonly cellId?: string
}

/** One of the three tables, shaped like the official form: merged cells and all. */
export interface GridTable {
  readonly key: TableKey
  /** 二, 三 or 四. */
  readonly number: string
  /**
   * Width of each grid column in twips, after the official template's `w:tblGrid` (表三's
   * value columns a little wider, so five-digit totals fit on one line).
   */
  readonly columnWidths: ReadonlyArray<number>
  /** Each row lists the cells that start in it, left to right (covered slots are absent). */
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell>>
}

/** What sits at one slot of a table's grid: the cell covering it and where in the cell. */
export interface GridSlot {
  readonly cell: GridCell
  /** The slot is in the cell's first row. */
  readonly top: boolean
  /** The slot is in the cell's first column. */
  readonly left: boolean
  /** The slot is the cell's top-left slot. */
  readonly origin: boolean
}

/** Text of a cell with its paragraphs joined. */
export function cellText(cell: GridCell): string {
  return cell.lines.join('')
}

/** Number of grid columns of a table. */
export function columnCount(table: GridTable): number {
  return table.columnWidths.length
}

/**
 * The full grid of a table: for every row, one slot per grid column, saying which cell
 * covers it. Throws if the cells do not tile the grid exactly.
 */
export function expandGrid(table: GridTable): GridSlot[][] {
  const width = columnCount(table)
  const grid: Array<Array<GridSlot | undefined>> = table.rows.map(() => Array.from({length: width}))
  table.rows.forEach((row, rowIndex) => {
    let column = 0
    for (const cell of row) {
      while (column < width && grid[rowIndex]?.[column] !== undefined) column++
      for (let dy = 0; dy < cell.rowSpan; dy++) {
        for (let dx = 0; dx < cell.colSpan; dx++) {
          const target = grid[rowIndex + dy]
          if (target === undefined || column + dx >= width || target[column + dx] !== undefined) {
            throw new Error('Cells of table ' + table.number + ' overlap or overflow at row ' + String(rowIndex))
          }
          target[column + dx] = {cell, top: dy === 0, left: dx === 0, origin: dy === 0 && dx === 0}
        }
      }
      column += cell.colSpan
    }
  })
  return grid.map((row, rowIndex) =>
    row.map((slot, column) => {
      if (slot === undefined) {
        throw new Error(
          'Table ' + table.number + ' has a hole at row ' + String(rowIndex) + ', column ' + String(column)
        )
      }
      return slot
    })
  )
}

function header(text: string | ReadonlyArray<string>, colSpan = 1, rowSpan = 1): GridCell {
  return {lines: typeof text === 'string' ? [text] : text, colSpan, rowSpan, role: 'header'}
}

function label(text: string, colSpan = 1, rowSpan = 1): GridCell {
  return {lines: [text], colSpan, rowSpan, role: 'label'}
}

function value(cells: Record<string, number | null>, id: string, colSpan = 1): GridCell {
  return {lines: [formatValue(id, cells[id])], colSpan, rowSpan: 1, role: 'value', cellId: id}
}

/** How many of 表二's three value slots each value covers, by the group's count of columns. */
function valueSpans(count: number): ReadonlyArray<number> {
  return count === 1 ? [3] : count === 2 ? [1, 2] : [1, 1, 1]
}

/**
 * 表二 as printed: each 第二十条 group with its own header rows (three value slots; the
 * 2019 form's groups of two columns leave the second two slots wide).
 */
function activeDisclosureGrid(cells: Record<string, number | null>, activeDisclosureTable: TemplateTable): GridTable {
  const rows: GridCell[][] = []
  const groups = new Map<string, TemplateRow[]>()
  for (const row of activeDisclosureTable.rows) {
    const group = row.group ?? ''
    groups.set(group, [...(groups.get(group) ?? []), row])
  }
  for (const [group, members] of groups) {
    const columns = members[0]?.columns ?? []
    const spans = valueSpans(columns.length)
    rows.push([header(group, 4)])
    rows.push([
      header('信息内容'),
      ...columns.map((key, index) =>
        header(activeDisclosureTable.columns.find((column) => column.key === key)?.label ?? key, spans[index])
      )
    ])
    for (const row of members) {
      rows.push([
        label(row.label),
        ...row.columns.map((key, index) => value(cells, 'activeDisclosure.' + row.key + '.' + key, spans[index]))
      ])
    }
  }
  return {key: 'activeDisclosure', number: '二', columnWidths: [2435, 2435, 2435, 2435], rows}
}

const outcomesGroup = '三、本年度办理结果'

/** The note in the top-left corner of 表三, in two paragraphs where seeds/001 breaks it. */
const applicationsCornerNote = [
  '（本列数据的勾稽关系为：第一项加第二项之和，',
  '等于第三项加第四项之和）'
] as const

/**
 * 表三 as printed: 3 label columns (办理结果, its sub-group, the row) and 7 value columns
 * (the 2019 form's one-row （六）其他处理 spans two label columns, as （一） and （二） do).
 */
function applicationsGrid(cells: Record<string, number | null>, applicationsTable: TemplateTable): GridTable {
  const columns = applicationsTable.columns
  const orgColumns = columns.filter((column) => column.group !== undefined)
  const natural = columns[0]
  const total = columns[columns.length - 1]
  const rows: GridCell[][] = [
    [header(applicationsCornerNote, 3, 3), header('申请人情况', 7)],
    [
      header(natural?.label ?? '自然人', 1, 2),
      header(orgColumns[0]?.group ?? '法人或其他组织', orgColumns.length),
      header(total?.label ?? '总计', 1, 2)
    ],
    orgColumns.map((column) => header(splitOrgHeader(column.label)))
  ]
  const outcomeRows = applicationsTable.rows.filter((row) => row.group !== undefined)
  const subGroupSizes = new Map<string, number>()
  for (const row of outcomeRows) {
    if (row.group !== outcomesGroup && row.group !== undefined) {
      subGroupSizes.set(row.group, (subGroupSizes.get(row.group) ?? 0) + 1)
    }
  }
  let previousGroup: string | undefined
  let outcomesStarted = false
  for (const row of applicationsTable.rows) {
    const values = row.columns.map((key) => value(cells, 'applications.' + row.key + '.' + key))
    const labels: GridCell[] = []
    if (row.group === undefined) {
      labels.push(label(row.label, 3))
    } else {
      if (!outcomesStarted) {
        labels.push(label(outcomesGroup, 1, outcomeRows.length))
        outcomesStarted = true
      }
      if (row.group === outcomesGroup) {
        labels.push(label(row.label, 2))
      } else {
        if (row.group !== previousGroup) labels.push(label(row.group, 1, subGroupSizes.get(row.group) ?? 1))
        labels.push(label(row.label))
      }
    }
    previousGroup = row.group
    rows.push([...labels, ...values])
  }
  return {
    key: 'applications',
    number: '三',
    columnWidths: [754, 921, 2473, 800, 800, 800, 800, 800, 800, 800],
    rows
  }
}

/** The official form prints 商业企业 and 科研机构 on two lines each. */
function splitOrgHeader(text: string): ReadonlyArray<string> {
  return text === '商业企业' || text === '科研机构' ? [text.slice(0, 2), text.slice(2)] : [text]
}

/** 表四 as printed: two header rows of groups, one of outcomes, and one row of 15 values. */
function reviewLitigationGrid(cells: Record<string, number | null>): GridTable {
  const [review, direct, afterReview] = reviewLitigationTable.rows
  if (!review || !direct || !afterReview) throw new Error('表四 of the template needs three rows')
  const outcomes = reviewLitigationTable.columns
  const span = outcomes.length
  const rows: GridCell[][] = [
    [header(review.label, span), header(direct.group ?? '行政诉讼', span * 2)],
    [
      ...outcomes.map((column) => header(column.label, 1, 2)),
      header(direct.label, span),
      header(afterReview.label, span)
    ],
    [...outcomes.map((column) => header(column.label)), ...outcomes.map((column) => header(column.label))],
    [review, direct, afterReview].flatMap((row) =>
      row.columns.map((key) => value(cells, 'reviewLitigation.' + row.key + '.' + key))
    )
  ]
  return {
    key: 'reviewLitigation',
    number: '四',
    columnWidths: [649, 649, 649, 649, 649, 649, 649, 650, 650, 650, 650, 650, 650, 650, 650],
    rows
  }
}

/** The three tables of a report on a template, in printed order, filled with its cell values. */
export function reportTables(cells: Record<string, number | null>, template: Template = template2021): GridTable[] {
  const table = (key: TableKey) => template.tables.find((candidate) => candidate.key === key)!
  return [
    activeDisclosureGrid(cells, table('activeDisclosure')),
    applicationsGrid(cells, table('applications')),
    reviewLitigationGrid(cells)
  ]
}
