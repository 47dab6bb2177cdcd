import {z} from 'zod'

/** A place in the input text: 1-indexed line and column, 0-indexed offset (unist `Point`). */
export const PointSchema = z.object({
  line: z.number().int().min(1).describe('1-indexed line in the input'),
  column: z.number().int().min(1).describe('1-indexed column (UTF-16 code units) in the line'),
  offset: z.number().int().min(0).optional().describe('0-indexed offset in the input')
})

/** A span in the input text (unist `Position`). */
export const PositionSchema = z.object({
  start: PointSchema,
  end: PointSchema
})

/**
 * Where a value sits in a structured source (a .docx or html table): 0-indexed table
 * number in the document, and row and column in that table's grid.
 */
export const TableSourceSchema = z.object({
  table: z.number().int().min(0),
  row: z.number().int().min(0),
  column: z.number().int().min(0)
})

export type Point = z.infer<typeof PointSchema>
export type Position = z.infer<typeof PositionSchema>
export type TableSource = z.infer<typeof TableSourceSchema>
