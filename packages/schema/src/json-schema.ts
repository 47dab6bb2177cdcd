import {z} from 'zod'
import {ParseResultSchema} from './report.js'

/**
 * JSON Schema (draft 2020-12) of the record `parseReport()` returns, for users outside
 * TypeScript (R, pandas, JSON validators).
 *
 * @example
 *   JSON.stringify(toJsonSchema(), null, 2)
 */
export function toJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ParseResultSchema, {target: 'draft-2020-12'}) as Record<string, unknown>
}
