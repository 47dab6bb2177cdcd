import {z} from 'zod'
import {PositionSchema, TableSourceSchema} from './place.js'

/**
 * How a cell was read:
 * - `number`: a number was read;
 * - `blank`: the cell was there but empty;
 * - `marked`: the cell held a mark meaning “none” (`/`, `-`, `—`, `无`, `空`);
 * - `unreadable`: the cell held text that is not a number;
 * - `absent`: the cell was not found in the input at all (or could not be placed with certainty).
 */
export const CellStatusSchema = z.enum(['number', 'blank', 'marked', 'unreadable', 'absent'])

/** One value of a statistical table with its provenance. */
export const CellValueSchema = z.object({
  value: z.number().nullable().describe('The number, or null when it could not be read'),
  status: CellStatusSchema,
  raw: z.string().nullable().describe('The cell text exactly as in the input'),
  annotation: z.string().nullable().describe('Text beside the number (`其中修订16件`, `万元`)'),
  position: PositionSchema.nullable().describe('Where the value is in the text input'),
  source: TableSourceSchema.nullable().describe('Table, row and column of the value in a structured input')
})

export type CellStatus = z.infer<typeof CellStatusSchema>
export type CellValue = z.infer<typeof CellValueSchema>
