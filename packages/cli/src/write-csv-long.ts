import {Readable, type Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {stringify} from 'csv-stringify'
import {cellIds} from '@xxgk/schema'
import {cellProvenance} from './cell-provenance.js'
import type {FileResult} from './types.js'
import type {CsvOptions} from './write-csv.js'

/** Columns of the long (tidy) CSV. */
export const csvLongColumns = ['file', 'cellId', 'value', 'line', 'column'] as const

type Field = number | string | null

/**
 * Writes the long (tidy) CSV for R and pandas: a header, then one row per file and cell
 * id, `file, cellId, value, line, column`, where line and column are the start of the
 * value in the input (empty when it has no text position, as in a .docx). A failed file
 * has no rows (see the summary or the wide CSV).
 *
 * Rows are streamed (csv-stringify) as results arrive; the output is not ended.
 */
export async function writeCsvLong(
  results: AsyncIterable<FileResult>,
  output: Writable,
  options: CsvOptions = {}
): Promise<void> {
  await pipeline(Readable.from(rows(results)), stringify({bom: Boolean(options.bom)}), output, {end: false})
}

async function* rows(results: AsyncIterable<FileResult>): AsyncGenerator<Array<Field>> {
  yield [...csvLongColumns]
  for await (const item of results) {
    if (item.status === 'failed') continue
    const {report, cells} = item.result
    for (const id of cellIds) {
      const start = cellProvenance(report.tables, id)?.position?.start
      yield [item.file, id, cells[id], start?.line ?? null, start?.column ?? null]
    }
  }
}
