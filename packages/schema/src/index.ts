export {cellIds, type CellId} from './cell-ids.js'
export {CellStatusSchema, CellValueSchema, type CellStatus, type CellValue} from './cell-value.js'
export {CellsSchema, type Cells} from './cells.js'
export {codebook, codebookOf, headerSeparator, type CodebookEntry, type TemplateVersion} from './codebook.js'
export {DiagnosticSchema, SeveritySchema, type Diagnostic, type Severity} from './diagnostic.js'
export {toJsonSchema} from './json-schema.js'
export {ContactSchema, MetaSchema, PeriodSchema, type Contact, type Meta, type Period} from './meta.js'
export {
  BoxSchema,
  PointSchema,
  PositionSchema,
  TableSourceSchema,
  type Box,
  type Point,
  type Position,
  type TableSource
} from './place.js'
export {ParseResultSchema, ReportSchema, type ParseResult, type Report} from './report.js'
export {
  ParagraphSchema,
  SectionSchema,
  SubsectionSchema,
  type Paragraph,
  type Section,
  type Subsection
} from './section.js'
export {
  ActiveDisclosureTableSchema,
  ApplicationsTableSchema,
  ExtraRowSchema,
  ReviewLitigationTableSchema,
  TablesSchema,
  type ActiveDisclosureTable,
  type ApplicationsTable,
  type ExtraRow,
  type ReviewLitigationTable,
  type Tables
} from './tables.js'
export {activeDisclosureTable} from './template-2021/active-disclosure.js'
export {applicationsTable} from './template-2021/applications.js'
export {reviewLitigationTable} from './template-2021/review-litigation.js'
export {sectionHeadings, sectionKeys, type SectionKey} from './template-2021/sections.js'
export {cellId, templateCells, templateTables, type TemplateCell} from './template-2021/template.js'
export type {
  CellUnit,
  TableKey,
  TemplateColumn,
  TemplateRow,
  TemplateTable
} from './template-2021/types.js'
