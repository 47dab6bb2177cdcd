import {Readable, type Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {stringify} from 'csv-stringify'
import {cellIds} from '@xxgk/schema'
import type {FileResult} from './types.js'

/** Columns of the wide CSV before the 200 cell ids. */
export const csvFileColumns = ['file', 'status', 'errorCode', 'agency', 'year', 'template', 'errors', 'warnings'] as const

/** Options of the CSV writers. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads the Chinese text right. */
  bom?: boolean | null | undefined
}

type Field = number | string | null

/**
 * Writes the wide CSV: a header, then one row per file with `file, status, errorCode,
 * agency, year, template, errors, warnings` and the 200 cell ids of the template in
 * order (an empty field for a null). `errors` and `warnings` count the diagnostics; a
 * failed file has its code in `errorCode` and every other field empty.
 *
 * Rows are streamed (csv-stringify) as results arrive; the output is not ended.
 */
export async function writeCsv(results: AsyncIterable<FileResult>, output: Writable, options: CsvOptions = {}): Promise<void> {
  await pipeline(Readable.from(rows(results)), stringify({bom: Boolean(options.bom)}), output, {end: false})
}

async function* rows(results: AsyncIterable<FileResult>): AsyncGenerator<Array<Field>> {
  yield [...csvFileColumns, ...cellIds]
  for await (const item of results) {
    if (item.status === 'failed') {
      yield [item.file, 'failed', item.error.code, ...Array.from({length: csvFileColumns.length - 3 + cellIds.length}, () => null)]
      continue
    }
    const {report, cells, diagnostics} = item.result
    yield [
      item.file,
      'ok',
      null,
      report.meta.agency,
      report.meta.year,
      report.meta.template,
      diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
      diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
      ...cellIds.map((id) => cells[id])
    ]
  }
}
