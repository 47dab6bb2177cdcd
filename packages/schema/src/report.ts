import {z} from 'zod'
import {CellsSchema} from './cells.js'
import {DiagnosticSchema} from './diagnostic.js'
import {MetaSchema} from './meta.js'
import {SectionSchema} from './section.js'
import {TablesSchema} from './tables.js'

/** The typed report: meta, the sections in document order, the three tables. */
export const ReportSchema = z.object({
  meta: MetaSchema,
  sections: z.array(SectionSchema),
  tables: TablesSchema
})

/** What `parseReport()` returns: the report, the flat cell map and every diagnostic. */
export const ParseResultSchema = z.object({
  report: ReportSchema,
  cells: CellsSchema,
  diagnostics: z.array(DiagnosticSchema)
})

export type Report = z.infer<typeof ReportSchema>
export type ParseResult = z.infer<typeof ParseResultSchema>
