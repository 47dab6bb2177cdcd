import {type CellStatus, type CellUnit, type CellValue, type TemplateRow, type TemplateTable} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {readNumber} from '../number/read-number.js'
import {cellLabel} from '../report/diagnostic-text.js'
import {report} from '../report/message.js'
import type {RuleId} from '../rule-ids.js'
import type {TableCell, TableRow} from '../types.js'
import {allTables} from './all-tables.js'

/** Cell id of each row and column of the templates, made once (ids are hot map keys). */
const cellIds = new Map<TemplateRow, Map<string, string>>(
  allTables.flatMap((table) =>
    table.rows.map((row) => [row, new Map(row.columns.map((column) => [column, table.key + '.' + row.key + '.' + column]))])
  )
)

/**
 * The cells one table placed, in the mapping's value map: each set once, read through
 * the one number reader, and withdrawn (turned null, its text kept) when the table's
 * order or sums prove it unsafe. Every value of a table goes through here.
 */
export class CellLedger {
  /** Cell ids this table placed, to withdraw them if its order proves broken. */
  readonly placed = new Set<string>()
  /** Cell ids of rows withdrawn whole (`withdraw`): their numbers were printed, but are not placed. */
  readonly withdrawn = new Set<string>()

  constructor(
    private readonly template: TemplateTable,
    private readonly file: VFile,
    readonly values: Map<string, CellValue>
  ) {}

  idOf(row: TemplateRow, column: string): string {
    return cellIds.get(row)?.get(column) ?? this.template.key + '.' + row.key + '.' + column
  }

  /** The unit of a cell: its column's own (本年增/减, 采购总金额), else its row's. */
  unitOf(row: TemplateRow, column: string): CellUnit {
    return this.template.columns.find((candidate) => candidate.key === column)?.unit ?? row.unit
  }

  assign(row: TemplateRow, column: string, cell: TableCell | null | undefined, place: TableRow['position']): void {
    const id = this.idOf(row, column)
    if (this.values.has(id)) {
      report(this.file, 'row-duplicate', 'Cell ' + cellLabel(id) + ' (`' + id + '`) was found twice; the first value is kept', {
        place: cell?.position ?? place,
        severity: 'warning',
        cellId: id
      })
      return
    }
    if (!cell) {
      this.values.set(id, {value: null, status: 'absent', raw: null, annotation: null, position: place ?? null, source: null})
      report(this.file, 'cell-missing', 'Cell ' + cellLabel(id) + ' (`' + id + '`) has no value in its row', {place, severity: 'warning', cellId: id})
      return
    }
    const value = this.valueOf(cell, this.unitOf(row, column), id)
    this.values.set(id, value)
    this.placed.add(id)
  }

  valueOf(cell: TableCell, unit: TemplateRow['unit'], id?: string): CellValue {
    const reading = readNumber(cell.value, unit)
    // A number the reading cannot vouch for: null, its text kept, and why.
    const doubt = doubtOf(cell, reading.status)
    if (doubt) {
      if (id !== undefined) {
        const holds = cell.value.trim() === '' ? ' is empty' : ' holds `' + cell.value + '`'
        report(this.file, doubt.ruleId, 'Cell ' + cellLabel(id) + ' (`' + id + '`)' + holds + doubt.why + ': not trusted', {
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
      report(this.file, reading.ruleId, cellMessage(reading.ruleId, id, cell.value, unit), {
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

  /** Turns placed values of these ids null (`raw` kept); returns the ids it changed. */
  unplace(ids: ReadonlyArray<string>): Array<string> {
    return ids.filter((id) => {
      const value = this.values.get(id)
      if (!value || !this.placed.has(id)) return false
      this.values.set(id, {...value, value: null, status: 'unreadable', annotation: null})
      return true
    })
  }

  /**
   * Leaves rows null, their text kept, where a layout that keeps only order placed
   * values the template's sums do not prove.
   */
  withdraw(
    rows: ReadonlyArray<{row: TemplateRow; cells: ReadonlyArray<TableCell | null | undefined>}>,
    place: TableRow['position'],
    what: string,
    why = 'its 总计 is not the sum of its other values, and the layout keeps no columns to tell which value is whose'
  ): void {
    const ids: Array<string> = []
    for (const {row, cells} of rows) {
      row.columns.forEach((column, index) => {
        const id = this.idOf(row, column)
        if (this.values.has(id)) return
        const cell = cells[index]
        ids.push(id)
        this.withdrawn.add(id)
        this.values.set(id, {
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
      what + ': ' + why + '; its cells are left null rather than guessed', {
      place,
      severity: 'warning',
      cellIds: ids
    })
  }
}

/** A cell message names the cell as the form prints it, then its id: `表三｜…｜自然人 (`applications.…`)`. */
function cellMessage(ruleId: string, id: string, raw: string, unit: CellUnit): string {
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

/** Why a cell's reading is not vouched for, from what the grid says of it; undefined when it is. */
function doubtOf(cell: TableCell, status: CellStatus): {ruleId: RuleId; why: string} | undefined {
  if (status === 'blank') {
    return cell.crowded ? {ruleId: 'number-crowded', why: ', but a number on a line of its own beside its row, read into no row, may be its'} : undefined
  }
  if (status !== 'number') return undefined
  if (cell.truncated) {
    return {ruleId: 'text-truncated', why: ', which may be cut short (the input ends there, the number wrapped over two lines, or it runs on across its cell\'s border)'}
  }
  if (cell.gluedMark) {
    return {ruleId: 'number-mark-glued', why: ': its row adds up only with the last digit taken off this and other numbers, which may be a footnote mark after the number (`82¹` exported as `821`)'}
  }
  if (cell.crowded) {
    return {ruleId: 'number-crowded', why: ', beside another number in its cell that could not be read (a footnote mark, a number between two columns): which of them is the cell\'s cannot be told'}
  }
  return undefined
}
