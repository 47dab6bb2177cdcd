import type {CellValue, TemplateRow, TemplateTable} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {addsUp} from '../number/adds-up.js'
import {isPlainCount} from '../number/read-number.js'
import {cellLabel} from '../report/diagnostic-text.js'
import {report} from '../report/message.js'
import type {TableCell} from '../types.js'
import type {CellLedger} from './cell-ledger.js'

/**
 * Footnote marks that text exports set as one more digit (`82¹` as `821`), told by the
 * form's own sums: a row that adds up only with the same last digit taken off some of its
 * numbers (`withGluedMarks`), and then, across the report, numbers ending in that digit
 * in rows no sum proves (`GluedMarks.distrust`). Such numbers are null, never corrected.
 */

/** Most numbers a row's glued-mark search tries (subsets of them: 2^7 for 表三's rows). */
const maxGluedMarkNumbers = 8
/**
 * Rows of a report whose sums show a footnote mark glued on as a last digit before the
 * report's other numbers are doubted: with that many, the report prints the mark after
 * its numbers, and a number ending in that digit in a row no sum proves (表二's, a row
 * read short) may carry it too.
 */
const minGluedMarkRows = 3
/**
 * A report whose numbers of two digits or more end in the same digit (1 to 9), this many
 * of them and this share, prints a mark after its numbers whether or not any sum shows it:
 * last digits of counts spread evenly (over 1,000 reports measured, in every layout, at
 * most a quarter end alike; with a mark after each number, seven tenths to all do).
 */
const minMarkedNumbers = 20
const minMarkedShare = 0.5

/** How many rows with a 总计 their sums proved (plain numbers that add up as printed), and how many not. */
export interface RowSums {
  proven: number
  unproven: number
}

/**
 * The row's cells with each number marked `gluedMark` whose last digit may be a footnote
 * mark a text export set as a digit (`82¹` as `821`): the row does not add up as
 * printed, but does with the same last digit taken off some of its numbers (`821 221 261
 * 1071 671 161 3201` is 82 22 26 107 67 16 320, each with a `1` after it). Those numbers
 * are not trusted: the template's own check says they are not what was published, and
 * which digits are the marks is not proven, so none is corrected. Every subset of
 * numbers ending in the same digit is tried (at most 2^8); a row that adds up, or that
 * holds anything but whole numbers, is left as it is. `tally` counts the rows proven.
 */
export function withGluedMarks<T extends TableCell | null | undefined>(
  row: TemplateRow,
  cells: ReadonlyArray<T>,
  tally?: RowSums
): ReadonlyArray<T | TableCell> {
  const totalAt = row.columns.indexOf('total')
  if (totalAt === -1) return cells
  // Every row is asked: the common answer (it adds up, or it holds no plain numbers) comes
  // from one pass over the cells.
  let parts = 0
  let total = 0
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index]
    const value = cell && !cell.truncated ? plainCountOf(cell.value) : -1
    if (value < 0) {
      if (tally) tally.unproven++
      return cells
    }
    if (index === totalAt) total = value
    else parts += value
  }
  if (parts === total && cells.length === row.columns.length) {
    if (tally) tally.proven++
    return cells
  }
  if (tally) tally.unproven++
  if (cells.length !== row.columns.length || cells.length > maxGluedMarkNumbers) return cells
  const texts = cells.map((cell) => cell!.value.trim())
  const values = texts.map(Number)
  const addsUpWith = (adjusted: ReadonlyArray<number>) => addsUp(adjusted.filter((_, index) => index !== totalAt), adjusted[totalAt]!)
  const suspects = new Set<number>()
  for (let digit = 0; digit <= 9; digit++) {
    const ending = texts.flatMap((text, index) => (text.length >= 2 && text.endsWith(String(digit)) ? [index] : []))
    for (let subset = 1; subset < 1 << ending.length; subset++) {
      const adjusted = values.slice()
      ending.forEach((index, bit) => {
        if (subset & (1 << bit)) adjusted[index] = Math.floor(values[index]! / 10)
      })
      if (!addsUpWith(adjusted)) continue
      ending.forEach((index, bit) => {
        if (subset & (1 << bit)) suspects.add(index)
      })
    }
  }
  if (suspects.size === 0) return cells
  return cells.map((cell, index) => (suspects.has(index) ? {...cell!, gluedMark: true} : cell))
}

/** The value of a plain count as printed, spaces around it aside (`isPlainCount`); -1 for any other text. */
function plainCountOf(text: string): number {
  const trimmed = text.trim()
  return isPlainCount(trimmed) ? Number(trimmed) : -1
}

/**
 * The glued marks of one report: its rows checked table by table (`check`), then the
 * numbers no sum proves doubted once the report shows a mark (`distrust`).
 */
export class GluedMarks {
  /** Rows whose sums showed a mark glued on as a last digit, by that digit. */
  private readonly rows = new Map<string, number>()
  /** Rows with a 总计 that their sums proved, and not. */
  private readonly sums: RowSums = {proven: 0, unproven: 0}
  /** Each table read, with the ledger its values went through. */
  private readonly tables: Array<{template: TemplateTable; ledger: CellLedger}> = []

  constructor(
    private readonly values: ReadonlyMap<string, CellValue>,
    private readonly file: VFile
  ) {}

  /** A table whose rows `check` will see. */
  add(template: TemplateTable, ledger: CellLedger): void {
    this.tables.push({template, ledger})
  }

  /** A row's cells through `withGluedMarks`, the row counted under the digit of the marks it shows. */
  check<T extends TableCell | null | undefined>(row: TemplateRow, cells: ReadonlyArray<T>): ReadonlyArray<T | TableCell> {
    const checked = withGluedMarks(row, cells, this.sums)
    if (checked === cells) return cells
    const digit = checked.find((cell) => cell?.gluedMark)!.value.trim().at(-1)!
    this.rows.set(digit, (this.rows.get(digit) ?? 0) + 1)
    return checked
  }

  /**
   * Leaves null the unproven numbers ending in a digit that enough rows showed glued on
   * as a mark, or that half the report's numbers end in.
   */
  distrust(): void {
    // Numbers of two digits or more by their last digit, unless every row with a 总计 added
    // up as printed (three or more): a report's own sums then show its numbers unmarked.
    const endings = Array<number>(10).fill(0)
    let numbers = 0
    const unmarked = this.sums.unproven === 0 && this.sums.proven >= minGluedMarkRows
    // Numbers of rows withdrawn whole were printed all the same, and count.
    const withdrawn = new Set(this.tables.flatMap(({ledger}) => [...ledger.withdrawn]))
    for (const [id, value] of unmarked ? [] : this.values) {
      if ((value.status !== 'number' && !withdrawn.has(id)) || value.raw === null) continue
      const number = plainCountOf(value.raw)
      if (number < 10 || (value.status === 'number' && number !== value.value)) continue
      numbers++
      endings[number % 10]!++
    }
    for (let digit = 1; digit <= 9; digit++) {
      const mark = String(digit)
      const byRows = (this.rows.get(mark) ?? 0) >= minGluedMarkRows
      const byShare = numbers >= minMarkedNumbers && endings[digit]! >= minMarkedShare * numbers
      if (!byRows && !byShare) continue
      const evidence = byRows
        ? this.rows.get(mark)! + ' rows of the report add up only with their last digit `' + mark + '` taken off'
        : endings[digit]! + ' of the report\'s ' + numbers + ' numbers end in `' + mark + '`'
      for (const {template, ledger} of this.tables) this.distrustDigit(template, ledger, mark, evidence)
    }
  }

  /**
   * Leaves null a table's numbers that end in `digit` in rows no sum proves (no 总计, or
   * one that is not the sum of the others): the report shows that digit glued on as a
   * mark (`evidence` says how).
   */
  private distrustDigit(template: TemplateTable, ledger: CellLedger, digit: string, evidence: string): void {
    for (const row of template.rows) {
      const ids = row.columns.map((column) => ledger.idOf(row, column))
      const values = ids.map((id) => this.values.get(id))
      const numbers = values.map((value) => (value?.status === 'number' ? value.value : null))
      const totalAt = row.columns.indexOf('total')
      const proven = totalAt !== -1 && numbers.every((value) => value !== null) &&
        addsUp(numbers.filter((_, index) => index !== totalAt) as Array<number>, numbers[totalAt]!)
      if (proven) continue
      const suspects = ids.filter((_, index) => values[index]?.status === 'number' && values[index]!.raw?.trim().endsWith(digit))
      for (const id of ledger.unplace(suspects)) {
        const value = this.values.get(id)!
        report(this.file, 'number-mark-glued', 'Cell ' + cellLabel(id) + ' (`' + id + '`) holds `' + value.raw + '`, in a row no sum proves, and ' + evidence +
          ': a footnote mark after the number, which may be its last digit here; not trusted', {
          place: value.position ?? undefined,
          severity: 'warning',
          cellId: id,
          actual: value.raw ?? undefined
        })
      }
    }
  }
}
