import {z} from 'zod'
import {cellIds, type CellId} from './cell-ids.js'

/** The flat map: every one of the 200 cell ids → number or null. */
export const CellsSchema = z.object(
  Object.fromEntries(cellIds.map((id) => [id, z.number().nullable()])) as Record<
    CellId,
    z.ZodNullable<z.ZodNumber>
  >
)

export type Cells = z.infer<typeof CellsSchema>
