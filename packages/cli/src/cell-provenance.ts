import type {CellId, CellValue, ParseResult} from '@xxgk/schema'

/**
 * The provenance of a cell: the value at the nested path of its id inside
 * `report.tables` (`applications.denied.stateSecret.research` →
 * `report.tables.applications.denied.stateSecret.research`).
 *
 * @returns `{value, status, raw, annotation, position, source}`, or `undefined` when the
 *   report has no such cell.
 */
export function cellProvenance(tables: ParseResult['report']['tables'], id: CellId): CellValue | undefined {
  let node: unknown = tables
  for (const key of id.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return isCellValue(node) ? node : undefined
}

function isCellValue(node: unknown): node is CellValue {
  return typeof node === 'object' && node !== null && 'value' in node && 'status' in node
}
