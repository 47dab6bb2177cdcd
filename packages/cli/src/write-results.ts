import type {Writable} from 'node:stream'
import type {OutputFormat} from './output-formats.js'
import type {FileResult} from './types.js'
import {writeCsv} from './write-csv.js'
import {writeCsvLong} from './write-csv-long.js'
import {writeJson} from './write-json.js'
import {writeNdjson} from './write-ndjson.js'

/** Options of `writeResults`. */
export interface WriteOptions {
  /** Output format (default: `csv`). */
  format?: OutputFormat | null | undefined
  /** CSV formats only: start with a UTF-8 byte order mark (for Excel). */
  bom?: boolean | null | undefined
}

/**
 * Streams results into `output` in a format, with backpressure: one result at a time
 * is held, however many files. Resolves when the results end; `output` is not ended.
 *
 * @example
 *   await writeResults(parseFiles(await collectFiles(['reports'])), process.stdout, {format: 'ndjson'})
 */
export function writeResults(
  results: AsyncIterable<FileResult>,
  output: Writable,
  options: WriteOptions = {}
): Promise<void> {
  const bom = {bom: options.bom}
  switch (options.format ?? 'csv') {
    case 'csv':
      return writeCsv(results, output, bom)
    case 'csv-long':
      return writeCsvLong(results, output, bom)
    case 'ndjson':
      return writeNdjson(results, output)
    case 'json':
      return writeJson(results, output)
  }
}
