import type {Diagnostic} from '@xxgk/schema'
import type {Failure} from './types.js'

/**
 * One linter line for a diagnostic: `file:line:column  severity  message  ruleId`.
 * A diagnostic without a place points at `1:1`; line breaks in the message become
 * spaces so that each diagnostic stays on one line.
 *
 * @example
 *   formatDiagnostic('seeds/x.txt', diagnostic) // 'seeds/x.txt:67:2  warning  Row … was not matched  row-unmatched'
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const place = diagnostic.place ?? {line: 1, column: 1}
  return line(file + ':' + place.line + ':' + place.column, diagnostic.severity, diagnostic.message, diagnostic.ruleId)
}

/**
 * The linter line of a file that could not be parsed: an `error` at `1:1` whose rule is
 * the failure code (`bad.txt:1:1  error  The input is empty  EMPTY`).
 */
export function formatFailure(file: string, failure: Failure): string {
  return line(file + ':1:1', 'error', failure.message, failure.code)
}

function line(place: string, severity: string, message: string, ruleId: string): string {
  return place + '  ' + severity + '  ' + message.replace(/\s*[\r\n]+\s*/g, ' ') + '  ' + ruleId
}
