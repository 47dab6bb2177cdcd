import {ParseError} from '@xxgk/core'
import {strictDecode} from './strict-decode.js'

/** Byte order marks and the encodings they announce. */
const boms: ReadonlyArray<{bytes: ReadonlyArray<number>; encoding: string}> = [
  {bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8'},
  {bytes: [0xff, 0xfe], encoding: 'utf-16le'},
  {bytes: [0xfe, 0xff], encoding: 'utf-16be'}
]

/**
 * Decodes the bytes of a text file: by its byte order mark (UTF-8, UTF-16LE/BE) if it
 * has one, else as UTF-8 if the bytes are valid UTF-8, else as GB18030 (the superset
 * of GBK and GB2312 that Chinese government sites publish in). Decoding is strict: a
 * byte sequence neither encoding allows is an error, never a silent U+FFFD.
 *
 * UTF-8 is tried first because GBK-encoded Chinese is practically never valid UTF-8,
 * while UTF-8 Chinese often *is* valid GBK (as mojibake).
 *
 * @throws {ParseError} `INVALID_INPUT` for a non-`Uint8Array`, `BAD_ENCODING` when
 *   neither encoding decodes the bytes cleanly.
 * @example
 *   decodeText(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae])) // '政府' (GBK bytes)
 */
export function decodeText(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) {
    throw new ParseError('INVALID_INPUT', 'Expected bytes (`Uint8Array`) to decode, got `' + typeof bytes + '`')
  }
  const bom = boms.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte))
  if (bom) {
    const text = strictDecode(bom.encoding, bytes.subarray(bom.bytes.length))
    if (text === undefined) {
      throw new ParseError('BAD_ENCODING', 'The text starts with a ' + bom.encoding.toUpperCase() + ' byte order mark but is not valid ' + bom.encoding.toUpperCase())
    }
    return text
  }
  const text = strictDecode('utf-8', bytes) ?? strictDecode('gb18030', bytes)
  if (text === undefined) {
    throw new ParseError('BAD_ENCODING', 'The text is neither valid UTF-8 nor valid GB18030 (GBK)')
  }
  return text
}
