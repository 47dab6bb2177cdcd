import type {ExtraRow, TemplateRow, TemplateTable} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {readNumber} from '../number/read-number.js'
import {report} from '../report/message.js'
import type {TableCell, TableRow} from '../types.js'
import type {CellLedger} from './cell-ledger.js'
import {placeUnlabelled, spelledRow} from './place-unlabelled.js'

/**
 * Rows of values with no label in a table whose reader says labels may float (converter
 * markdown sets text it could not place outside the table): collected as the table is
 * read, with the text set outside it before each, and placed once every row is read,
 * where the floating text, the order and the table's sums leave one row.
 */
export class UnlabelledRows {
  private readonly rows: Array<{row: TableRow; cells: Array<TableCell>; floating: string}> = []
  /** The template rows read and the unlabelled rows (by index), in table order. */
  private readonly sequence: Array<TemplateRow | number> = []
  /** Text set outside the table since the last row. */
  private floating = ''

  constructor(
    private readonly template: TemplateTable,
    private readonly file: VFile
  ) {}

  /** Text set outside the table: it names no row where it stands, but may spell the label of a row of values that has none. */
  addFloating(text: string): void {
    this.floating += text
  }

  /** The text set outside the table since the last row, now that a row comes. */
  takeFloating(): string {
    const floating = this.floating
    this.floating = ''
    return floating
  }

  /** Notes a row placed by its label, for the order the unlabelled rows stand in. */
  notePlaced(row: TemplateRow): void {
    this.sequence.push(row)
  }

  /** Adds a row of values with no label, with the text set outside the table before it. */
  add(row: TableRow, cells: Array<TableCell>, floating: string): void {
    this.rows.push({row, cells, floating})
    this.sequence.push(this.rows.length - 1)
  }

  /**
   * Rows of values with no label (a converter set their labels outside the table): each
   * is placed on the template row the table's sums leave it on, when they leave one
   * (`placeUnlabelled`); the others are kept in `extraRows`, with the rows they may be.
   */
  place(ledger: CellLedger, extraRows: Array<ExtraRow>): void {
    if (this.rows.length === 0) return
    const open = this.template.rows.filter((row) => row.columns.every((column) => !ledger.values.has(ledger.idOf(row, column))))
    const readings = this.rows.map(({cells}) => cells.map((cell) => (cell.truncated ? undefined : readNumber(cell.value, 'count'))))
    const whole = readings.flatMap((reading, index) =>
      reading.every((number) => number?.status === 'number' && number.value !== null) ? [index] : []
    )
    const known = (row: TemplateRow, column: string) => {
      const id = ledger.idOf(row, column)
      return ledger.values.has(id) ? (ledger.values.get(id)!.value ?? null) : undefined
    }
    const placements = placeUnlabelled(
      this.template,
      known,
      whole.map((index) => readings[index]!.map((number) => number!.value!)),
      open,
      whole.map((index) => this.namedByFloating(index, open))
    )
    this.rows.forEach(({row, cells}, index) => {
      const at = whole.indexOf(index)
      const placement = at === -1 ? undefined : placements[at]
      const place = row.position ?? cells[0]?.position
      const numbers = cells.map((cell) => cell.value).join(' ')
      if (placement?.row) {
        const target = placement.row
        target.columns.forEach((column, columnIndex) => ledger.assign(target, column, cells[columnIndex], place))
        report(this.file, 'row-placed-by-sums', 'Row of values with no label `' + numbers + '` of 表' + this.template.number +
          ' is `' + target.label + '`: the only row the table\'s sums leave it on', {place, severity: 'info', actual: numbers})
        return
      }
      const candidates = placement?.candidates ?? open.filter((candidate) => candidate.columns.length === cells.length)
      const doubted = this.shiftedRows(index, ledger)
      const withdrawn = ledger.unplace(doubted.flatMap((doubtedRow) => doubtedRow.columns.map((column) => ledger.idOf(doubtedRow, column))))
      extraRows.push({
        table: this.template.key,
        kind: 'unknown',
        labels: [],
        values: cells.map((cell) => ledger.valueOf(cell, 'count')).filter((value) => value.status !== 'blank'),
        position: place ?? null
      })
      report(this.file, 'row-unplaced', 'Row of values with no label `' + numbers + '` of 表' + this.template.number +
        ' may be ' + (candidates.map((candidate) => '`' + candidate.label + '`').join(', ') || 'no row left open') +
        ': neither its place nor the table\'s sums tell which; kept in `extraRows`' +
        (withdrawn.length > 0
          ? '. A row beside it printed no value, so the values of the rows between (' +
            doubted.map((doubtedRow) => '`' + doubtedRow.label + '`').join(', ') + ') may each be the next row\'s: left null'
          : ''), {
        place,
        severity: 'warning',
        actual: numbers,
        cellIds: [...candidates.flatMap((candidate) => candidate.columns.map((column) => ledger.idOf(candidate, column))), ...withdrawn]
      })
    })
  }

  /**
   * The labelled rows between an unplaced row of values and a row that printed no value
   * at all, on either side of it with no other unlabelled row between: a converter that
   * set one label beside the next row's values (`（一）予以公开` blank, `（二）部分公开` with
   * the values of （一）, then （二）'s values with no label) prints just this, so the values
   * of the rows between may each be the next row's. None when no such blank row is near.
   */
  private shiftedRows(index: number, ledger: CellLedger): Array<TemplateRow> {
    const at = this.sequence.indexOf(index)
    const blank = (row: TemplateRow) =>
      row.columns.every((column) => ledger.values.get(ledger.idOf(row, column))?.status === 'blank')
    for (const step of [-1, 1]) {
      const between: Array<TemplateRow> = []
      for (let next = at + step; next >= 0 && next < this.sequence.length; next += step) {
        const item = this.sequence[next]!
        if (typeof item === 'number') break
        if (blank(item)) return between
        between.push(item)
      }
    }
    return []
  }

  /**
   * The open row the floating text before an unlabelled row spells, if the labelled rows
   * around it in the table stand before and after that row in the template: label and
   * order agree. Rows out of order leave it unnamed, placed by the sums alone if at all.
   */
  private namedByFloating(index: number, open: ReadonlyArray<TemplateRow>): TemplateRow | undefined {
    const {floating, cells} = this.rows[index]!
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
}
