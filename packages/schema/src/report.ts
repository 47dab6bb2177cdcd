import {z} from 'zod'
import {CellsSchema} from './cells.js'
import {DiagnosticSchema} from './diagnostic.js'
import {MetaSchema} from './meta.js'
import {SectionSchema} from './section.js'
import {TablesSchema} from './tables.js'
import {Cells2019Schema} from './template-2019/cells.js'
import {Tables2019Schema} from './template-2019/tables.js'

/** The typed report of the 2021 template: meta, the sections in document order, the three tables. */
export const ReportSchema = z.object({
  meta: MetaSchema.extend({template: z.literal('2021')}),
  sections: z.array(SectionSchema),
  tables: TablesSchema
})

/** The typed report of the 2019 template (reports for 2019 and 2020, and agencies that kept the form). */
export const Report2019Schema = z.object({
  meta: MetaSchema.extend({template: z.literal('2019')}),
  sections: z.array(SectionSchema),
  tables: Tables2019Schema
})

/** What `parseReport()` returns for a report on the 2021 form. */
export const ParseResult2021Schema = z.object({
  template: z.literal('2021').describe('The form the tables fill: 2021 (国办公开办函〔2021〕30号)'),
  report: ReportSchema,
  cells: CellsSchema,
  diagnostics: z.array(DiagnosticSchema)
})

/** What `parseReport()` returns for a report on the 2019 form. */
export const ParseResult2019Schema = z.object({
  template: z.literal('2019').describe('The form the tables fill: 2019 (国办公开办函〔2019〕60号)'),
  report: Report2019Schema,
  cells: Cells2019Schema,
  diagnostics: z.array(DiagnosticSchema)
})

/**
 * What `parseReport()` returns: the report, the flat cell map and every diagnostic, a
 * union discriminated by `template`, so that `cells` and `report.tables` are typed by
 * the ids of the report's own form (`if (result.template === '2019') result.cells[…]`).
 */
export const ParseResultSchema = z.discriminatedUnion('template', [ParseResult2021Schema, ParseResult2019Schema])

export type Report = z.infer<typeof ReportSchema>
export type Report2019 = z.infer<typeof Report2019Schema>
export type ParseResult2021 = z.infer<typeof ParseResult2021Schema>
export type ParseResult2019 = z.infer<typeof ParseResult2019Schema>
export type ParseResult = z.infer<typeof ParseResultSchema>
