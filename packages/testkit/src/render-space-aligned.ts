import type {GridTable} from './report-tables.js'

export function spaceAlignedTableLines(table: GridTable): string[] {
  return [table.number]
}
