import {z} from 'zod'
import {CellIdSchema} from './cell-id-schema.js'
import {PointSchema, PositionSchema} from './place.js'
import type {DiagnosticRuleId} from './rule-ids.js'

/** How serious a diagnostic is; maps to vfile's `fatal` (`true`, `false`, `undefined`). */
export const SeveritySchema = z.enum(['error', 'warning', 'info'])

/**
 * One message about the input: what, where, which rule, and the values involved. A rule id
 * is any string (custom checks name their own); its type is `DiagnosticRuleId`, which
 * names the built-ins. The cell ids are the forms' own.
 */
export const DiagnosticSchema = z.object({
  ruleId: z.string().describe('Stable id of the rule that produced this message (`consistency-column-balance`)') as z.ZodType<DiagnosticRuleId>,
  source: z.string().describe('Namespace of the rule (`xxgk`, or a plugin name)'),
  severity: SeveritySchema,
  message: z.string().describe('Human-readable reason'),
  place: PointSchema.nullable().describe('Start of the place in the input, or null when there is none'),
  position: PositionSchema.nullable().optional(),
  cellId: CellIdSchema.optional().describe('The cell this message is about, if one'),
  cellIds: z.array(CellIdSchema).optional().describe('All cells a consistency check involved'),
  actual: z.string().optional(),
  expected: z.array(z.string()).optional()
})

export type Severity = z.infer<typeof SeveritySchema>
export type Diagnostic = z.infer<typeof DiagnosticSchema>
