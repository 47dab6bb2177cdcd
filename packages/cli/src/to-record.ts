import type {ParseResult} from '@xxgk/schema'
import {readingOf, type ReportReading} from './report-reading.js'
import type {Failure, FileResult} from './types.js'

/** The counts of a parsed report's record: how much of it was read. */
export type RecordReading = Pick<ReportReading, 'status' | 'cellsRead' | 'cellsNull' | 'checksFailed'>

/** One element of the JSON and NDJSON outputs. */
export type FileRecord =
  | ({file: string} & RecordReading & ParseResult)
  | {file: string; status: 'failed'; error: Failure}

/**
 * The JSON shape of a file's result: `{file, status, cellsRead, cellsNull, checksFailed,
 * template, report, cells, diagnostics}` with `status` `ok` or `partial` (see `readingOf`),
 * or `{file, status: 'failed', error: {code, message}}`.
 */
export function toRecord(item: FileResult): FileRecord {
  if (item.status === 'failed') return {file: item.file, status: 'failed', error: item.error}
  const {status, cellsRead, cellsNull, checksFailed} = readingOf(item.result)
  return {file: item.file, status, cellsRead, cellsNull, checksFailed, ...item.result}
}
