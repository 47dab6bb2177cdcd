import type {TemplateRow, TemplateTable} from '@xxgk/schema'
import {labelKey, normalizeLabel} from '../text/normalize-label.js'
import type {TableRow} from '../types.js'
import {allTables} from './all-tables.js'
import type {LabelMatcher} from './match-label.js'
import type {ReadCell} from './row-values.js'

/** Han characters a piece of a row label needs to name its row: fewer (`量`, `开申请`) are the end of several. */
const minimumLabelPiece = 4

/**
 * The rows of each template table with the key of their label, the label as printed,
 * number included (`3其他`, `七总计`: short keys name a row only with their number), and
 * the key of their group.
 */
const labelKeysByTable = new Map<TemplateTable, ReadonlyArray<{row: TemplateRow; key: string; printed: string; group: string | undefined}>>(
  allTables.map((table) => [
    table,
    table.rows.map((row) => ({
      row,
      key: normalizeLabel(row.label).key,
      printed: labelKey(row.label),
      group: row.group === undefined ? undefined : normalizeLabel(row.group).key
    }))
  ])
)

/**
 * The template rows a table's text names, for layouts that print a row's label and its
 * values on lines of their own (`rows: 'labels-apart'`), where lines lost can leave a
 * label over the next row's values: only a template row named nowhere shows it.
 */
export class NamedRows {
  /** The template row each row of text was placed as, in the order read. */
  private readonly placed: Array<{row: TemplateRow; place: TableRow['position']}> = []
  /** Every template row some text of the table names (`行政处罚` before a blank). */
  private readonly anywhere = new Set<TemplateRow>()

  constructor(
    private readonly template: TemplateTable,
    private readonly matcher: LabelMatcher
  ) {}

  /** Notes the template row a row of text was placed as, and every row its texts name. */
  note(row: TemplateRow | undefined, texts: ReadonlyArray<ReadCell>, place: TableRow['position'], group: string | undefined): void {
    if (row) {
      this.placed.push({row, place})
      this.anywhere.add(row)
    }
    const ownKey = row ? normalizeLabel(row.label).key : undefined
    for (const {cell} of texts) {
      const {key} = normalizeLabel(cell.value)
      // A piece of the row's own label (the label, or a line of it wrapped) names no other row.
      if (ownKey?.includes(key)) continue
      const match = this.matcher.matchRow([cell.value], this.template.key, group)
      if (match.kind === 'row') {
        this.anywhere.add(match.row)
        continue
      }
      // A group printed as one row of values (`（六）其他处理`, the 2019 form's row): its rows are there.
      if (match.kind === 'group' && row === undefined) {
        const group = normalizeLabel(match.label).key
        for (const candidate of labelKeysByTable.get(this.template)!) {
          if (candidate.group === group) this.anywhere.add(candidate.row)
        }
        continue
      }
      // A label cut short or only its wrapped end (`5.要求行政机关确认或重新出`), or a
      // whole label, its number with it, glued to other text (`…450 3.其他`,
      // `2.其他法律行政法规禁止公开584481…`): that row is there, its values with it or
      // not, so nothing was lost.
      const printed = key.length < minimumLabelPiece ? '' : labelKey(cell.value)
      for (const candidate of labelKeysByTable.get(this.template)!) {
        if (
          (key.length >= minimumLabelPiece && (candidate.key.startsWith(key) || candidate.key.endsWith(key))) ||
          (printed !== '' && printed.includes(candidate.printed))
        ) {
          this.anywhere.add(candidate.row)
        }
      }
    }
  }

  /**
   * Rows placed with a later template row after them and the rows between named nowhere
   * in the table (or, for the last row placed, rows after it named nowhere), each with
   * the first row missing: when a row's values and the next row's label drop out of the
   * text (`一、本年新收…申请数` / `量 869 …`, the `量` and the values being 二's), only the
   * missing row shows it. Rows of text that named no template row in between prove
   * nothing: which row they were is unknown.
   */
  beforeGaps(): Array<{row: TemplateRow; place: TableRow['position']; missing: TemplateRow}> {
    const rows = this.template.rows
    return this.placed.flatMap((entry, index) => {
      const next = this.placed[index + 1]
      const from = rows.indexOf(entry.row)
      const to = next ? rows.indexOf(next.row) : rows.length
      const missing = rows.slice(from + 1, to).find((row) => !this.anywhere.has(row))
      return missing ? [{...entry, missing}] : []
    })
  }
}
