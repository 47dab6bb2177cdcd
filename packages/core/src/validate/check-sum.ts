import {addsUp, sumOf} from '../number/adds-up.js'
import {report} from '../report/message.js'
import type {CheckContext} from '../types.js'

/** One equation of the template: the sum of `left` must equal the sum of `right`. */
export interface Equation {
  /** Words a person reads for where this is (`表三 （七）总计 自然人`). */
  where: string
  left: ReadonlyArray<string>
  right: ReadonlyArray<string>
}

/**
 * Checks one equation over the cell map and reports a warning under `ruleId` when it
 * fails, naming the table, row and column in words, with `actual` (the left side) and
 * `expected` (the right side). An equation with a null operand is skipped, with an
 * `info`, since nothing can be said of it.
 */
export function checkSum(context: CheckContext, ruleId: string, equation: Equation): void {
  const cells = context.cells
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
      place: context.positionOf(ids[0]!),
      severity: 'info',
      cellIds: ids
    })
    return
  }
  const values = (list: ReadonlyArray<string>) => list.map((id) => cells[id] as number)
  const left = values(equation.left)
  const right = values(equation.right)
  leftSum = sumOf(left)
  rightSum = sumOf(right)
  const side = (parts: Array<number>, total: number) =>
    parts.length === 1 ? String(total) : parts.join(' + ') + ' = ' + total
  const leftText = side(left, leftSum)
  const rightText = equation.left.length === 1 ? right.join(' + ') : side(right, rightSum)
  report(context.file, ruleId, equation.where + ': ' + leftText + ' ≠ ' + rightText, {
    place: context.positionOf(equation.left[0]!),
    severity: 'warning',
    cellIds: ids,
    actual: String(leftSum),
    expected: [String(rightSum)]
  })
}
