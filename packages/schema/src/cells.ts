import {z} from 'zod'
import {cellIds, type CellId} from './cell-ids.js'
import {codebook} from './codebook.js'

const descriptions = new Map(codebook.map((entry) => [entry.id, entry.header + ' (' + entry.unit + ')']))

/**
 * The flat map: every one of the 200 cell ids → number or null. Each cell carries its
 * table, row and column labels as its description, so the JSON Schema is a codebook too.
 */
export const CellsSchema = z.object(
  Object.fromEntries(cellIds.map((id) => [id, z.number().nullable().describe(descriptions.get(id) ?? id)])) as Record<
    CellId,
    z.ZodNullable<z.ZodNumber>
  >
)

export type Cells = z.infer<typeof CellsSchema>
