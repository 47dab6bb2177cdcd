import {isParseError, type ParseErrorCode} from '@xxgk/core'
import {expect} from 'vitest'

/** Runs `action` and returns the code of the `ParseError` it throws (or rejects with); fails on any other outcome. */
export async function parseErrorCode(action: () => unknown): Promise<ParseErrorCode> {
  try {
    await action()
  } catch (error) {
    expect(isParseError(error), 'expected a ParseError, got ' + String(error)).toBe(true)
    return (error as {code: ParseErrorCode}).code
  }
  throw new Error('Expected a ParseError, but nothing was thrown')
}
