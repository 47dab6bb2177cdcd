export {cellIds, type CellId, type CellId2021, type CellIdOf} from './cell-ids.js'
export {CellIdSchema} from './cell-id-schema.js'
export {CellStatusSchema, CellValueSchema, type CellStatus, type CellValue} from './cell-value.js'
export {CellsSchema, type CellMap, type Cells, type CellsOf} from './cells.js'
export {codebook, codebookOf, headerSeparator, type CodebookEntry, type TemplateVersion} from './codebook.js'
export {DiagnosticSchema, SeveritySchema, type Diagnostic, type Severity} from './diagnostic.js'
export {toJsonSchema} from './json-schema.js'
export {ruleIds, type DiagnosticRuleId, type RuleId} from './rule-ids.js'
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
export {
  ParseResult2019Schema,
  ParseResult2021Schema,
  ParseResultSchema,
  Report2019Schema,
  ReportSchema,
  type ParseResult,
  type ParseResult2019,
  type ParseResult2021,
  type Report,
  type Report2019
} from './report.js'
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
export {
  cellsOfTables
} from './template-2021/template.js'
export type {
  CellUnit,
  TemplateId,
  TableKey,
  TemplateColumn,
  TemplateRow,
  TemplateTable
} from './template-2021/types.js'
export {activeDisclosureTable2019} from './template-2019/active-disclosure.js'
export {applicationsTable2019} from './template-2019/applications.js'
export {cellIds2019, type CellId2019} from './template-2019/cell-ids.js'
export {Cells2019Schema, type Cells2019} from './template-2019/cells.js'
export {
  ActiveDisclosureTable2019Schema,
  ApplicationsTable2019Schema,
  Tables2019Schema,
  type ActiveDisclosureTable2019,
  type ApplicationsTable2019,
  type Tables2019
} from './template-2019/tables.js'
export {templateCells2019, templateTables2019} from './template-2019/template.js'
export {seriesCellIds, template2019, template2021, templateOf, templates, type Template} from './templates.js'
export {crosswalk, crosswalkCells, crosswalkUnmatched, type CrosswalkEntry} from './crosswalk.js'
