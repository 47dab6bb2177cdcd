import {isParseError, ParseError, type ParseErrorCode} from '@xxgk/core'

/**
 * Turns whatever a reader threw into the one error the adapters let escape: a
 * `ParseError` passes through; a stack overflow from absurd nesting becomes
 * `TOO_LARGE`; anything else becomes `code`, with the original as `cause`.
 *
 * @example
 *   toParseError(new Error('invalid block type'), 'CORRUPT_DOCX', 'Cannot inflate `word/document.xml`').code // 'CORRUPT_DOCX'
 */
export function toParseError(error: unknown, code: ParseErrorCode, message: string): ParseError {
  if (isParseError(error)) return error
  if (error instanceof RangeError && /call stack/iu.test(error.message)) {
    return new ParseError('TOO_LARGE', message + ': the input is nested too deeply', {cause: error})
  }
  const reason = error instanceof Error ? error.message : String(error)
  return new ParseError(code, message + ': ' + reason, {cause: error})
}
