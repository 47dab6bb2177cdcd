import {templateCells, type CellValue, type Cells, type Tables} from '@xxgk/schema'
import type {TableMapping} from '../template/map-table.js'

const paths = templateCells.map((cell) => {
  const segments = cell.id.split('.')
  return {id: cell.id, parents: segments.slice(0, -1), leaf: segments.at(-1)!}
})

const absent: CellValue = {value: null, status: 'absent', raw: null, annotation: null, position: null, source: null}

/**
 * The typed tables and the flat cell map from a mapping: every template cell present,
 * `absent` where the input did not give it.
 */
export function toTables(mapping: TableMapping): {tables: Tables; cells: Cells} {
  const nested: Record<string, unknown> = {}
  const cells: Record<string, number | null> = {}
  for (const {id, parents, leaf} of paths) {
    const value = mapping.values.get(id) ?? {...absent}
    cells[id] = value.value
    let target = nested
    for (const segment of parents) target = (target[segment] ??= {}) as Record<string, unknown>
    target[leaf] = value
  }
  return {
    tables: {...(nested as Omit<Tables, 'extraRows'>), extraRows: mapping.extraRows},
    cells: cells as Cells
  }
}
