/** Id of the only cell of the 2021 form whose value is an amount with decimals rather than a count. */
export const feeCellId = 'activeDisclosure.fees.amount'

/** Id of the only cell of the 2019 form whose value is an amount (采购总金额, 元 with 分). */
export const procurementCellId = 'activeDisclosure.procurement.amount'

/**
 * The text a report prints for a cell: counts as plain integers, the amounts (the 2021
 * fee in 万元, the 2019 procurement in 元) with two decimals, and a blank cell (`null`)
 * as the empty string.
 *
 * @example
 *   formatValue('activeDisclosure.fees.amount', 12.3) // '12.30'
 *   formatValue('applications.total.total', 120)     // '120'
 */
export function formatValue(id: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (id === feeCellId || id === procurementCellId) return value.toFixed(2)
  return String(value)
}
