import {z} from 'zod'
import {cellIds2019, type CellId2019} from './cell-ids.js'

/** The flat map of a 2019-template report: every one of the 198 cell ids → number or null. */
export const Cells2019Schema = z.object(
  Object.fromEntries(cellIds2019.map((id) => [id, z.number().nullable()])) as Record<
    CellId2019,
    z.ZodNullable<z.ZodNumber>
  >
)

export type Cells2019 = z.infer<typeof Cells2019Schema>
