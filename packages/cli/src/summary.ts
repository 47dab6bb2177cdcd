import {comparePaths} from './compare-paths.js'
import {countSeverities, type FormattedResult} from './format-result.js'
import {readingOf} from './report-reading.js'
import type {FileResult} from './types.js'

/** Counts of a batch, for the closing lines on stderr. */
export interface Summary {
  /** Files in the batch. */
  total: number
  /** Files finished (parsed or failed). */
  done: number
  /** Files parsed into a report. */
  parsed: number
  /** Parsed reports whose every cell was read (status `ok`, see `readingOf`). */
  ok: number
  /** Parsed reports read in part (status `partial`): a table missing, or cells left null. */
  partial: number
  /** Parsed reports with at least one `error` diagnostic. */
  withErrors: number
  /** Parsed reports with at least one `warning` diagnostic. */
  withWarnings: number
  /** Files that could not be parsed. */
  failed: number
  /** Failed files by code (`EMPTY`, `NOT_A_REPORT`, …, `INTERNAL`). */
  failures: Record<string, number>
}

/** A summary of nothing done yet, for a batch of `total` files. */
export function createSummary(total: number): Summary {
  return {total, done: 0, parsed: 0, ok: 0, partial: 0, withErrors: 0, withWarnings: 0, failed: 0, failures: {}}
}

/** Counts one result (whole, or written out by `formatResult`) into the summary. */
export function addToSummary(summary: Summary, item: FileResult | FormattedResult): void {
  summary.done++
  if (item.status === 'failed') {
    const code = 'error' in item ? item.error.code : (item.errorCode ?? 'INTERNAL')
    summary.failed++
    summary.failures[code] = (summary.failures[code] ?? 0) + 1
    return
  }
  const {errors, warnings} = 'result' in item ? countSeverities(item.result.diagnostics) : item
  const status = 'result' in item ? readingOf(item.result).status : item.status
  if (status === 'ok') summary.ok++
  else summary.partial++
  if (errors > 0) summary.withErrors++
  if (warnings > 0) summary.withWarnings++
  summary.parsed++
}

/**
 * The closing lines, each ending in a newline:
 *
 * ```txt
 * xxgk: 7 files: 4 parsed (3 ok, 1 partial; 1 with errors, 2 with warnings), 3 failed
 * xxgk: failed by reason: CORRUPT_DOCX 1, EMPTY 1, NOT_A_REPORT 1
 * ```
 *
 * plus `xxgk: interrupted after N of M files` when the batch was stopped early.
 */
export function formatSummary(summary: Summary): string {
  let text =
    'xxgk: ' +
    plural(summary.done, 'file') +
    ': ' +
    summary.parsed +
    ' parsed (' +
    summary.ok +
    ' ok, ' +
    summary.partial +
    ' partial; ' +
    summary.withErrors +
    ' with errors, ' +
    summary.withWarnings +
    ' with warnings), ' +
    summary.failed +
    ' failed\n'
  const codes = Object.keys(summary.failures).sort(comparePaths)
  if (codes.length > 0) {
    text += 'xxgk: failed by reason: ' + codes.map((code) => code + ' ' + String(summary.failures[code])).join(', ') + '\n'
  }
  if (summary.done < summary.total) {
    text += 'xxgk: interrupted after ' + summary.done + ' of ' + plural(summary.total, 'file') + '\n'
  }
  return text
}

function plural(count: number, noun: string): string {
  return count + ' ' + noun + (count === 1 ? '' : 's')
}
