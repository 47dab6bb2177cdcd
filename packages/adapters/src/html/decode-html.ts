import {ParseError} from '@xxgk/core'
import {strictDecode} from '../strict-decode.js'

/** Bytes of the page searched for a `<meta>` charset declaration. */
const prescanBytes = 2048

/** `<meta …>` tags and the charset they name, in `charset=` or `http-equiv` `content="…; charset=…"` form. */
const metaTag = /<meta\b[^>]*>/giu
const charsetInMeta = /charset\s*=\s*["']?\s*([\w.:-]+)/iu

/** Labels of the GB family: decoded as GB18030, their superset, so a GBK page's rare characters survive. */
const gbFamily = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'csgb2312', 'chinese', 'iso-ir-58'])

/** Share of U+FFFD replacement characters above which a lenient decoding is refused. */
const maxReplacementShare = 0.01

/**
 * Decodes the bytes of an html page: by its byte order mark; else by the charset its
 * `<meta>` declares in the first 2 KB (GB2312/GBK read as GB18030); else as UTF-8 if the
 * bytes are valid UTF-8; else as GB18030. A declared charset the bytes do not fit is
 * ignored (sites mislabel pages), and a page declared GBK that is valid UTF-8 with
 * non-ASCII text is read as UTF-8, because GBK text is practically never valid UTF-8
 * while UTF-8 text is often valid GBK. Pages no encoding decodes cleanly are decoded
 * leniently with the declared charset if at most 1% of the characters are broken.
 *
 * @throws {ParseError} `BINARY` for NUL bytes, `BAD_ENCODING` when nothing decodes.
 * @example
 *   decodeHtml(gbkBytes) // '<html><head><meta charset="gbk">…'
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWithBom('utf-8', bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWithBom('utf-16le', bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWithBom('utf-16be', bytes.subarray(2))
  if (bytes.includes(0)) throw new ParseError('BINARY', 'The html has NUL bytes: it is binary data, not a page')
  const declared = declaredCharset(bytes)
  const utf8 = strictDecode('utf-8', bytes)
  if (declared !== undefined && declared !== 'utf-8') {
    if (utf8 !== undefined && gbFamily.has(declared) && hasNonAscii(bytes)) return utf8
    const text = strictDecode(gbFamily.has(declared) ? 'gb18030' : declared, bytes)
    if (text !== undefined) return text
  }
  const text = utf8 ?? strictDecode('gb18030', bytes)
  if (text !== undefined) return text
  // Nothing decodes cleanly (a cut download, a few bad bytes): the declared charset and
  // GB18030 are both tried leniently, and the one with fewer broken characters wins.
  const candidates = [...new Set([knownEncoding(declared) ?? 'gb18030', 'gb18030'])].map((encoding) => {
    const decoded = new TextDecoder(encoding).decode(bytes)
    let replaced = 0
    for (const character of decoded) if (character === '\uFFFD') replaced++
    return {decoded, replaced}
  })
  const best = candidates.reduce((a, b) => (b.replaced < a.replaced ? b : a))
  const lenient = best.decoded
  const broken = best.replaced
  if (broken > lenient.length * maxReplacementShare) {
    throw new ParseError('BAD_ENCODING', 'The html is not valid in its declared charset (' + (declared ?? 'none') +
      '), nor in UTF-8 or GB18030: ' + broken + ' characters cannot be decoded')
  }
  return lenient
}

function decodeWithBom(encoding: string, bytes: Uint8Array): string {
  const text = strictDecode(encoding, bytes)
  if (text === undefined) {
    throw new ParseError('BAD_ENCODING', 'The html starts with a ' + encoding.toUpperCase() + ' byte order mark but is not valid ' + encoding.toUpperCase())
  }
  return text
}

/** The charset a `<meta>` in the first 2 KB declares, lower-cased; `undefined` if none. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // Byte-for-character (latin1) so that ASCII markup reads as itself whatever the encoding.
  let head = ''
  const end = Math.min(bytes.length, prescanBytes)
  for (let index = 0; index < end; index++) head += String.fromCharCode(bytes[index]!)
  for (const tag of head.match(metaTag) ?? []) {
    const label = charsetInMeta.exec(tag)?.[1]?.toLowerCase()
    const encoding = knownEncoding(label)
    if (label === undefined || encoding === undefined) continue
    // `iso-8859-1`/`windows-1252` decode any bytes at all, so on a Chinese page they are
    // always a CMS default, never the truth: treat the page as undeclared.
    if (encoding === 'windows-1252') return undefined
    // A page that could read its own `<meta>` is not UTF-16: the HTML standard reads a
    // UTF-16 label there as UTF-8.
    if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8'
    return gbFamily.has(label) ? label : encoding
  }
  return undefined
}

/** The WHATWG name of an encoding label the runtime supports, `undefined` otherwise. */
function knownEncoding(label: string | undefined): string | undefined {
  if (label === undefined) return undefined
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true
  return false
}
