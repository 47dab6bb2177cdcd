import type {TemplateRow, TemplateTable} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {readNumber} from '../number/read-number.js'
import {report} from '../report/message.js'
import type {Table, TableCell} from '../types.js'
import type {CellLedger} from './cell-ledger.js'
import {rowAddsUp} from './row-values.js'

/**
 * A table whose reader says numbers may wrap in their cells (`numbersMayWrap`): its rows
 * with a 总计 that do, or do not, add up, and its lines of numbers with no label of their
 * own (the tails of wrapped numbers). When rows fail their sums too often for published
 * errors, the numbers were read in part, and the table's values are withdrawn.
 */
export class WrappedSums {
  /** Rows of whole numbers with a 总计. */
  private checked = 0
  /** Of those, rows whose 总计 is not their sum. */
  private failed = 0
  /** Lines of three values or more with no label of their own. */
  private unnamed = 0

  constructor(
    private readonly template: TemplateTable,
    private readonly file: VFile,
    private readonly numbersMayWrap: boolean
  ) {}

  /** Counts a row of whole numbers with a 总计 that is, or is not, their sum. */
  noteRow(row: TemplateRow, cells: ReadonlyArray<TableCell | null | undefined>): void {
    if (!this.numbersMayWrap) return
    const whole = (cell: TableCell | null | undefined) => cell && !cell.truncated && readNumber(cell.value, row.unit).status === 'number'
    if (!row.columns.includes('total') || !cells.every(whole)) return
    this.checked++
    if (!rowAddsUp(row, cells)) this.failed++
  }

  /** Counts a line of values with no label of its own. */
  noteUnnamed(): void {
    this.unnamed++
  }

  /**
   * Withdraws every value the table placed when its rows mostly do not add up: its
   * numbers were read in part (a font too large for the form wraps every number in its
   * cell, heads and tails on lines of their own that no join can prove), not published
   * with errors in row after row.
   */
  settle(ledger: CellLedger, place: Table['position']): void {
    if (!this.mostlyUnsummed()) return
    const ids = ledger.unplace([...ledger.placed])
    report(this.file, 'table-unverified',
      '表' + this.template.number + ': ' + this.failed + ' of ' + this.checked +
        ' rows with a 总计 do not add up, as when numbers wrapped in their cells are read in part; its ' + ids.length +
        ' values are left null rather than trusted', {
      place,
      severity: 'warning',
      cellIds: ids
    })
  }

  /**
   * Whether rows with a 总计 fail their sum too often for published errors (three and a
   * quarter of them in 表三, two of 表四's three) beside lines of numbers with no label of
   * their own: a table of distinct numbers that were never meant to add up, each row
   * under its label, keeps its numbers.
   */
  private mostlyUnsummed(): boolean {
    const {checked, failed, unnamed} = this
    // 表四 has a single row of values: one more line of them is as telling as two in 表三.
    const small = this.template.rows.length <= 4
    return unnamed >= (small ? 1 : 2) && failed >= 2 && failed * 4 >= checked && (failed >= 3 || small)
  }
}
