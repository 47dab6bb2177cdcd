import {Readable, type Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {formatHeader, formatResult, type FormattedResult} from './format-result.js'
import type {HeaderLanguage} from './header-languages.js'
import type {OutputFormat} from './output-formats.js'
import type {FileResult} from './types.js'

/** Options of `writeResults`. */
export interface WriteOptions {
  /** Output format (default: `csv`). */
  format?: OutputFormat | null | undefined
  /** CSV formats only: start with a UTF-8 byte order mark (for Excel). */
  bom?: boolean | null | undefined
  /** Wide CSV only: name the columns by id (default) or with the form's Chinese labels (`zh`). */
  headers?: HeaderLanguage | null | undefined
}

/**
 * Streams results into `output` in a format, with backpressure: one result at a time
 * is held, however many files. Resolves when the results end; `output` is not ended.
 * The CSV options apply to their formats only (`bom` to CSV, `headers` to the wide CSV and
 * the `records` sheet of `xlsx`).
 *
 * - `csv`: a header, then one row per file (see `csvFileColumns` and the 200 cell ids),
 *   whose `status` is `ok`, `partial` or `failed` and whose counts say how much was read;
 * - `csv-long`: one row per file and cell (see `csvLongColumns`);
 * - `ndjson`: one full record per line;
 * - `json`: one array of full records, one per line, closed also when a batch stops early;
 * - `xlsx`: an Excel workbook, the wide CSV's rows in a sheet `records` and the codebook in
 *   a sheet `codebook` (see `writeXlsx`), complete also when a batch stops early.
 *
 * @example
 *   await writeResults(parseFiles(await collectFiles(['reports'])), process.stdout, {format: 'ndjson'})
 */
export function writeResults(
  results: AsyncIterable<FileResult>,
  output: Writable,
  options: WriteOptions = {}
): Promise<void> {
  const format = options.format ?? 'csv'
  return writeFormatted(formatted(results, format), output, options)
}

/**
 * Streams results already written out (`formatResult`, or worker threads) into `output`:
 * the header, each file's text in turn, and the closing of a JSON array; for `xlsx`, the
 * workbook of their rows.
 */
export async function writeFormatted(
  results: AsyncIterable<FormattedResult>,
  output: Writable,
  options: WriteOptions = {}
): Promise<void> {
  if (options.format === 'xlsx') {
    const {writeXlsx} = await import('./write-xlsx.js')
    return writeXlsx(results, output, options.headers ?? 'id')
  }
  const header = formatHeader(options.format ?? 'csv', Boolean(options.bom), options.headers ?? 'id')
  await pipeline(Readable.from(chunks(results, options.format ?? 'csv', header)), output, {end: false})
}

async function* chunks(results: AsyncIterable<FormattedResult>, format: OutputFormat, header: string): AsyncGenerator<string> {
  if (header !== '') yield header
  let first = true
  for await (const item of results) {
    if (format === 'json') yield (first ? '\n' : ',\n') + item.text
    else if (item.text !== '') yield item.text
    first = false
  }
  if (format === 'json') yield first ? ']\n' : '\n]\n'
}

async function* formatted(results: AsyncIterable<FileResult>, format: OutputFormat): AsyncGenerator<FormattedResult> {
  for await (const item of results) yield formatResult(item, format)
}
