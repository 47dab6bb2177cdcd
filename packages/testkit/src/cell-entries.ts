import type {CellId, CellMap} from '@xxgk/schema'

/**
 * The `[id, value]` pairs of a flat cell map with the ids typed as `CellId`
 * (`Object.entries` types keys as `string`), to look them up in a diagnostic's `cellIds`.
 */
export function cellEntries(cells: CellMap): Array<[CellId, number | null]> {
  return Object.entries(cells).filter((entry): entry is [CellId, number | null] => entry[1] !== undefined)
}
