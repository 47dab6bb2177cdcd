import {ParseError} from '@xxgk/core'

/**
 * Checks that an input is bytes, not empty, and within `maxBytes`; the checks every
 * binary entry point runs first, before any work that scales with the input.
 *
 * @throws {ParseError} `INVALID_INPUT`, `EMPTY` or `TOO_LARGE`.
 * @example
 *   checkBytes(new Uint8Array(0), 100) // throws ParseError EMPTY
 */
export function checkBytes(bytes: unknown, maxBytes: number): asserts bytes is Uint8Array {
  if (!(bytes instanceof Uint8Array)) {
    throw new ParseError('INVALID_INPUT', 'Expected bytes (`Uint8Array`), got `' + describe(bytes) + '`')
  }
  if (bytes.length === 0) throw new ParseError('EMPTY', 'The input is empty (0 bytes)')
  if (bytes.length > maxBytes) {
    throw new ParseError('TOO_LARGE', 'The input has ' + bytes.length + ' bytes, over the limit of ' + maxBytes + ' (`limits.maxBytes`)')
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'object') return value.constructor?.name ?? 'object'
  return typeof value
}
