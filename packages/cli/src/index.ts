export {collectFiles, readableExtensions, unreadableReportExtensions} from './collect-files.js'
export {comparePaths} from './compare-paths.js'
export {defaultJobs, inThreadMaxCores} from './default-jobs.js'
export {formatDiagnostic, formatFailure, type FormatDiagnosticOptions} from './format-diagnostic.js'
export {fileSummaryHeader, formatFileSummary} from './format-file-summary.js'
export {parseFile} from './parse-file.js'
export {formatFiles, parseFiles, type FormatFilesOptions} from './parse-files.js'
export {addToSummary, createSummary, formatSummary, type Summary} from './summary.js'
export {toRecord, type FileRecord, type RecordReading} from './to-record.js'
export {
  csvFileColumns,
  csvFileColumnsZh,
  csvLongColumns,
  formatHeader,
  formatResult,
  wideHeader,
  wideRow,
  type FormattedResult
} from './format-result.js'
export {codebookColumns, codebookEntries, codebookFormats, formatCodebook, type CodebookFormat} from './format-codebook.js'
export {headerLanguages, type HeaderLanguage} from './header-languages.js'
export {okMaxUnreadCells, readingOf, type ReportReading, type ReportStatus} from './report-reading.js'
export {outputFormats, type OutputFormat} from './output-formats.js'
export {severities} from './severities.js'
export {writeFormatted, writeResults, type WriteOptions} from './write-results.js'
export {writeXlsx, xlsxSheets} from './write-xlsx.js'
export type {
  Failure,
  FailureCode,
  FileFailed,
  FileParsed,
  FileResult,
  ParseFileOptions,
  ParseFilesOptions,
  Progress
} from './types.js'
