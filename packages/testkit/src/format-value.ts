/** Id of the only cell whose value is an amount with decimals rather than a count. */
export const feeCellId = 'activeDisclosure.fees.amount'

/**
 * The text a report prints for a cell: counts as plain integers, the fee (万元) with two
 * decimals, and a blank cell (`null`) as the empty string.
 *
 * @example
 *   formatValue('activeDisclosure.fees.amount', 12.3) // '12.30'
 *   formatValue('applications.total.total', 120)     // '120'
 */
export function formatValue(id: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (id === feeCellId) return value.toFixed(2)
  return String(value)
}
