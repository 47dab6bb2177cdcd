import type {ParseResult} from '@xxgk/schema'
import type {Failure, FileResult} from './types.js'

/** One element of the JSON and NDJSON outputs. */
export type FileRecord =
  | ({file: string; status: 'ok'} & ParseResult)
  | {file: string; status: 'failed'; error: Failure}

/**
 * The JSON shape of a file's result: `{file, status: 'ok', template, report, cells, diagnostics}`
 * or `{file, status: 'failed', error: {code, message}}`.
 */
export function toRecord(item: FileResult): FileRecord {
  return item.status === 'ok'
    ? {file: item.file, status: 'ok', ...item.result}
    : {file: item.file, status: 'failed', error: item.error}
}
