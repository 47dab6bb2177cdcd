import {z} from 'zod'
import {PointSchema, PositionSchema} from './place.js'

/** How serious a diagnostic is; maps to vfile's `fatal` (`true`, `false`, `undefined`). */
export const SeveritySchema = z.enum(['error', 'warning', 'info'])

/** One message about the input: what, where, which rule, and the values involved. */
export const DiagnosticSchema = z.object({
  ruleId: z.string().describe('Stable id of the rule that produced this message (`consistency-column-balance`)'),
  source: z.string().describe('Namespace of the rule (`xxgk`, or a plugin name)'),
  severity: SeveritySchema,
  message: z.string().describe('Human-readable reason'),
  place: PointSchema.nullable().describe('Start of the place in the input, or null when there is none'),
  position: PositionSchema.nullable().optional(),
  cellId: z.string().optional().describe('The cell this message is about, if one'),
  cellIds: z.array(z.string()).optional().describe('All cells a consistency check involved'),
  actual: z.string().optional(),
  expected: z.array(z.string()).optional()
})

export type Severity = z.infer<typeof SeveritySchema>
export type Diagnostic = z.infer<typeof DiagnosticSchema>
