export {collectFiles, readableExtensions} from './collect-files.js'
export {comparePaths} from './compare-paths.js'
export {formatDiagnostic, formatFailure} from './format-diagnostic.js'
export {parseFile} from './parse-file.js'
export {parseFiles} from './parse-files.js'
export {addToSummary, createSummary, formatSummary, type Summary} from './summary.js'
export {toRecord, type FileRecord} from './to-record.js'
export {csvFileColumns, type CsvOptions} from './write-csv.js'
export {csvLongColumns} from './write-csv-long.js'
export {outputFormats, type OutputFormat} from './output-formats.js'
export {severities} from './severities.js'
export {writeResults, type WriteOptions} from './write-results.js'
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
