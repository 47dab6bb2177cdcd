// TEMPORARY during development, removed before hand-off
import {parseReport, ParseError} from '@xxgk/core'
import type {ParseResult} from '@xxgk/schema'
export async function parseBytes(bytes: Uint8Array, options: {filename?: string; limits?: unknown} = {}): Promise<ParseResult> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new ParseError('UNSUPPORTED_FORMAT', 'docx not yet')
  if (/\.docx$/i.test(options.filename ?? '')) throw new ParseError('CORRUPT_DOCX', 'not a zip')
  return parseReport(new TextDecoder().decode(bytes), {path: options.filename ?? null})
}
