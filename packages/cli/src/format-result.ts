import {stringify} from 'csv-stringify/sync'
import {codebookOf, seriesCellIds, templateOf, templates, type Diagnostic} from '@xxgk/schema'
import {cellProvenance} from './cell-provenance.js'
import type {HeaderLanguage} from './header-languages.js'
import type {OutputFormat} from './output-formats.js'
import {readingOf, type ReportReading, type ReportStatus} from './report-reading.js'
import {toRecord} from './to-record.js'
import type {FailureCode, FileResult} from './types.js'

/** Columns of the wide CSV before the 200 cell ids. */
export const csvFileColumns = [
  'file',
  'status',
  'errorCode',
  'agency',
  'year',
  'template',
  'cellsRead',
  'cellsNull',
  'checksFailed',
  'errors',
  'warnings'
] as const

/** The same columns with Chinese headers (`--headers zh`), in the same order. */
export const csvFileColumnsZh: Readonly<Record<(typeof csvFileColumns)[number], string>> = {
  file: '文件',
  status: '状态',
  errorCode: '错误代码',
  agency: '机关',
  year: '年度',
  template: '模板',
  cellsRead: '读出单元格数',
  cellsNull: '空值单元格数',
  checksFailed: '未通过勾稽关系数',
  errors: '错误数',
  warnings: '警告数'
}

/**
 * Columns of the long (tidy) CSV: one row per file and cell. `status` is the cell's
 * (`number`, `blank`, `marked`, `unreadable`, `absent`), `raw` its text as printed;
 * `line`/`column` place it in a text input, `sourceTable`/`sourceRow`/`sourceColumn` in a
 * .docx, html or PDF table, counted from 1 as a person counts them (the record's `source`
 * counts from 0); `page` and `box` (`left top right bottom`, points from the page's top
 * left) in a PDF.
 */
export const csvLongColumns = [
  'file',
  'agency',
  'year',
  'template',
  'cellId',
  'status',
  'value',
  'raw',
  'line',
  'column',
  'sourceTable',
  'sourceRow',
  'sourceColumn',
  'page',
  'box'
] as const

/**
 * A file's part of an output, already written out, with what the summary counts. This
 * is what a worker thread hands back when the batch only writes an output: a short
 * string crosses threads far cheaper than a report, and the main thread only writes it.
 */
export interface FormattedResult {
  file: string
  /** `ok`, `partial` (see `readingOf`) or `failed`. */
  status: ReportStatus
  /** Code of a failed file. */
  errorCode: FailureCode | null
  /** Diagnostics of severity `error` (0 for a failed file). */
  errors: number
  /** Diagnostics of severity `warning`. */
  warnings: number
  /** The file's lines of the output, each ending in a newline (JSON: the record alone; `xlsx`: empty). */
  text: string
  /** `xlsx` only: the file's row, the fields of the wide CSV (`wideRow`) with numbers as numbers. */
  fields?: Array<Field>
}

/** A field of a row: a number, a text, or nothing (an empty cell). */
export type Field = number | string | null

/**
 * Writes out one file's result in an output format: the wide CSV row (see
 * `csvFileColumns`, then the cells of the series: the 200 of the 2021 form and the 26
 * only the 2019 form has; an empty field for a null and for a cell the report's form
 * lacks, never 0; a failed file has its code and every other field empty), the long CSV
 * rows (see `csvLongColumns`, the cells of the report's own form; none for a failed
 * file), the JSON record (see `toRecord`), or for `xlsx` the wide row's fields (`fields`),
 * which the workbook writer puts in its sheet.
 */
export function formatResult(item: FileResult, format: OutputFormat): FormattedResult {
  const counts = countsOf(item)
  const reading = item.status === 'failed' ? null : readingOf(item.result)
  const formatted: FormattedResult = {
    file: item.file,
    status: reading?.status ?? 'failed',
    errorCode: item.status === 'failed' ? item.error.code : null,
    ...counts,
    text: textOf(item, format, counts, reading)
  }
  if (format === 'xlsx') formatted.fields = wideRow(item, counts, reading)
  return formatted
}

/**
 * What an output starts with: the CSV header (after a BOM, when asked; in Chinese with
 * `headers: 'zh'`, the cells named as in `codebook`), `[` for JSON; nothing for NDJSON and
 * `xlsx` (whose writer puts the header in its sheet).
 */
export function formatHeader(format: OutputFormat, bom: boolean, headers: HeaderLanguage = 'id'): string {
  switch (format) {
    case 'csv':
      return stringify([wideHeader(headers)], {bom})
    case 'csv-long':
      return stringify([[...csvLongColumns]], {bom})
    case 'json':
      return '['
    case 'ndjson':
    case 'xlsx':
      return ''
  }
}

/** The wide CSV's header: the file columns and a column per cell, by id or in Chinese. */
export function wideHeader(headers: HeaderLanguage = 'id'): Array<string> {
  if (headers === 'id') return [...csvFileColumns, ...seriesCellIds]
  return [...csvFileColumns.map((column) => csvFileColumnsZh[column]), ...seriesHeadersZh]
}

/** The Chinese header of each cell of the series, from the codebook of the form that has it (the newer first). */
const seriesHeadersZh: ReadonlyArray<string> = (() => {
  const headerOf = new Map<string, string>()
  for (const template of templates) {
    for (const entry of codebookOf(template.cells, template.id)) if (!headerOf.has(entry.id)) headerOf.set(entry.id, entry.header)
  }
  return seriesCellIds.map((id) => headerOf.get(id)!)
})()

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

function textOf(
  item: FileResult,
  format: OutputFormat,
  counts: {errors: number; warnings: number},
  reading: ReportReading | null
): string {
  switch (format) {
    case 'csv':
      return stringify([wideRow(item, counts, reading)])
    case 'csv-long':
      return item.status === 'ok' ? stringify(longRows(item.file, item.result)) : ''
    case 'ndjson':
      return JSON.stringify(toRecord(item)) + '\n'
    case 'json':
      return JSON.stringify(toRecord(item))
    case 'xlsx':
      return ''
  }
}

/** The wide CSV row of a file, as fields (see `csvFileColumns`, then the cells). */
export function wideRow(
  item: FileResult,
  counts: {errors: number; warnings: number} = countsOf(item),
  reading: ReportReading | null = item.status === 'failed' ? null : readingOf(item.result)
): Array<Field> {
  if (item.status === 'failed') {
    return [item.file, 'failed', item.error.code, ...Array.from({length: csvFileColumns.length - 3 + seriesCellIds.length}, () => null)]
  }
  const {report} = item.result
  // A series across forms: a cell the report's form does not have is empty, not 0.
  const cells: Readonly<Record<string, number | null>> = item.result.cells
  reading ??= readingOf(item.result)
  return [
    item.file,
    reading.status,
    null,
    report.meta.agency,
    report.meta.year,
    report.meta.template,
    reading.cellsRead,
    reading.cellsNull,
    reading.checksFailed,
    counts.errors,
    counts.warnings,
    ...seriesCellIds.map((id) => cells[id] ?? null)
  ]
}

function longRows(file: string, result: Extract<FileResult, {status: 'ok'}>['result']): Array<Array<Field>> {
  const {meta, tables} = result.report
  const cells: Readonly<Record<string, number | null>> = result.cells
  return templateOf(result.template).cellIds.map((id) => {
    const cell = cellProvenance(tables, id)
    const start = cell?.position?.start
    const source = cell?.source
    return [
      file,
      meta.agency,
      meta.year,
      result.template,
      id,
      cell?.status ?? 'absent',
      cells[id] ?? null,
      cell?.raw ?? null,
      start?.line ?? null,
      start?.column ?? null,
      source ? source.table + 1 : null,
      source ? source.row + 1 : null,
      source ? source.column + 1 : null,
      source?.page ?? null,
      source?.box ? [source.box.left, source.box.top, source.box.right, source.box.bottom].join(' ') : null
    ]
  })
}
