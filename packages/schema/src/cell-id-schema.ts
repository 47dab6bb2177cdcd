import {z} from 'zod'
import type {CellId} from './cell-ids.js'
import {seriesCellIds} from './templates.js'

/** The values of `CellIdSchema`, named so that the declarations refer to it rather than spell out 226 ids each time. */
export type CellIdValues = {[Id in CellId]: Id}

/**
 * A cell id of either form, as a schema: `CellIdSchema.parse(text)` gives a `CellId` or
 * throws, `CellIdSchema.options` lists the 226 ids (`seriesCellIds`).
 */
export const CellIdSchema: z.ZodEnum<CellIdValues> = z.enum(seriesCellIds)
