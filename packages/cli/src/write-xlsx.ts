import {once} from 'node:events'
import {PassThrough, type Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {codebookColumns, codebookEntries} from './format-codebook.js'
import {wideHeader, type FormattedResult} from './format-result.js'
import type {HeaderLanguage} from './header-languages.js'

/** The sheets of the `xlsx` output: a row per file, then what each column means. */
export const xlsxSheets = ['records', 'codebook'] as const

/**
 * Streams results written out for `xlsx` (`formatResult`, their `fields`) into `output` as
 * an Excel workbook of two sheets: `records`, the wide CSV's header (by id or in Chinese)
 * and a row per file, numbers as numbers and nulls as empty cells; `codebook`, the rows of
 * `xxgk codebook`. The header rows are frozen. `output` is not ended.
 *
 * Rows go out as they come through exceljs's streaming writer (one zip entry per sheet,
 * strings inline rather than in a shared table that would grow with the rows), so memory
 * stays flat however many files.
 */
export async function writeXlsx(
  results: AsyncIterable<FormattedResult>,
  output: Writable,
  headers: HeaderLanguage = 'id'
): Promise<void> {
  // Loaded here: exceljs takes longer to load than the whole of a small CSV run.
  const {default: ExcelJS} = await import('exceljs')
  // exceljs ends the stream it writes to; this one is ours, and `output` the caller's.
  const zip = new PassThrough()
  const piped = pipeline(zip, output, {end: false})
  // Its error is thrown by the `await` below; until then it must not go unhandled.
  piped.catch(() => {})
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({stream: zip, useStyles: false, useSharedStrings: false})
  const frozenHeader = {views: [{state: 'frozen' as const, ySplit: 1}]}

  const records = workbook.addWorksheet(xlsxSheets[0], frozenHeader)
  records.addRow(wideHeader(headers)).commit()
  for await (const item of results) {
    records.addRow(item.fields ?? []).commit()
    // exceljs takes rows without backpressure: wait here while the output is behind.
    if (zip.writableNeedDrain) await once(zip, 'drain')
  }
  records.commit()

  const codebook = workbook.addWorksheet(xlsxSheets[1], frozenHeader)
  codebook.addRow([...codebookColumns]).commit()
  for (const entry of codebookEntries()) codebook.addRow(codebookColumns.map((column) => entry[column])).commit()
  codebook.commit()

  await workbook.commit()
  await piped
}
