import type {Diagnostic} from '@xxgk/schema'
import type {VFile} from 'vfile'
import type {ReportMessage} from './message.js'

/** The file's messages as plain, serialisable diagnostics, in the order they were made. */
export function toDiagnostics(file: VFile): Array<Diagnostic> {
  return file.messages.map((raw) => {
    const message = raw as ReportMessage
    const position = message.place && 'start' in message.place ? message.place : null
    const point = position ? position.start : message.place && 'line' in message.place ? message.place : null
    const diagnostic: Diagnostic = {
      ruleId: message.ruleId ?? 'unknown',
      source: message.source ?? 'xxgk',
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      message: message.reason,
      place: point ? {line: point.line, column: point.column} : null
    }
    if (position) {
      diagnostic.position = {
        start: {line: position.start.line, column: position.start.column},
        end: {line: position.end.line, column: position.end.column}
      }
    }
    if (message.cellId !== undefined) diagnostic.cellId = message.cellId
    if (message.cellIds !== undefined) diagnostic.cellIds = message.cellIds
    if (message.actual !== undefined) diagnostic.actual = message.actual
    if (message.expected !== undefined) diagnostic.expected = message.expected
    return diagnostic
  })
}
