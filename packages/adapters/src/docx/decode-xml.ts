import {ParseError} from '@xxgk/core'
import {strictDecode} from '../strict-decode.js'

/**
 * The text of an XML part's bytes: UTF-8 (what Word writes), or UTF-16 when the part
 * starts with its byte order mark, as XML allows.
 *
 * @throws {ParseError} `CORRUPT_DOCX` when the bytes are not valid in that encoding.
 * @example
 *   decodeXml(new TextEncoder().encode('<a/>'), 'word/document.xml') // '<a/>'
 */
export function decodeXml(bytes: Uint8Array, part: string): string {
  let encoding = 'utf-8'
  let start = 0
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) (encoding = 'utf-16le'), (start = 2)
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) (encoding = 'utf-16be'), (start = 2)
  const body = bytes.subarray(start)
  // Node's own UTF-8 decoding is several times faster than a fatal TextDecoder; only a
  // part where it had to replace something is decoded again strictly, to tell a
  // U+FFFD written in the document from invalid bytes.
  if (encoding === 'utf-8') {
    const fast = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
    if (!fast.includes('\uFFFD')) return fast
  }
  const text = strictDecode(encoding, body)
  if (text === undefined) {
    throw new ParseError('CORRUPT_DOCX', 'The part `' + part + '` is not valid ' + encoding.toUpperCase())
  }
  return text
}
