import {ParseError} from '../parse-error.js'
import type {Limits} from '../types.js'

/**
 * Refuses text that is not a report's text as a whole: empty, binary, mis-decoded, or
 * over the limits. Runs in one pass before any parsing, so bad input costs little.
 */
export function checkText(text: unknown, limits: Limits): asserts text is string {
  if (typeof text !== 'string') {
    throw new ParseError('INVALID_INPUT', 'Expected text as a string, got `' + typeOf(text) + '`')
  }
  if (text.length > limits.maxChars) {
    throw new ParseError('TOO_LARGE', 'Text of ' + text.length + ' characters exceeds the limit of ' + limits.maxChars)
  }
  if (text.startsWith('%PDF-') || text.startsWith('PK\u0003\u0004') || text.startsWith('\u00D0\u00CF\u0011\u00E0')) {
    throw new ParseError('BINARY', 'The input is a binary file (PDF, zip or OLE signature), not text')
  }
  let lines = 1
  let lineLength = 0
  let longest = 0
  let control = 0
  let replacement = 0
  let latin = 0
  let han = 0
  let visible = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) {
      lines++
      if (lineLength > longest) longest = lineLength
      lineLength = 0
      continue
    }
    lineLength++
    if (code === 0) throw new ParseError('BINARY', 'The input holds NUL characters: binary data, not text')
    if (code < 32 && code !== 9 && code !== 13 && code !== 12) control++
    else if (code === 0xfffd) replacement++
    else if (code >= 0x4e00 && code <= 0x9fff) han++
    else if (code >= 0xc0 && code <= 0x2af) latin++
    if (code > 32) visible++
  }
  if (lineLength > longest) longest = lineLength
  if (visible === 0) throw new ParseError('EMPTY', 'The input is empty')
  if (lines > limits.maxLines) {
    throw new ParseError('TOO_LARGE', 'Text of ' + lines + ' lines exceeds the limit of ' + limits.maxLines)
  }
  if (longest > limits.maxLineLength) {
    throw new ParseError('TOO_LARGE', 'A line of ' + longest + ' characters exceeds the limit of ' + limits.maxLineLength)
  }
  if (control > 16 && control > visible * 0.01) {
    throw new ParseError('BINARY', 'The input holds ' + control + ' control characters: binary data, not text')
  }
  // GBK or GB18030 bytes decoded as UTF-8 become U+FFFD; decoded as Latin-1 they become
  // accented Latin letters. Either way Han characters are few.
  if (replacement > 8 && replacement > han * 0.05) {
    throw new ParseError('BAD_ENCODING', 'The text holds ' + replacement + ' U+FFFD replacement characters: mis-decoded (GBK read as UTF-8?)')
  }
  if (latin > 64 && latin > han) {
    throw new ParseError('BAD_ENCODING', 'The text holds ' + latin + ' accented Latin letters and ' + han + ' Han characters: mis-decoded (GBK read as Latin-1?)')
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (value instanceof Uint8Array) return 'Uint8Array'
  return typeof value
}
