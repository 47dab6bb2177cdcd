import {
  templates,
  type CellUnit,
  type CellValue,
  type TemplateId,
  type ExtraRow,
  type TableKey,
  type TemplateRow,
  type TemplateTable
} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {cellAt} from '../grid/grid.js'
import {addsUp, sumOf} from '../number/adds-up.js'
import {cellKind, readNumber, type CellKind} from '../number/read-number.js'
import {report} from '../report/message.js'
import {cellLabel} from '../report/diagnostic-text.js'
import type {RecognisedTable, Table, TableCell, TableRow} from '../types.js'
import type {LabelMatcher} from './match-label.js'
import {labelKey, normalizeLabel} from '../text/normalize-label.js'
import {UnlabelledRows} from './unlabelled-rows.js'
import {allTables, CellLedger} from './cell-ledger.js'
import {NamedRows} from './named-rows.js'
import {inTemplateOrder, placeInOrder, rangeHas, rowAddsUp, slotsByTable, withCutTotal, type ReadCell} from './row-values.js'

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
  for (const {key, table} of tables) {
    mapping.found.add(key)
    const template = matcher.template.tables.find((candidate) => candidate.key === key)!
    new TableMapper(template, table, matcher, file, mapping).run()
  }
  return mapping
}

class TableMapper {
  /** Aligned grids: template column key of each grid column, from the header rows. */
  private readonly columnKeys = new Map<number, string>()
  /** Aligned 表四: template row (column group) of each grid column. */
  private readonly columnGroups = new Map<number, TemplateRow>()
  /** Column labels of the header rows in document order (for order-only layouts). */
  private readonly headerOrder: Array<{key: string; group: TemplateRow | undefined}> = []
  private group: string | undefined
  private afterData = false
  /** Text ending a row without values that matched nothing: maybe the first part of a wrapped label. */
  private fragment: string | undefined
  /** The first cells of the next row, taken as the end of this row's label. */
  private takenTail: ReadonlySet<TableCell> | undefined
  /**
   * Rows of whole numbers with a 总计, those whose 总计 is not their sum, and lines of
   * three values or more with no label of their own.
   */
  private readonly sums = {checked: 0, failed: 0, unnamed: 0}
  /** Rows read as 表四's data row. */
  private transposed = 0
  /** Whether the current header names columns only the other form has (本年新制作数量 … in a 2021 report). */
  private variantHeader = false
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
    private readonly mapping: TableMapping
  ) {
    this.ledger = new CellLedger(template, file, mapping.values)
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
    else if (this.table.numbersMayWrap && this.mostlyUnsummed()) this.withdrawUnsummed()
  }

  /**
   * Counts a row of whole numbers with a 总计 that is, or is not, their sum (in
   * space-aligned tables, where numbers wrap in their cells).
   */
  private noteSum(row: TemplateRow, cells: ReadonlyArray<TableCell | null | undefined>): void {
    if (!this.table.numbersMayWrap) return
    const whole = (cell: TableCell | null | undefined) => cell && !cell.truncated && readNumber(cell.value, row.unit).status === 'number'
    if (!row.columns.includes('total') || !cells.every(whole)) return
    this.sums.checked++
    if (!rowAddsUp(row, cells)) this.sums.failed++
  }

  /**
   * Whether rows with a 总计 fail their sum too often for published errors (three and a
   * quarter of them in 表三, two of 表四's three) beside lines of numbers with no label of
   * their own (the tails of numbers wrapped in their cells): a table of distinct numbers that
   * were never meant to add up, each row under its label, keeps its numbers.
   */
  private mostlyUnsummed(): boolean {
    const {checked, failed, unnamed} = this.sums
    // 表四 has a single row of values: one more line of them is as telling as two in 表三.
    const small = this.template.rows.length <= 4
    return unnamed >= (small ? 1 : 2) && failed >= 2 && failed * 4 >= checked && (failed >= 3 || small)
  }

  /**
   * Withdraws every value of a space-aligned table whose rows mostly do not add up: its
   * numbers were read in part (a font too large for the form wraps every number in its
   * cell, heads and tails on lines of their own that no join can prove), not published
   * with errors in row after row.
   */
  private withdrawUnsummed(): void {
    const ids = this.ledger.unplace([...this.ledger.placed])
    report(this.file, 'table-unverified',
      '表' + this.template.number + ': ' + this.sums.failed + ' of ' + this.sums.checked +
        ' rows with a 总计 do not add up, as when numbers wrapped in their cells are read in part; its ' + ids.length +
        ' values are left null rather than trusted', {
      place: this.table.position,
      severity: 'warning',
      cellIds: ids
    })
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
    if (this.variantHeader && hasValues && match?.kind === 'row' && this.template.key === 'activeDisclosure') {
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
    if (kind === 'unknown' && kept.length >= 3 && labels.every((label) => [...label.trim()].length <= 3)) this.sums.unnamed++
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
      this.headerOrder.length > 0 &&
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

  /** Reads column labels (and 表四 column groups) from a row without values. */
  private readHeader(cells: ReadonlyArray<ReadCell>): void {
    let reset = this.afterData
    const keys = cells.filter((item) => item.kind === 'text').map((item) => normalizeLabel(item.cell.value).key)
    if (keys.some((key) => otherFormColumnKeys[this.matcher.template.id].has(key))) this.variantHeader = true
    else if (keys.some((key) => this.matcher.matchColumn(key, this.template.key))) this.variantHeader = false
    for (const {cell, kind} of cells) {
      if (kind !== 'text') continue
      const column = this.matcher.matchColumn(cell.value, this.template.key)
      const groupMatch =
        this.template.rowsAsColumnGroups ? this.matcher.matchRow([cell.value], this.template.key) : undefined
      if (column) {
        if (reset) {
          this.columnKeys.clear()
          reset = false
        }
        for (let offset = 0; offset < cell.colSpan; offset++) this.columnKeys.set(cell.column + offset, column.key)
      }
      const group = groupMatch?.kind === 'row' ? groupMatch.row : undefined
      if (group) {
        for (let offset = 0; offset < cell.colSpan; offset++) this.columnGroups.set(cell.column + offset, group)
      }
      if (column) this.headerOrder.push({key: column.key, group})
    }
    this.afterData = false
  }

  /** Places the values of a row whose label matched a template row. */
  private mapRow(row: TemplateRow, cells: ReadonlyArray<ReadCell>, labelIndex: number, tableRow: TableRow): void {
    const place = tableRow.position ?? cells[labelIndex]?.cell.position
    const keyed = this.table.aligned ? this.byHeader(row, cells, labelIndex) : undefined
    if (keyed) {
      const checked = this.table.numbersMayWrap ? withCutTotal(row, keyed) : keyed
      this.noteSum(row, checked)
      row.columns.forEach((column, index) => this.ledger.assign(row, column, checked[index], place))
      return
    }
    const after = cells.slice(labelIndex + 1)
    const values = placeInOrder(after, row.columns.length)
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
    if (this.orderOnly && (tableRow.pageBreak || !rowAddsUp(row, values))) {
      const why = tableRow.pageBreak ? 'its values run across a page break, where converters may print cells out of order' : undefined
      this.ledger.withdraw([{row, cells: values}], place, 'Row `' + (cells[labelIndex]?.cell.value ?? row.label) + '` of 表' + this.template.number, why)
      return
    }
    const checked = this.table.numbersMayWrap ? withCutTotal(row, values) : values
    this.noteSum(row, checked)
    row.columns.forEach((column, index) => this.ledger.assign(row, column, checked[index], place))
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


  /** Aligned grids: the cell under each template column of the row, by the header. */
  private byHeader(
    row: TemplateRow,
    cells: ReadonlyArray<ReadCell>,
    labelIndex: number
  ): Array<TableCell | null> | undefined {
    const labelCell = cells[labelIndex]?.cell
    const labelEnd = labelCell ? labelCell.column + labelCell.colSpan : 0
    const under = new Map<string, Array<ReadCell>>()
    for (const item of cells) {
      const {cell} = item
      if (cell.column < labelEnd) continue
      let named = false
      for (let offset = 0; offset < cell.colSpan; offset++) {
        const key = this.columnKeys.get(cell.column + offset)
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
    const result: Array<TableCell> = []
    for (const column of row.columns) {
      const list = under.get(column)
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
    return inTemplateOrder(result.map((cell) => cell.column)) ? result : undefined
  }

  /** 表四 as printed: one unlabelled row of 15 values under three column groups. */
  private mapTransposedRow(cells: ReadonlyArray<ReadCell>, tableRow: TableRow): void {
    const rows = this.template.rows
    // 表四 has one data row: another line of values beside it names no row either.
    if (this.transposed++ > 0 && cells.filter((item) => item.kind === 'value').length >= 3) this.sums.unnamed++
    const place = tableRow.position ?? cells[0]?.cell.position
    const covered = (cell: TableCell) =>
      rangeHas(cell, (index) => this.columnKeys.has(index) && this.columnGroups.has(index))
    const under = (row: TemplateRow, column: string) =>
      cells.find(({cell}) =>
        rangeHas(cell, (index) => this.columnKeys.get(index) === column && this.columnGroups.get(index) === row)
      )
    // By the header only when every value sits under it and every slot has a cell: a
    // short row (a cell missing) may have shifted, and then order and count decide.
    if (
      this.table.aligned &&
      this.columnGroups.size > 0 &&
      cells.every(({cell, kind}) => kind !== 'value' || covered(cell)) &&
      rows.every((row) => row.columns.every((column) => under(row, column) !== undefined)) &&
      inTemplateOrder(rows.flatMap((row) => row.columns.map((column) => under(row, column)!.cell.column)))
    ) {
      for (const row of rows) {
        this.noteSum(row, row.columns.map((column) => under(row, column)?.cell))
        for (const column of row.columns) this.ledger.assign(row, column, under(row, column)?.cell ?? null, place)
      }
      return
    }
    const slots = slotsByTable.get(this.template)!
    const values = placeInOrder(cells, slots.length)
    if (!values) {
      const count = cells.filter((item) => item.kind !== 'empty').length
      report(this.file, 'row-value-count',
        'The data row of 表四 has ' + count + ' values where the template has ' + slots.length +
          '; its cells are left null rather than guessed',
        {place, severity: 'warning', actual: String(count), expected: [String(slots.length)]}
      )
      return
    }
    const order = this.headerOrder.map((entry) => entry.key)
    const expected = slots.map((slot) => slot.column)
    if (order.length !== expected.length || order.some((key, index) => key !== expected[index])) {
      report(this.file, 'table-header-assumed',
        'The column header of 表四 was not recognised in full; the template column order was assumed', {
        place: this.table.position ?? place,
        severity: 'info'
      })
    }
    if (this.orderOnly) {
      const rowCells = rows.map((row) => ({row, cells: row.columns.map((column) => values[slots.findIndex((slot) => slot.row === row && slot.column === column)])}))
      if (!rowCells.every(({row, cells}) => rowAddsUp(row, cells))) {
        this.ledger.withdraw(rowCells, place, 'The data row of 表四')
        return
      }
    }
    for (const row of rows) this.noteSum(row, row.columns.map((column) => values[slots.findIndex((slot) => slot.row === row && slot.column === column)]))
    slots.forEach((slot, index) => this.ledger.assign(slot.row, slot.column, values[index], place))
  }

}

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
