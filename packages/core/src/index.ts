export {configure, labelMatcherOf, labelNamesOf, type Config} from './configure.js'
export type {LabelNames} from './grid/from-space-aligned.js'
export {defaults} from './defaults.js'
export {cellAt, GridBuilder, gridOf, markupReading, type CellInput} from './grid/grid.js'
export {defaultLimits} from './limits.js'
export {readNumber, type NumberReading} from './number/read-number.js'
export {isParseError, ParseError, parseErrorCodes, type ParseErrorCode} from './parse-error.js'
export {toLines} from './page/lines.js'
export {
  pageTolerances,
  type Box,
  type Glyph,
  type PageContent,
  type PageTolerances,
  type Rule,
  type Word,
  type WordLine
} from './page/model.js'
export {pagesToTree, type PagesReading} from './blocks/from-pages.js'
export {parseReport, parseTree} from './parse-report.js'
export {readReport} from './read-report.js'
export {cellLabel, diagnosticText, locales, type Locale} from './report/diagnostic-text.js'
export {report, type MessageFields, type ReportMessage} from './report/message.js'
export {messageSource, ruleIds, type RuleId} from './rule-ids.js'
export {matchSectionHeading, type SectionHeading} from './text/section-heading.js'
export {LabelMatcher, type Approximation, type LabelTarget, type RowMatch} from './template/match-label.js'
export {labelKey, normalizeLabel, type NormalizedLabel} from './text/normalize-label.js'
export {foldText, removeDebris} from './text/clean-text.js'
export {checkText} from './text/check-text.js'
export {fromText} from './blocks/from-text.js'
export {markTruncated} from './text/mark-truncated.js'
export {splitLines, type Line} from './text/lines.js'
export {checkSum, type Equation} from './validate/check-sum.js'
export type {
  Block,
  Check,
  CheckContext,
  CheckContextOf,
  CellMap,
  Extension,
  Heading,
  Limits,
  PdfLimits,
  Options,
  Paragraph,
  RecognisedTable,
  Root,
  SectionNode,
  Table,
  TableCell,
  TableLayout,
  TableReading,
  TableRow,
  TableRows,
  Transform
} from './types.js'
