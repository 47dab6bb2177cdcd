import type {Diagnostic} from '@xxgk/schema'
import type {ReportStatus} from './report-reading.js'

/** The header of `xxgk check --summary`: tab-separated, one row per file after it. */
export const fileSummaryHeader = 'file\tstatus\terrors\twarnings\tinfos\trules'

/**
 * One row of `xxgk check --summary`: the file, its status (`ok`, `partial` or `failed`),
 * its diagnostics counted by severity and by rule, most frequent rule first (ties by
 * rule id), tab-separated.
 *
 * @example
 *   formatFileSummary('a.txt', 'partial', diagnostics) // 'a.txt\tpartial\t1\t2\t0\ttable-missing 1, cell-blank 2'
 */
export function formatFileSummary(file: string, status: ReportStatus, diagnostics: ReadonlyArray<Pick<Diagnostic, 'ruleId' | 'severity'>>): string {
  const bySeverity = {error: 0, warning: 0, info: 0}
  const byRule = new Map<string, number>()
  for (const diagnostic of diagnostics) {
    bySeverity[diagnostic.severity]++
    byRule.set(diagnostic.ruleId, (byRule.get(diagnostic.ruleId) ?? 0) + 1)
  }
  const rules = [...byRule]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([ruleId, count]) => ruleId + ' ' + count)
    .join(', ')
  return [file, status, bySeverity.error, bySeverity.warning, bySeverity.info, rules].join('\t')
}
