import {stringify} from 'csv-stringify/sync'
import {seriesCellIds, templateOf, type Diagnostic} from '@xxgk/schema'
import {cellProvenance} from './cell-provenance.js'
import type {OutputFormat} from './output-formats.js'
import {toRecord} from './to-record.js'
import type {FailureCode, FileResult} from './types.js'

/** Columns of the wide CSV before the cell ids of the series (`seriesCellIds`). */
export const csvFileColumns = ['file', 'status', 'errorCode', 'agency', 'year', 'template', 'errors', 'warnings'] as const

/** Columns of the long (tidy) CSV. */
export const csvLongColumns = ['file', 'cellId', 'value', 'line', 'column'] as const

/**
 * A file's part of an output, already written out, with what the summary counts. This
 * is what a worker thread hands back when the batch only writes an output: a short
 * string crosses threads far cheaper than a report, and the main thread only writes it.
 */
export interface FormattedResult {
  file: string
  status: 'ok' | 'failed'
  /** Code of a failed file. */
  errorCode: FailureCode | null
  /** Diagnostics of severity `error` (0 for a failed file). */
  errors: number
  /** Diagnostics of severity `warning`. */
  warnings: number
  /** The file's lines of the output, each ending in a newline (JSON: the record alone). */
  text: string
}

type Field = number | string | null

/**
 * Writes out one file's result in an output format: the wide CSV row (`file, status,
 * errorCode, agency, year, template, errors, warnings`, then the cells of the series:
 * the 200 of the 2021 form and the 26 only the 2019 form has; an empty field for a null
 * and for a cell the report's form lacks, never 0; a failed file has its code and every
 * other field empty), the long CSV rows (`file, cellId, value, line, column`, the cells
 * of the report's own form; none for a failed file), or the JSON record.
 */
export function formatResult(item: FileResult, format: OutputFormat): FormattedResult {
  const counts = countsOf(item)
  return {
    file: item.file,
    status: item.status,
    errorCode: item.status === 'failed' ? item.error.code : null,
    ...counts,
    text: textOf(item, format, counts)
  }
}

/** What an output starts with: the CSV header (after a BOM, when asked), `[` for JSON. */
export function formatHeader(format: OutputFormat, bom: boolean): string {
  switch (format) {
    case 'csv':
      return stringify([[...csvFileColumns, ...seriesCellIds]], {bom})
    case 'csv-long':
      return stringify([[...csvLongColumns]], {bom})
    case 'json':
      return '['
    case 'ndjson':
      return ''
  }
}

function countsOf(item: FileResult): {errors: number; warnings: number} {
  return item.status === 'ok' ? countSeverities(item.result.diagnostics) : {errors: 0, warnings: 0}
}

/** How many diagnostics are errors and how many warnings. */
export function countSeverities(diagnostics: ReadonlyArray<Diagnostic>): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++
    else if (diagnostic.severity === 'warning') warnings++
  }
  return {errors, warnings}
}

function textOf(item: FileResult, format: OutputFormat, counts: {errors: number; warnings: number}): string {
  switch (format) {
    case 'csv':
      return stringify([wideRow(item, counts)])
    case 'csv-long':
      return item.status === 'ok' ? stringify(longRows(item.file, item.result)) : ''
    case 'ndjson':
      return JSON.stringify(toRecord(item)) + '\n'
    case 'json':
      return JSON.stringify(toRecord(item))
  }
}

function wideRow(item: FileResult, counts: {errors: number; warnings: number}): Array<Field> {
  if (item.status === 'failed') {
    return [item.file, 'failed', item.error.code, ...Array.from({length: csvFileColumns.length - 3 + seriesCellIds.length}, () => null)]
  }
  const {report} = item.result
  // A series across forms: a cell the report's form does not have is empty, not 0.
  const cells: Readonly<Record<string, number | null>> = item.result.cells
  return [
    item.file,
    'ok',
    null,
    report.meta.agency,
    report.meta.year,
    report.meta.template,
    counts.errors,
    counts.warnings,
    ...seriesCellIds.map((id) => cells[id] ?? null)
  ]
}

function longRows(file: string, result: Extract<FileResult, {status: 'ok'}>['result']): Array<Array<Field>> {
  const cells: Readonly<Record<string, number | null>> = result.cells
  return templateOf(result.template).cellIds.map((id) => {
    const start = cellProvenance(result.report.tables, id)?.position?.start
    return [file, id, cells[id] ?? null, start?.line ?? null, start?.column ?? null]
  })
}
