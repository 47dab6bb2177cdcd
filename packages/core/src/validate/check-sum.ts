import {cellId, CellIdSchema, type CellId, type CellMap, type Position, type TableKey} from '@xxgk/schema'
import {addsUp, sumOf} from '../number/adds-up.js'
import {report} from '../report/message.js'
import type {DiagnosticRuleId} from '../rule-ids.js'
import type {CheckContext} from '../types.js'

/**
 * One equation of the template: the sum of `left` must equal the sum of `right`. Its ids
 * may be of either form: an id the report's form lacks reads as null (not checked).
 */
export interface Equation {
  /** Words a person reads for where this is (`表三 （七）总计 自然人`). */
  where: string
  left: ReadonlyArray<CellId>
  right: ReadonlyArray<CellId>
}

/** The id of a cell of the forms from its table, row and column keys, for equations: a slip throws as they are made. */
export function idOf(table: TableKey, row: string, column: string): CellId {
  return CellIdSchema.parse(cellId(table, row, column))
}

/**
 * Checks one equation over the cell map and reports a warning under `ruleId` when it
 * fails, naming the table, row and column in words, with `actual` (the left side) and
 * `expected` (the right side). An equation with a null operand is skipped, with an
 * `info`, since nothing can be said of it.
 */
export function checkSum(context: CheckContext, ruleId: DiagnosticRuleId, equation: Equation): void {
  const cells: CellMap = context.cells
  // Any id is looked up: one the report's form lacks has no place.
  const positionOf = context.positionOf as (id: CellId) => Position | undefined
  let leftSum = 0
  let rightSum = 0
  let complete = true
  for (const id of equation.left) {
    const value = cells[id]
    if (typeof value === 'number') leftSum += value
    else complete = false
  }
  for (const id of equation.right) {
    const value = cells[id]
    if (typeof value === 'number') rightSum += value
    else complete = false
  }
  // The common case, checked without building anything.
  if (complete && addsUp([leftSum], rightSum)) return
  const ids = [...equation.left, ...equation.right]
  if (!complete) {
    report(context.file, 'consistency-skipped', equation.where + ': not checked (' + ruleId + '), a value is null', {
      place: positionOf(ids[0]!),
      severity: 'info',
      cellIds: ids
    })
    return
  }
  const values = (list: ReadonlyArray<CellId>) => list.map((id) => cells[id] as number)
  const left = values(equation.left)
  const right = values(equation.right)
  leftSum = sumOf(left)
  rightSum = sumOf(right)
  const side = (parts: Array<number>, total: number) =>
    parts.length === 1 ? String(total) : parts.join(' + ') + ' = ' + total
  const leftText = side(left, leftSum)
  const rightText = equation.left.length === 1 ? right.join(' + ') : side(right, rightSum)
  report(context.file, ruleId, equation.where + ': ' + leftText + ' ≠ ' + rightText, {
    place: positionOf(equation.left[0]!),
    severity: 'warning',
    cellIds: ids,
    actual: String(leftSum),
    expected: [String(rightSum)]
  })
}
