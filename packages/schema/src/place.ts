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
 * A box on a PDF page in points, origin at the top left of the page, y growing
 * downwards (as the page is read, not as PDF stores it).
 */
export const BoxSchema = z.object({
  left: z.number(),
  top: z.number(),
  right: z.number(),
  bottom: z.number()
})

/**
 * Where a value sits in a structured source (a .docx, html or PDF table): 0-indexed table
 * number in the document, and row and column in that table's grid; for a PDF also the
 * 1-indexed page and the cell's box on it.
 */
export const TableSourceSchema = z.object({
  table: z.number().int().min(0),
  row: z.number().int().min(0),
  column: z.number().int().min(0),
  page: z.number().int().min(1).optional().describe('1-indexed page of a PDF'),
  box: BoxSchema.optional().describe('The cell on its PDF page, in points from the top left')
})

export type Point = z.infer<typeof PointSchema>
export type Position = z.infer<typeof PositionSchema>
export type TableSource = z.infer<typeof TableSourceSchema>
export type Box = z.infer<typeof BoxSchema>
