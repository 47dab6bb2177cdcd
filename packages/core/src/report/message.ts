import type {CellId, Position, Severity} from '@xxgk/schema'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {messageSource, type DiagnosticRuleId} from '../rule-ids.js'

/**
 * Fields a parser message carries beyond vfile-message's own. The stages make cell ids
 * from the template's table, row and column keys, so they come in as strings; the
 * results' schema (`DiagnosticSchema`, an enum of the ids) is what proves them ids, on
 * every seed and generated report of the tests.
 */
export interface MessageFields {
  place?: Position | undefined
  severity: Severity
  cellId?: string | undefined
  cellIds?: Array<string> | undefined
  actual?: string | undefined
  expected?: Array<string> | undefined
}

/** A vfile message with the parser's extra fields. */
export interface ReportMessage extends VFileMessage {
  cellId?: CellId
  cellIds?: Array<CellId>
}

/**
 * Adds a message to the file: the one way every stage reports what it found. Severity
 * maps to vfile's `fatal` (`error` → true, `warning` → false, `info` → undefined).
 */
export function report(file: VFile, ruleId: DiagnosticRuleId, reason: string, fields: MessageFields): ReportMessage {
  const options = {ruleId, source: messageSource, place: fields.place}
  // A vfile message is an Error: constructing one captures a stack trace, which
  // vfile-message then replaces with ''. Reports make hundreds; none needs the trace.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReportMessage
  try {
    message = fields.severity === 'info' ? file.info(reason, options) : file.message(reason, options)
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.fatal = fields.severity === 'error' ? true : fields.severity === 'warning' ? false : undefined
  if (fields.cellId !== undefined) message.cellId = fields.cellId as CellId
  if (fields.cellIds !== undefined) message.cellIds = fields.cellIds as Array<CellId>
  if (fields.actual !== undefined) message.actual = fields.actual
  if (fields.expected !== undefined) message.expected = fields.expected
  return message
}
