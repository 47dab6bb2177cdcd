import {isUtf8} from 'node:buffer'
import {ParseError} from '@xxgk/core'
import {strictDecode} from '../strict-decode.js'

/**
 * Bytes decoded into one piece of text. V8 allocates a string over 128 KiB as a large
 * object on fresh pages, which costs ten times the decoding itself; pieces of this size
 * stay ordinary strings that the XML parser takes one after the other.
 */
const pieceBytes = 32 * 1024

/**
 * The text of an XML part's bytes, in pieces of at most `pieceBytes` bytes: UTF-8 (what
 * Word writes), or UTF-16 when the part starts with its byte order mark, as XML allows.
 * The whole part is checked before the first piece, so invalid bytes are refused before
 * anything is parsed.
 *
 * @throws {ParseError} `CORRUPT_DOCX` when the bytes are not valid in that encoding.
 * @example
 *   [...decodeXml(new TextEncoder().encode('<a/>'), 'word/document.xml')] // ['<a/>']
 */
export function decodeXml(bytes: Uint8Array, part: string): Array<string> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return [decodeStrictly('utf-16le', bytes.subarray(2), part)]
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return [decodeStrictly('utf-16be', bytes.subarray(2), part)]
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  if (!isUtf8(body)) throw invalid('utf-8', part)
  // `ignoreBOM` keeps a second BOM as text: the first was taken off above.
  const decoder = new TextDecoder('utf-8', {ignoreBOM: true})
  const pieces: Array<string> = []
  for (let offset = 0; offset < body.length; offset += pieceBytes) {
    // `stream` holds back a character cut at the end of a piece for the next one.
    const end = offset + pieceBytes
    pieces.push(decoder.decode(body.subarray(offset, end), {stream: end < body.length}))
  }
  return pieces
}

/** The rare UTF-16 part, decoded whole. */
function decodeStrictly(encoding: string, bytes: Uint8Array, part: string): string {
  const text = strictDecode(encoding, bytes)
  if (text === undefined) throw invalid(encoding, part)
  return text
}

function invalid(encoding: string, part: string): ParseError {
  return new ParseError('CORRUPT_DOCX', 'The part `' + part + '` is not valid ' + encoding.toUpperCase())
}
