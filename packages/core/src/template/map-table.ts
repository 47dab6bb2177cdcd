import type {CellValue, ExtraRow, TableKey, TemplateRow, TemplateTable} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {cellAt} from '../grid/grid.js'
import {addsUp} from '../number/adds-up.js'
import {cellKind, readNumber} from '../number/read-number.js'
import {report} from '../report/message.js'
import {normalizeLabel} from '../text/normalize-label.js'
import type {RecognisedTable, Table, TableCell, TableRow} from '../types.js'
import {CellLedger} from './cell-ledger.js'
import {HeaderColumns} from './header-columns.js'
import {reportApproximateRow, type LabelMatcher} from './match-label.js'
import {NamedRows} from './named-rows.js'
import {GluedMarks} from './glued-marks.js'
import {joinWrappedNumber, placeInOrder, rowAddsUp, slotsByTable, withCutTotal, type ReadCell} from './row-values.js'
import {UnlabelledRows} from './unlabelled-rows.js'
import {WrappedSums} from './wrapped-sums.js'

/** What mapping the tables gives: a value per cell id found, and the rows kept aside. */
export interface TableMapping {
  values: Map<string, CellValue>
  extraRows: Array<ExtraRow>
  /** Template tables found in the document. */
  found: Set<TableKey>
}

/**
 * Maps the recognised tables onto the template: each row by its labels through the
 * label matcher (never by its index), each value by the column header where the grid
 * is aligned, or by order where the layout only keeps order. Values that cannot be
 * placed with certainty are left out, so they end up `null` with a diagnostic.
 */
export function mapTables(tables: ReadonlyArray<RecognisedTable>, matcher: LabelMatcher, file: VFile): TableMapping {
  const mapping: TableMapping = {values: new Map(), extraRows: [], found: new Set()}
  const marks = new GluedMarks(mapping.values, file)
  for (const {key, table} of tables) {
    mapping.found.add(key)
    const template = matcher.template.tables.find((candidate) => candidate.key === key)!
    new TableMapper(template, table, matcher, file, mapping, marks).run()
  }
  marks.distrust()
  return mapping
}

class TableMapper {
  /** What the header rows say of the grid's columns. */
  private readonly header: HeaderColumns
  private group: string | undefined
  private afterData = false
  /** Text ending a row without values that matched nothing: maybe the first part of a wrapped label. */
  private fragment: string | undefined
  /** The first cells of the next row, taken as the end of this row's label. */
  private takenTail: ReadonlySet<TableCell> | undefined
  /** Rows whose 总计 does or does not add up, where numbers may wrap in their cells. */
  private readonly sums: WrappedSums
  /** Rows read as 表四's data row. */
  private transposed = 0
  /** Whether the table's column group printed as one column was said (`column-group-merged`). */
  private mergedSaid = false
  /**
   * Layouts that keep only the order of the cells (a stream of cells): nothing but the
   * order says which value is whose, so a row is placed only where the template's sums
   * prove it, and a table whose order shows itself broken is withdrawn.
   */
  private readonly orderOnly: boolean
  /**
   * Layouts that print a row's label and its values on lines of their own (a stream of
   * cells, one cell per line): lines lost there can leave a label over the next row's
   * values, which only the missing row shows.
   */
  private readonly labelsApart: boolean
  /** A row of values under a column label: the stream is not in row order (`pdftotext` reading by columns). */
  private scrambled = false
  /** Where the table's values go. */
  private readonly ledger: CellLedger
  /** Layouts with labels apart: the template rows the table's text names, and where. */
  private readonly namedRows: NamedRows
  /** Rows of values with no label, placed once every row is read (`labelsMayFloat`). */
  private readonly unlabelled: UnlabelledRows

  constructor(
    private readonly template: TemplateTable,
    private readonly table: Table,
    private readonly matcher: LabelMatcher,
    private readonly file: VFile,
    private readonly mapping: TableMapping,
    private readonly marks: GluedMarks
  ) {
    this.ledger = new CellLedger(template, file, mapping.values)
    marks.add(template, this.ledger)
    this.header = new HeaderColumns(template, matcher)
    this.sums = new WrappedSums(template, file, table.numbersMayWrap)
    this.namedRows = new NamedRows(template, matcher)
    this.unlabelled = new UnlabelledRows(template, file)
    this.orderOnly = table.rows === 'order'
    this.labelsApart = table.rows !== 'marked'
  }

  run(): void {
    this.table.children.forEach((row, index) => this.visitRow(row, index))
    this.unlabelled.place(this.ledger, this.mapping.extraRows)
    if (this.scrambled) this.withdrawTable()
    else if (this.labelsApart) this.withdrawRowsBeforeGaps()
    else if (this.table.numbersMayWrap) this.sums.settle(this.ledger, this.table.position)
  }

  private visitRow(row: TableRow, rowIndex: number): void {
    // Text set outside the table names no row where it stands; it may spell the label of
    // a row of values that has none.
    if (row.floating) {
      this.unlabelled.addFloating(row.children.map((cell) => cell.value).join(''))
      return
    }
    const floating = this.unlabelled.takeFloating()
    const taken = this.takenTail
    this.takenTail = undefined
    const cells: Array<ReadCell> = row.children
      .filter((cell) => !taken?.has(cell))
      .map((cell) => ({cell, kind: cellKind(cell.value)}))
    // A row that was only the end of the label above is done.
    if (taken && cells.length === 0) return
    const texts = cells.filter((item) => item.kind === 'text')
    const hasValues = cells.some((item) => item.kind === 'value')
    const labels = texts.map((item) => item.cell.value)
    if (hasValues && texts.length > 0 && this.isHeaderThenDataRow(cells)) {
      // 表四 read as a stream of cells: its header words, then its one row of values.
      this.readHeader(texts)
      this.afterData = true
      this.mapTransposedRow(cells.filter((item) => item.kind !== 'text'), row)
      return
    }
    const outer = this.outerLabels(rowIndex, row)
    let match = labels.length > 0 ? this.matcher.matchRow([...outer, ...labels], this.template.key, this.group) : undefined
    const fragment = this.fragment
    this.fragment = undefined
    if (fragment !== undefined && match?.kind !== 'row' && texts[0]) {
      // A label the converter wrapped onto the next line: `2.申请人逾期…、` / `行政机关不再处理…`.
      const joined = this.matcher.matchRow([...outer, fragment + texts[0].cell.value], this.template.key, this.group)
      if (joined.kind === 'row') {
        texts[0].cell.value = fragment + texts[0].cell.value
        labels[0] = texts[0].cell.value
        match = joined
      }
    }
    if (match?.kind !== 'row' && hasValues && texts.length > 0) {
      // The end of a wrapped label set after the row's numbers, read as the start of the
      // next row (`2.申请人逾期未按收费通` … `关不再处理其政府信息公` / numbers / `开申请`
      // / `3.其他` …): its first cells, up to three, taken when none names anything alone
      // and together they complete this row's label.
      const tail = this.labelTailAfter(rowIndex)
      for (let count = 1; count <= tail.length; count++) {
        const pieces = tail.slice(0, count).map((cell) => cell.value)
        // The pieces end this row's label only joined to it: alone they are a label of
        // their own (the next row's, its line before lost).
        if (this.matcher.matchRow([pieces.join('')], this.template.key, this.group).kind !== 'none') break
        const joined = this.matcher.matchRow([...outer, ...labels, pieces.join('')], this.template.key, this.group)
        if (joined.kind !== 'row') continue
        match = joined
        labels.push(...pieces)
        this.takenTail = new Set(tail.slice(0, count))
        break
      }
    }
    if (this.header.variant && hasValues && match?.kind === 'row' && this.template.key === 'activeDisclosure') {
      match = {kind: 'group', table: this.template.key, label: 'other form'}
    }

    if (this.orderOnly && hasValues && this.isColumnLabel(texts.at(-1)?.cell.value)) this.scrambled = true
    // Column labels run into values, the end of a header row lost (`社会公益组织` / `其他` /
    // `4568` …): the `其他` there is the column, not row `3.其他`.
    const headerIntoValues =
      !this.orderOnly &&
      hasValues &&
      match?.kind === 'row' &&
      this.isColumnLabel(texts.at(-1)?.cell.value) &&
      texts.slice(0, -1).some((item) => this.isColumnLabel(item.cell.value))
    if (headerIntoValues) match = undefined
    if (match?.kind === 'row' && (hasValues || !this.isHeaderRow(texts))) {
      this.afterData = true
      const labelCell = findLabelCell(cells, match.row.label, this.matcher, this.template.key)
      reportApproximateRow(this.file, match, row.position ?? cells[labelCell]?.cell.position)
      if (this.labelsApart) this.namedRows.note(match.row, texts, row.position ?? cells[labelCell]?.cell.position, this.group)
      this.unlabelled.notePlaced(match.row)
      this.mapRow(match.row, cells, labelCell, row)
      return
    }
    if (!hasValues && labels.length === 0 && this.isBlankDataRow(cells)) {
      this.afterData = true
      this.mapTransposedRow(cells, row)
      return
    }
    if (!hasValues) {
      this.readHeader(cells)
      if (match?.kind === 'group') this.group = match.label
      const last = cells.findLast((item) => item.kind !== 'empty')
      if (last?.kind === 'text' && this.matcher.matchRow([last.cell.value], this.template.key).kind === 'none') {
        this.fragment = last.cell.value
      }
      return
    }
    if (labels.length === 0 && this.template.rowsAsColumnGroups) {
      this.afterData = true
      this.mapTransposedRow(cells, row)
      return
    }
    if (labels.length === 0 && this.table.labelsMayFloat) {
      // Numbers whose label a converter pulled out of the table: placed, if at all, once
      // every row is read and the table's sums can be tried.
      this.afterData = true
      this.unlabelled.add(row, cells.filter((item) => item.kind !== 'empty').map((item) => item.cell), floating)
      return
    }
    this.afterData = true
    if (this.labelsApart) this.namedRows.note(undefined, texts, undefined, this.group)
    const values = cells.filter((item) => item.kind !== 'text').map((item) => this.ledger.valueOf(item.cell, 'count'))
    const kind = match?.kind === 'group' ? 'variant' : 'unknown'
    const kept = values.filter((value) => value.status !== 'blank')
    // Lines of values with no label of their own (none, or a short piece of the label
    // above: `量`), not rows whose label is spelled otherwise.
    if (kind === 'unknown' && kept.length >= 3 && labels.every((label) => [...label.trim()].length <= 3)) this.sums.noteUnnamed()
    this.mapping.extraRows.push({
      table: this.template.key,
      kind,
      labels,
      values: kept,
      position: row.position ?? texts[0]?.cell.position ?? null
    })
    const text = labels.join(' / ') || '(no label)'
    if (match?.kind === 'ambiguous') {
      report(this.file, 'label-ambiguous', 'Row `' + text + '` matches several template rows: ' +
        match.candidates.map((candidate) => candidate.label).join(', '), {
        place: row.position ?? texts[0]?.cell.position,
        severity: 'warning',
        actual: text
      })
    } else if (headerIntoValues) {
      report(this.file, 'row-unknown', 'Row `' + text + '` of 表' + this.template.number +
        ' runs column labels into values (the end of a header row lost?); kept in `extraRows`', {
        place: row.position ?? texts[0]?.cell.position,
        severity: 'warning',
        actual: text
      })
    } else {
      report(
        this.file,
        kind === 'variant' ? 'row-variant' : 'row-unknown',
        kind === 'variant'
          ? 'Row `' + text + '` of 表' + this.template.number + ' is a variant of the template; kept in `extraRows`'
          : 'Row `' + text + '` of 表' + this.template.number + ' matches no template row; kept in `extraRows`',
        {place: row.position ?? texts[0]?.cell.position, severity: 'warning', actual: text}
      )
    }
  }

  /**
   * The first cells of the next row that are texts naming nothing of the template, none
   * numbered (a numbered one starts a row: `2.申请人…`), three at most.
   */
  private labelTailAfter(rowIndex: number): Array<TableCell> {
    const tail: Array<TableCell> = []
    for (const cell of this.table.children[rowIndex + 1]?.children ?? []) {
      if (tail.length === 3 || cellKind(cell.value) !== 'text' || this.matcher.lookup(cell.value).length > 0) break
      if (normalizeLabel(cell.value).number !== null) break
      tail.push(cell)
    }
    return tail
  }

  /**
   * A row without values is a header row when one of its cells is an unnumbered column
   * label (`总计`, `其他`), even if that spelling also names a row (`（七）总计`, `3.其他`).
   */
  private isHeaderRow(texts: ReadonlyArray<ReadCell>): boolean {
    if (this.template.rowsAsColumnGroups) return true
    return texts.some(
      ({cell}) =>
        normalizeLabel(cell.value).number === null && this.matcher.matchColumn(cell.value, this.template.key) !== undefined
    )
  }

  /**
   * 表四 as a layout without row marks prints it: every text of the row before its
   * values, and more values than any one row of 表四 has (which only its data row,
   * read across its three column groups, can hold), or texts naming several of its groups.
   */
  private isHeaderThenDataRow(cells: ReadonlyArray<ReadCell>): boolean {
    if (!this.template.rowsAsColumnGroups || this.table.aligned) return false
    const firstValue = cells.findIndex((item) => item.kind === 'value')
    if (cells.slice(firstValue).some((item) => item.kind === 'text')) return false
    const widest = Math.max(...this.template.rows.map((row) => row.columns.length))
    if (cells.length - firstValue > widest) return true
    // Its column groups named side by side (`未经复议直接起诉` `复议后起诉`) are its header,
    // however few values follow (a row of the table read across names one group).
    const groups = new Set(
      cells.slice(0, firstValue).flatMap(({cell, kind}) => {
        const match = kind === 'text' ? this.matcher.matchRow([cell.value], this.template.key) : undefined
        return match?.kind === 'row' ? [match.row] : []
      })
    )
    return groups.size > 1
  }

  /**
   * 表四's data row left blank (the form as published unfilled): a row of empty cells
   * under a header that named the columns, before any data.
   */
  private isBlankDataRow(cells: ReadonlyArray<ReadCell>): boolean {
    return (
      this.template.rowsAsColumnGroups &&
      !this.afterData &&
      this.header.order.length > 0 &&
      cells.length >= 15 &&
      cells.every((item) => item.kind === 'empty')
    )
  }

  /** Group labels spanning into this row from rows above (docx/html `rowspan`). */
  private outerLabels(rowIndex: number, row: TableRow): Array<string> {
    if (!this.table.aligned || rowIndex === 0) return []
    const first = row.children[0]?.column ?? 0
    const labels: Array<string> = []
    for (let column = 0; column < first; column++) {
      const cell = cellAt(this.table, rowIndex, column)
      if (cell && cell.value !== '' && cellKind(cell.value) === 'text' && labels.at(-1) !== cell.value) labels.push(cell.value)
    }
    return labels
  }

  /** Reads column labels (and column groups) from a row without values; a header after data starts afresh. */
  private readHeader(cells: ReadonlyArray<ReadCell>): void {
    this.header.read(cells, this.afterData)
    this.afterData = false
  }

  /** Places the values of a row whose label matched a template row. */
  private mapRow(row: TemplateRow, cells: ReadonlyArray<ReadCell>, labelIndex: number, tableRow: TableRow): void {
    const place = tableRow.position ?? cells[labelIndex]?.cell.position
    const merged: Array<TableCell> = []
    const keyed = this.table.aligned ? this.mergedChecked(row, this.header.byHeader(row, cells, labelIndex, merged), merged) : undefined
    if (keyed) {
      const checked = this.marks.check(row, this.table.numbersMayWrap ? withCutTotal(row, keyed) : keyed)
      this.sums.noteRow(row, checked)
      row.columns.forEach((column, index) => this.ledger.assign(row, column, checked[index], place))
      return
    }
    const after = cells.slice(labelIndex + 1)
    const values = placeInOrder(after, row.columns.length, this.table.aligned) ?? joinWrappedNumber(row.columns.map((column) => ({row, column})), after)
    if (!values) {
      const count = after.filter((item) => item.kind !== 'empty').length
      report(
        this.file,
        'row-value-count',
        'Row `' + (cells[labelIndex]?.cell.value ?? row.label) + '` of 表' + this.template.number + ' has ' + count +
          ' values where the template has ' + row.columns.length + '; its cells are left null rather than guessed',
        {
          place,
          severity: 'warning',
          cellIds: row.columns.map((column) => this.ledger.idOf(row, column)),
          actual: String(count),
          expected: [String(row.columns.length)]
        }
      )
      return
    }
    if (tableRow.numbersUnread || (this.orderOnly && (tableRow.pageBreak || !rowAddsUp(row, values)))) {
      const why = tableRow.numbersUnread
        ? 'numbers of its lines could not be placed in a column, so the order of the rest proves nothing'
        : tableRow.pageBreak
          ? 'its values run across a page break, where converters may print cells out of order, and the layout keeps no columns to tell which value is whose'
          : undefined
      this.ledger.withdraw([{row, cells: values}], place, 'Row `' + (cells[labelIndex]?.cell.value ?? row.label) + '` of 表' + this.template.number, why)
      return
    }
    const checked = this.marks.check(row, this.table.numbersMayWrap ? withCutTotal(row, values) : values)
    this.sums.noteRow(row, checked)
    row.columns.forEach((column, index) => this.ledger.assign(row, column, checked[index], place))
  }

  /**
   * A row read by a header that prints a column group as one column (`法人或其他组织`
   * without its five columns): the group's cells are null, said once for the table, and
   * the row is read so only when its 总计 is the sum of its other cells and the group's.
   */
  private mergedChecked(
    row: TemplateRow,
    keyed: Array<TableCell | null> | undefined,
    merged: ReadonlyArray<TableCell>
  ): Array<TableCell | null> | undefined {
    if (!keyed || !keyed.includes(null)) return keyed
    // One column: more than one number under the group's header is its own columns, unnamed.
    if (merged.length > 1) return undefined
    const totalAt = row.columns.indexOf('total')
    const numbers = [...keyed.filter((_, index) => index !== totalAt), ...merged].map((cell) => (cell ? readNumber(cell.value, row.unit).value : 0))
    const total = totalAt === -1 ? null : keyed[totalAt]
    const totalValue = total ? readNumber(total.value, row.unit).value : null
    if (totalValue === null || numbers.some((value) => value === null) || !addsUp(numbers as Array<number>, totalValue)) return undefined
    if (!this.mergedSaid) {
      this.mergedSaid = true
      const groups = [...new Set(row.columns.filter((_, index) => keyed[index] === null).map((column) => this.template.columns.find((item) => item.key === column)?.group))]
      report(this.file, 'column-group-merged',
        '表' + this.template.number + ' prints ' + groups.map((group) => '`' + group + '`').join(', ') + ' as one column: its columns are null, the other columns read by the header', {
        place: this.table.position,
        severity: 'warning'
      })
    }
    return keyed
  }

  /**
   * Whether a text is a column label of this table: no row's, or, unnumbered, only a
   * numbered row's (`其他` is a column; the row is `3.其他`).
   */
  private isColumnLabel(text: string | undefined): boolean {
    if (text === undefined || this.matcher.matchColumn(text, this.template.key) === undefined) return false
    const match = this.matcher.matchRow([text], this.template.key)
    if (match.kind !== 'row') return true
    return normalizeLabel(text).number === null && normalizeLabel(match.row.label).number !== null
  }

  /** Withdraws every value this table placed: its cells are not in row order. */
  private withdrawTable(): void {
    const ids = this.ledger.unplace([...this.ledger.placed])
    report(this.file, 'table-unordered',
      '表' + this.template.number + ' is a stream of cells out of row order (values under a column label); its ' + ids.length +
        ' values are left null rather than guessed', {
      place: this.table.position,
      severity: 'warning',
      cellIds: ids
    })
  }

  /** Withdraws the rows a lost row's values may stand in ({@link NamedRows.beforeGaps}). */
  private withdrawRowsBeforeGaps(): void {
    if (this.template.rowsAsColumnGroups) return
    for (const {row, place, missing} of this.namedRows.beforeGaps()) {
      const ids = this.ledger.unplace(row.columns.map((column) => this.ledger.idOf(row, column)))
      if (ids.length === 0) continue
      report(this.file, 'row-unverified',
        'Row `' + row.label + '` of 表' + this.template.number + ' is followed by no row `' + missing.label +
          '`, and the layout prints labels and values on lines of their own: its values may be that row\'s; its cells are left null rather than guessed', {
        place,
        severity: 'warning',
        cellIds: ids
      })
    }
  }


  /** 表四 as printed: one unlabelled row of 15 values under three column groups. */
  private mapTransposedRow(cells: ReadonlyArray<ReadCell>, tableRow: TableRow): void {
    const rows = this.template.rows
    // 表四 has one data row: another line of values beside it names no row either.
    if (this.transposed++ > 0 && cells.filter((item) => item.kind === 'value').length >= 3) this.sums.noteUnnamed()
    const place = tableRow.position ?? cells[0]?.cell.position
    // By the header only when every value sits under it and every slot has a cell: a
    // short row (a cell missing) may have shifted, and then order and count decide.
    const under = this.table.aligned ? this.header.byGroups(cells) : undefined
    if (under) {
      for (const row of rows) {
        const checked = this.marks.check(row, row.columns.map((column) => under(row, column)?.cell))
        this.sums.noteRow(row, checked)
        row.columns.forEach((column, index) => this.ledger.assign(row, column, checked[index] ?? null, place))
      }
      return
    }
    const slots = slotsByTable.get(this.template)!
    const values = placeInOrder(cells, slots.length, this.table.aligned) ?? joinWrappedNumber(slots, cells)
    if (!values) {
      const count = cells.filter((item) => item.kind !== 'empty').length
      report(this.file, 'row-value-count',
        'The data row of 表四 has ' + count + ' values where the template has ' + slots.length +
          '; its cells are left null rather than guessed',
        {place, severity: 'warning', actual: String(count), expected: [String(slots.length)]}
      )
      return
    }
    const order = this.header.order.map((entry) => entry.key)
    const expected = slots.map((slot) => slot.column)
    if (order.length !== expected.length || order.some((key, index) => key !== expected[index])) {
      report(this.file, 'table-header-assumed',
        'The column header of 表四 was not recognised in full; the template column order was assumed', {
        place: this.table.position ?? place,
        severity: 'info'
      })
    }
    if (this.orderOnly || tableRow.numbersUnread) {
      const rowCells = rows.map((row) => ({row, cells: row.columns.map((column) => values[slots.findIndex((slot) => slot.row === row && slot.column === column)])}))
      if (tableRow.numbersUnread) {
        this.ledger.withdraw(rowCells, place, 'The data row of 表四', 'numbers of its line could not be placed in a column, so the order of the rest proves nothing')
        return
      }
      if (!rowCells.every(({row, cells}) => rowAddsUp(row, cells))) {
        this.ledger.withdraw(rowCells, place, 'The data row of 表四')
        return
      }
    }
    for (const row of rows) {
      const checked = this.marks.check(row, row.columns.map((column) => values[slots.findIndex((slot) => slot.row === row && slot.column === column)]))
      this.sums.noteRow(row, checked)
      row.columns.forEach((column, index) => this.ledger.assign(row, column, checked[index], place))
    }
  }

}

/**
 * Index of the cell holding the row's matched label (the innermost that names it), or
 * of its last piece where the label wraps over several cells (`…申请数` / `量`).
 */
function findLabelCell(cells: ReadonlyArray<ReadCell>, label: string, matcher: LabelMatcher, table: TableKey): number {
  const lastText = cells.findLastIndex((item) => item.kind === 'text')
  const names = (texts: Array<string>) => {
    const match = matcher.matchRow(texts, table)
    return match.kind === 'row' && match.row.label === label
  }
  for (let index = lastText; index >= 0; index--) {
    const item = cells[index]!
    if (item.kind !== 'text' || !names([item.cell.value])) continue
    const rest = cells.slice(index, lastText + 1).filter((other) => other.kind === 'text')
    return rest.length > 1 && names([rest.map((other) => other.cell.value).join('')]) ? lastText : index
  }
  return lastText
}
