import {diagnosticText, type Locale} from '@xxgk/core'
import type {Diagnostic, ParseResult, TableSource} from '@xxgk/schema'
import {cellProvenance} from './cell-provenance.js'
import type {Failure} from './types.js'

/** Options of `formatDiagnostic`. */
export interface FormatDiagnosticOptions {
  /**
   * The report the diagnostic is about: a diagnostic with no line but a cell (a .docx or
   * html table) is placed by that cell's table, row and column.
   */
  report?: Pick<ParseResult['report'], 'tables'> | null | undefined
  /** Language of the message and the place: `en` (default) or `zh`. */
  locale?: Locale | null | undefined
}

/**
 * One linter line for a diagnostic: `place  severity  message  ruleId`. The place is the
 * one the diagnostic has: `file:line:column` in a text, `file (table 2, row 14,
 * column 3)` in a .docx or html table (counted from 1; `file（第2个表格 第14行 第3列）` in
 * Chinese), or the file alone when there is none (a missing table). Line breaks in the
 * message become spaces so that each diagnostic stays on one line.
 *
 * @example
 *   formatDiagnostic('seeds/x.txt', diagnostic) // 'seeds/x.txt:67:2  warning  表三 … 总计: 0 ≠ 3 + 0 …  consistency-row-total'
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic, options: FormatDiagnosticOptions = {}): string {
  const locale = options.locale ?? 'en'
  return line(placeOf(file, diagnostic, options.report, locale), diagnostic.severity, diagnosticText(diagnostic, locale), diagnostic.ruleId)
}

/**
 * The linter line of a file that could not be parsed: an `error` at the file, whose rule
 * is the failure code (`bad.txt  error  The input is empty  EMPTY`).
 */
export function formatFailure(file: string, failure: Failure): string {
  return line(file, 'error', failure.message, failure.code)
}

function placeOf(file: string, diagnostic: Diagnostic, report: FormatDiagnosticOptions['report'], locale: Locale): string {
  if (diagnostic.place) return file + ':' + diagnostic.place.line + ':' + diagnostic.place.column
  const source = report ? sourceOf(diagnostic, report) : undefined
  if (!source) return file
  const [table, row, column] = [source.table + 1, source.row + 1, source.column + 1]
  return locale === 'zh'
    ? file + '（第' + table + '个表格 第' + row + '行 第' + column + '列）'
    : file + ' (table ' + table + ', row ' + row + ', column ' + column + ')'
}

/** The table place of the diagnostic's cell, or of the first of its cells that has one. */
function sourceOf(diagnostic: Diagnostic, report: Pick<ParseResult['report'], 'tables'>): TableSource | undefined {
  const ids = diagnostic.cellId === undefined ? (diagnostic.cellIds ?? []) : [diagnostic.cellId]
  for (const id of ids) {
    const source = cellProvenance(report.tables, id)?.source
    if (source) return source
  }
  return undefined
}

function line(place: string, severity: string, message: string, ruleId: string): string {
  return place + '  ' + severity + '  ' + message.replace(/\s*[\r\n]+\s*/g, ' ') + '  ' + ruleId
}
