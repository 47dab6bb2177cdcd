import {isParseError} from '@xxgk/core'
import type {Failure} from './types.js'

/**
 * Turns anything thrown while parsing one file into its row: a `ParseError` keeps its
 * code, any other exception is `INTERNAL` (a bug, an I/O error, a crashed worker).
 *
 * @example
 *   toFailure(new ParseError('EMPTY', 'The input is empty')) // {code: 'EMPTY', message: 'The input is empty'}
 */
export function toFailure(error: unknown): Failure {
  if (isParseError(error)) return {code: error.code, message: error.message}
  return {code: 'INTERNAL', message: error instanceof Error ? error.message : String(error)}
}
