import {templateOf, type CellId, type CellMap, type CellStatus, type ParseResult} from '@xxgk/schema'
import {cellProvenance} from './cell-provenance.js'

/**
 * What a row of the output says about a report at a glance:
 * - `ok`: every cell of the template was read, or left blank or marked by the report itself;
 * - `partial`: a table is missing, no number was read at all, or more cells are null for
 *   reasons of reading than `okMaxUnreadCells` allows;
 * - `failed`: the file could not be parsed (see `errorCode`).
 */
export type ReportStatus = 'ok' | 'partial' | 'failed'

/**
 * How many of a template's cells may be null for a reason of reading (not found, not
 * placed with certainty, unreadable text) in a report still called `ok`. None: a
 * researcher filtering on `status == ok` keeps only reports whose every number was read.
 */
export const okMaxUnreadCells = 0

/**
 * Cell statuses that are the report's own answer rather than a failure to read it: the
 * publisher left the cell blank or put a mark meaning none (`/`, `无`).
 */
const ownBlankStatuses: ReadonlySet<CellStatus> = new Set(['blank', 'marked'])

/** Rule ids of consistency checks that ran and found the report's numbers do not add up. */
const failedCheckPrefix = 'consistency-'
const notAFailedCheck = 'consistency-skipped'

/** How much of a report was read: the counts every output row carries. */
export interface ReportReading {
  status: Exclude<ReportStatus, 'failed'>
  /** Cells of the template holding a number. */
  cellsRead: number
  /** Cells of the template that are null, whatever the reason (blank, marked, unread). */
  cellsNull: number
  /** Null cells that the report itself left blank or marked. */
  cellsBlankOrMarked: number
  /** Consistency checks (勾稽关系) the report's numbers fail. */
  checksFailed: number
  /** Statistical tables not found (`table-missing`). */
  tablesMissing: number
}

/**
 * Counts how much of a report was read, over the cells of its template. The template's
 * list of cells is a parameter so that a template with other cells counts its own.
 *
 * @example
 *   readingOf(parseReport(text)) // {status: 'ok', cellsRead: 200, cellsNull: 0, …}
 */
export function readingOf(result: ParseResult, cells: ReadonlyArray<{readonly id: CellId}> = templateOf(result.template).cells): ReportReading {
  let cellsRead = 0
  let cellsBlankOrMarked = 0
  const values: CellMap = result.cells
  for (const cell of cells) {
    if (typeof values[cell.id] === 'number') {
      cellsRead++
      continue
    }
    const status = cellProvenance(result.report.tables, cell.id)?.status
    if (status !== undefined && ownBlankStatuses.has(status)) cellsBlankOrMarked++
  }
  let checksFailed = 0
  let tablesMissing = 0
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.ruleId === 'table-missing') tablesMissing++
    else if (diagnostic.ruleId.startsWith(failedCheckPrefix) && diagnostic.ruleId !== notAFailedCheck) checksFailed++
  }
  const cellsNull = cells.length - cellsRead
  const unread = cellsNull - cellsBlankOrMarked
  const ok = tablesMissing === 0 && cellsRead > 0 && unread <= okMaxUnreadCells
  return {status: ok ? 'ok' : 'partial', cellsRead, cellsNull, cellsBlankOrMarked, checksFailed, tablesMissing}
}
