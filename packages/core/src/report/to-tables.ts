import {templateCells, type CellValue, type Cells, type Tables} from '@xxgk/schema'
import type {TableMapping} from '../template/map-table.js'

const absent: CellValue = {value: null, status: 'absent', raw: null, annotation: null, position: null, source: null}

/**
 * The typed tables and the flat cell map from a mapping: every template cell present,
 * `absent` where the input did not give it.
 */
export function toTables(mapping: TableMapping): {tables: Tables; cells: Cells} {
  const nested: Record<string, unknown> = {}
  const cells: Record<string, number | null> = {}
  for (const cell of templateCells) {
    const value = mapping.values.get(cell.id) ?? absent
    cells[cell.id] = value.value
    const path = cell.id.split('.')
    let target = nested
    for (const segment of path.slice(0, -1)) {
      target = (target[segment] ??= {}) as Record<string, unknown>
    }
    target[path.at(-1)!] = value
  }
  return {
    tables: {...(nested as Omit<Tables, 'extraRows'>), extraRows: mapping.extraRows},
    cells: cells as Cells
  }
}
