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
import {placeUnlabelled, spelledRow} from './place-unlabelled.js'

/** What mapping the tables gives: a value per cell id found, and the rows kept aside. */
export interface TableMapping {
  values: Map<string, CellValue>
  extraRows: Array<ExtraRow>
  /** Template tables found in the document. */
  found: Set<TableKey>
}

/** Every table of every template (the forms share 表四 and most rows of 表三). */
const allTables: ReadonlyArray<TemplateTable> = [...new Set(templates.flatMap((template) => template.tables))]
/** Cell id of each row and column of the templates, made once (ids are hot map keys). */
const cellIds = new Map<TemplateRow, Map<string, string>>(
  allTables.flatMap((table) =>
    table.rows.map((row) => [row, new Map(row.columns.map((column) => [column, table.key + '.' + row.key + '.' + column]))])
  )
)

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

/** A cell of a row with how its text reads. */
interface ReadCell {
  cell: TableCell
  kind: CellKind
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
  /** Cell ids this table placed, to withdraw them if its order proves broken. */
  private readonly placed = new Set<string>()
  /** Layouts with labels apart: the template row each row of text was placed as, in the order read. */
  private readonly named: Array<{row: TemplateRow; place: TableRow['position']}> = []
  /** Pipe tables: rows of values with no label at all (the label set outside the table by a converter). */
  private readonly unlabelled: Array<{row: TableRow; cells: Array<TableCell>; floating: string}> = []
  /** Pipe tables: the template rows read and the unlabelled rows (by index), in table order. */
  private readonly sequence: Array<TemplateRow | number> = []
  /** Pipe tables: text set outside the table since the last row. */
  private floating = ''
  /** Layouts with labels apart: every template row some text of the table names (`行政处罚` before a blank). */
  private readonly namedAnywhere = new Set<TemplateRow>()

  constructor(
    private readonly template: TemplateTable,
    private readonly table: Table,
    private readonly matcher: LabelMatcher,
    private readonly file: VFile,
    private readonly mapping: TableMapping
  ) {
    this.orderOnly = table.rows === 'order'
    this.labelsApart = table.rows !== 'marked'
  }

  run(): void {
    this.table.children.forEach((row, index) => this.visitRow(row, index))
    if (this.unlabelled.length > 0) this.placeUnlabelledRows()
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
    const ids = this.unplace([...this.placed])
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
      this.floating += row.children.map((cell) => cell.value).join('')
      return
    }
    const floating = this.floating
    this.floating = ''
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
      if (this.labelsApart) this.noteNamed(match.row, texts, row.position ?? cells[labelCell]?.cell.position)
      this.sequence.push(match.row)
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
      this.unlabelled.push({row, cells: cells.filter((item) => item.kind !== 'empty').map((item) => item.cell), floating})
      this.sequence.push(this.unlabelled.length - 1)
      return
    }
    this.afterData = true
    if (this.labelsApart) this.noteNamed(undefined, texts, undefined)
    const values = cells.filter((item) => item.kind !== 'text').map((item) => this.valueOf(item.cell, 'count'))
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
   * Rows of values with no label (a converter set their labels outside the table): each
   * is placed on the template row the table's sums leave it on, when they leave one
   * (`placeUnlabelled`); the others are kept in `extraRows`, with the rows they may be.
   */
  private placeUnlabelledRows(): void {
    const open = this.template.rows.filter((row) => row.columns.every((column) => !this.mapping.values.has(this.idOf(row, column))))
    const readings = this.unlabelled.map(({cells}) => cells.map((cell) => (cell.truncated ? undefined : readNumber(cell.value, 'count'))))
    const whole = readings.flatMap((reading, index) =>
      reading.every((number) => number?.status === 'number' && number.value !== null) ? [index] : []
    )
    const known = (row: TemplateRow, column: string) => {
      const id = this.idOf(row, column)
      return this.mapping.values.has(id) ? (this.mapping.values.get(id)!.value ?? null) : undefined
    }
    const placements = placeUnlabelled(
      this.template,
      known,
      whole.map((index) => readings[index]!.map((number) => number!.value!)),
      open,
      whole.map((index) => this.namedByFloating(index, open))
    )
    this.unlabelled.forEach(({row, cells}, index) => {
      const at = whole.indexOf(index)
      const placement = at === -1 ? undefined : placements[at]
      const place = row.position ?? cells[0]?.position
      const numbers = cells.map((cell) => cell.value).join(' ')
      if (placement?.row) {
        const target = placement.row
        target.columns.forEach((column, columnIndex) => this.assign(target, column, cells[columnIndex], place))
        report(this.file, 'row-placed-by-sums', 'Row of values with no label `' + numbers + '` of 表' + this.template.number +
          ' is `' + target.label + '`: the only row the table\'s sums leave it on', {place, severity: 'info', actual: numbers})
        return
      }
      const candidates = placement?.candidates ?? open.filter((candidate) => candidate.columns.length === cells.length)
      this.mapping.extraRows.push({
        table: this.template.key,
        kind: 'unknown',
        labels: [],
        values: cells.map((cell) => this.valueOf(cell, 'count')).filter((value) => value.status !== 'blank'),
        position: place ?? null
      })
      report(this.file, 'row-unplaced', 'Row of values with no label `' + numbers + '` of 表' + this.template.number +
        ' may be ' + (candidates.map((candidate) => '`' + candidate.label + '`').join(', ') || 'no row left open') +
        ': neither its place nor the table\'s sums tell which; kept in `extraRows`', {
        place,
        severity: 'warning',
        actual: numbers,
        cellIds: candidates.flatMap((candidate) => candidate.columns.map((column) => this.idOf(candidate, column)))
      })
    })
  }

  /**
   * The open row the floating text before an unlabelled row spells, if the labelled rows
   * around it in the table stand before and after that row in the template: label and
   * order agree. Rows out of order leave it unnamed, placed by the sums alone if at all.
   */
  private namedByFloating(index: number, open: ReadonlyArray<TemplateRow>): TemplateRow | undefined {
    const {floating, cells} = this.unlabelled[index]!
    const spelled = spelledRow(floating, open.filter((row) => row.columns.length === cells.length), this.template)
    if (!spelled) return undefined
    const at = this.sequence.indexOf(index)
    const before = this.sequence.slice(0, at).findLast((item): item is TemplateRow => typeof item !== 'number')
    const after = this.sequence.slice(at + 1).find((item): item is TemplateRow => typeof item !== 'number')
    const position = this.template.rows.indexOf(spelled)
    if (before && this.template.rows.indexOf(before) >= position) return undefined
    if (after && this.template.rows.indexOf(after) <= position) return undefined
    return spelled
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
      row.columns.forEach((column, index) => this.assign(row, column, checked[index], place))
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
          cellIds: row.columns.map((column) => this.idOf(row, column)),
          actual: String(count),
          expected: [String(row.columns.length)]
        }
      )
      return
    }
    if (this.orderOnly && (tableRow.pageBreak || !rowAddsUp(row, values))) {
      const why = tableRow.pageBreak ? 'its values run across a page break, where converters may print cells out of order' : undefined
      this.withdraw([{row, cells: values}], place, 'Row `' + (cells[labelIndex]?.cell.value ?? row.label) + '` of 表' + this.template.number, why)
      return
    }
    const checked = this.table.numbersMayWrap ? withCutTotal(row, values) : values
    this.noteSum(row, checked)
    row.columns.forEach((column, index) => this.assign(row, column, checked[index], place))
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

  /**
   * Leaves rows null, their text kept, where a layout that keeps only order placed
   * values the template's sums do not prove.
   */
  private withdraw(
    rows: ReadonlyArray<{row: TemplateRow; cells: ReadonlyArray<TableCell | null | undefined>}>,
    place: TableRow['position'],
    what: string,
    why = 'its 总计 is not the sum of its other values'
  ): void {
    const ids: Array<string> = []
    for (const {row, cells} of rows) {
      row.columns.forEach((column, index) => {
        const id = this.idOf(row, column)
        if (this.mapping.values.has(id)) return
        const cell = cells[index]
        ids.push(id)
        this.mapping.values.set(id, {
          value: null,
          status: 'unreadable',
          raw: cell?.value ?? null,
          annotation: null,
          position: cell?.position ?? place ?? null,
          source: cell?.source ?? null
        })
      })
    }
    report(this.file, 'row-unverified',
      what + ': ' + why + ', and the layout keeps no columns to tell which value is whose; its cells are left null rather than guessed', {
      place,
      severity: 'warning',
      cellIds: ids
    })
  }

  /** Withdraws every value this table placed: its cells are not in row order. */
  private withdrawTable(): void {
    const ids = this.unplace([...this.placed])
    report(this.file, 'table-unordered',
      '表' + this.template.number + ' is a stream of cells out of row order (values under a column label); its ' + ids.length +
        ' values are left null rather than guessed', {
      place: this.table.position,
      severity: 'warning',
      cellIds: ids
    })
  }

  /**
   * A row followed by a later template row, with the rows between named nowhere
   * in the table, may hold a lost row's values: when a row's values and the next row's
   * label drop out of the text (`一、本年新收…申请数` / `量 869 …`, the `量` and the
   * values being 二's), only the missing row shows it. Such rows are withdrawn, and so
   * is the last row read when template rows after it are named nowhere. Rows of text
   * that named no template row in between prove nothing: which row they were is unknown.
   */
  private withdrawRowsBeforeGaps(): void {
    if (this.template.rowsAsColumnGroups) return
    const rows = this.template.rows
    this.named.forEach((entry, index) => {
      const next = this.named[index + 1]
      const from = rows.indexOf(entry.row)
      const to = next ? rows.indexOf(next.row) : rows.length
      const missing = rows.slice(from + 1, to).find((row) => !this.namedAnywhere.has(row))
      if (!missing) return
      const ids = this.unplace(entry.row.columns.map((column) => this.idOf(entry.row, column)))
      if (ids.length === 0) return
      report(this.file, 'row-unverified',
        'Row `' + entry.row.label + '` of 表' + this.template.number + ' is followed by no row `' + missing.label +
          '`, and the layout prints labels and values on lines of their own: its values may be that row\'s; its cells are left null rather than guessed', {
        place: entry.place,
        severity: 'warning',
        cellIds: ids
      })
    })
  }

  /** Notes the template row a row of text was placed as, and every row its texts name. */
  private noteNamed(row: TemplateRow | undefined, texts: ReadonlyArray<ReadCell>, place: TableRow['position']): void {
    if (row) {
      this.named.push({row, place})
      this.namedAnywhere.add(row)
    }
    const ownKey = row ? normalizeLabel(row.label).key : undefined
    for (const {cell} of texts) {
      const {key} = normalizeLabel(cell.value)
      // A piece of the row's own label (the label, or a line of it wrapped) names no other row.
      if (ownKey?.includes(key)) continue
      const match = this.matcher.matchRow([cell.value], this.template.key, this.group)
      if (match.kind === 'row') {
        this.namedAnywhere.add(match.row)
        continue
      }
      // A group printed as one row of values (`（六）其他处理`, the 2019 form's row): its rows are there.
      if (match.kind === 'group' && row === undefined) {
        const group = normalizeLabel(match.label).key
        for (const candidate of labelKeysByTable.get(this.template)!) {
          if (candidate.group === group) this.namedAnywhere.add(candidate.row)
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
          this.namedAnywhere.add(candidate.row)
        }
      }
    }
  }

  /** Turns placed values of these ids null (`raw` kept); returns the ids it changed. */
  private unplace(ids: ReadonlyArray<string>): Array<string> {
    return ids.filter((id) => {
      const value = this.mapping.values.get(id)
      if (!value || !this.placed.has(id)) return false
      this.mapping.values.set(id, {...value, value: null, status: 'unreadable', annotation: null})
      return true
    })
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
        for (const column of row.columns) this.assign(row, column, under(row, column)?.cell ?? null, place)
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
        this.withdraw(rowCells, place, 'The data row of 表四')
        return
      }
    }
    for (const row of rows) this.noteSum(row, row.columns.map((column) => values[slots.findIndex((slot) => slot.row === row && slot.column === column)]))
    slots.forEach((slot, index) => this.assign(slot.row, slot.column, values[index], place))
  }

  private assign(row: TemplateRow, column: string, cell: TableCell | null | undefined, place: TableRow['position']): void {
    const id = this.idOf(row, column)
    if (this.mapping.values.has(id)) {
      report(this.file, 'row-duplicate', 'Cell ' + cellLabel(id) + ' (`' + id + '`) was found twice; the first value is kept', {
        place: cell?.position ?? place,
        severity: 'warning',
        cellId: id
      })
      return
    }
    if (!cell) {
      this.mapping.values.set(id, {value: null, status: 'absent', raw: null, annotation: null, position: place ?? null, source: null})
      report(this.file, 'cell-missing', 'Cell ' + cellLabel(id) + ' (`' + id + '`) has no value in its row', {place, severity: 'warning', cellId: id})
      return
    }
    const value = this.valueOf(cell, this.unitOf(row, column), id)
    this.mapping.values.set(id, value)
    this.placed.add(id)
  }

  private valueOf(cell: TableCell, unit: TemplateRow['unit'], id?: string): CellValue {
    const reading = readNumber(cell.value, unit)
    if (cell.truncated && reading.status === 'number') {
      if (id !== undefined) {
        report(this.file, 'text-truncated', 'Cell ' + cellLabel(id) + ' (`' + id + '`) holds `' + cell.value + '`, which may be cut short (the input ends there, or the number wrapped over two lines): not trusted', {
          place: cell.position,
          severity: 'warning',
          cellId: id,
          actual: cell.value
        })
      }
      return {value: null, status: 'unreadable', raw: cell.value, annotation: null, position: cell.position ?? null, source: cell.source ?? null}
    }
    if (reading.ruleId && id !== undefined) {
      const severity =
        reading.ruleId === 'cell-marked' || reading.ruleId === 'number-annotated' || reading.ruleId === 'number-unit-converted'
          ? 'info'
          : 'warning'
      report(this.file, reading.ruleId, describe(reading.ruleId, id, cell.value, unit), {
        place: cell.position,
        severity,
        cellId: id,
        actual: cell.value
      })
    }
    return {
      value: reading.value,
      status: reading.status,
      raw: cell.value,
      annotation: reading.annotation,
      position: cell.position ?? null,
      source: cell.source ?? null
    }
  }

  /** The unit of a cell: its column's own (本年增/减, 采购总金额), else its row's. */
  private unitOf(row: TemplateRow, column: string): CellUnit {
    return this.template.columns.find((candidate) => candidate.key === column)?.unit ?? row.unit
  }

  private idOf(row: TemplateRow, column: string): string {
    return cellIds.get(row)?.get(column) ?? this.template.key + '.' + row.key + '.' + column
  }
}

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
 * Whether a row's `总计` is the sum of its other values. A row without a 总计 column,
 * or with a value that is no number (a mark, a blank), cannot be summed and passes, as
 * the consistency checks skip it: its count of values is then all that placed it.
 */
function rowAddsUp(row: TemplateRow, cells: ReadonlyArray<TableCell | null | undefined>): boolean {
  const totalAt = row.columns.indexOf('total')
  if (totalAt === -1) return true
  const numbers = cells.map((cell) => (cell ? readNumber(cell.value, row.unit).value : null))
  if (numbers.some((value) => value === null)) return true
  return addsUp(numbers.filter((_, index) => index !== totalAt) as Array<number>, numbers[totalAt]!)
}

/**
 * The row's cells with its 总计 marked as cut short when its digits are the first digits
 * of the sum of the other cells, fewer (`146` for 1463: a number wrapped in its narrow
 * cell, its last digit set where no join found it, as space-aligned text has them).
 * Such a total is no published number that fails the check but a number read in part:
 * it is not trusted.
 */
function withCutTotal<T extends TableCell | null | undefined>(row: TemplateRow, cells: ReadonlyArray<T>): ReadonlyArray<T | TableCell> {
  const totalAt = row.columns.indexOf('total')
  const total = cells[totalAt]
  if (totalAt === -1 || !total || !/^\d+$/u.test(total.value.trim())) return cells
  const parts: Array<number> = []
  for (const [index, cell] of cells.entries()) {
    if (index === totalAt) continue
    const reading = cell ? readNumber(cell.value, row.unit) : undefined
    if (reading?.status !== 'number' || reading.value === null) return cells
    parts.push(reading.value)
  }
  const printed = total.value.trim()
  const whole = String(sumOf(parts))
  if (printed.length >= whole.length || !whole.startsWith(printed)) return cells
  return cells.map((cell, index) => (index === totalAt ? {...total, truncated: true} : cell))
}

/** Every (row, column) of each template table in printed order: 表四's one data row. */
const slotsByTable = new Map<TemplateTable, ReadonlyArray<{row: TemplateRow; column: string}>>(
  allTables.map((table) => [table, table.rows.flatMap((row) => row.columns.map((column) => ({row, column})))])
)

/**
 * Order-only layouts: the values of a row in order, when their count leaves no doubt.
 * Leading and trailing empty cells are merge artefacts; inner empty cells are blank
 * values only if counting them gives exactly the template's count; a one-value row may
 * repeat its value across the slots of its merged cell.
 */
function placeInOrder(cells: ReadonlyArray<ReadCell>, expected: number): Array<TableCell> | undefined {
  // Every cell empty: whichever empty cell is which column, each column is blank.
  if (cells.length >= expected && cells.every((item) => item.kind === 'empty')) {
    return cells.slice(0, expected).map((item) => item.cell)
  }
  let start = 0
  let end = cells.length
  while (start < end && cells[start]!.kind === 'empty') start++
  while (end > start && cells[end - 1]!.kind === 'empty') end--
  const span = cells.slice(start, end)
  if (span.some((item) => item.kind === 'text')) return undefined
  if (span.length === expected) return span.map((item) => item.cell)
  const filled = span.filter((item) => item.kind !== 'empty')
  if (filled.length === expected) return filled.map((item) => item.cell)
  // One value printed in every slot its merged cell covers (python-docx repeats it:
  // `行政许可 1226 1226 1226`, the 2019 form's `行政事业性收费 12 3 3` whose last cell
  // spans two slots): the same text each time at the row's end, so it is that one value.
  // Only a run at the end, where the forms merge cells: a repeat inside a row may be two
  // cells that hold the same number.
  if (filled.length > expected) {
    const last = filled.at(-1)!
    let runStart = filled.length - 1
    while (runStart > 0 && sameValue(filled[runStart - 1]!.cell.value, last.cell.value)) runStart--
    if (runStart + 1 === expected) return [...filled.slice(0, runStart), last].map((item) => item.cell)
  }
  return undefined
}

/** Whether two cells say the same: the same text, or the same number however written. */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true
  const first = readNumber(a, 'wan_yuan').value
  return first !== null && first === readNumber(b, 'wan_yuan').value
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

/** Whether grid columns strictly increase: the header keeps the template's column order. */
function inTemplateOrder(columns: ReadonlyArray<number>): boolean {
  return columns.every((column, index) => index === 0 || column > columns[index - 1]!)
}

function rangeHas(cell: TableCell, test: (column: number) => boolean): boolean {
  for (let offset = 0; offset < cell.colSpan; offset++) if (test(cell.column + offset)) return true
  return false
}

/** A cell message names the cell as the form prints it, then its id: `表三｜…｜自然人 (`applications.…`)`. */
function describe(ruleId: string, id: string, raw: string, unit: CellUnit): string {
  const cell = 'Cell ' + cellLabel(id) + ' (`' + id + '`)'
  switch (ruleId) {
    case 'cell-blank':
      return cell + ' is blank'
    case 'cell-marked':
      return cell + ' holds the mark `' + raw + '`, read as no number'
    case 'number-not-integer':
      return cell + ' holds `' + raw + '`, a fraction where a count belongs'
    case 'number-annotated':
      return cell + ' holds `' + raw + '`: the number was read and the note kept'
    case 'number-unit-converted':
      return unit === 'yuan'
        ? cell + ' holds `' + raw + '` in 万元, converted to 元'
        : cell + ' holds `' + raw + '` in 元, converted to 万元'
    default:
      return cell + ' holds `' + raw + '`, which is not a number'
  }
}
