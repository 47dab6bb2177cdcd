import {openZip} from './docx/unzip.js'
import {defaultDocxLimits} from './limits.js'
import {oleKind} from './ole-kind.js'
import type {DetectedFormat} from './types.js'

/** Extensions and what they name, for files whose bytes do not say. */
const extensions = new Map<string, DetectedFormat>([
  ['docx', 'docx'], ['docm', 'docx'], ['dotx', 'docx'],
  ['html', 'html'], ['htm', 'html'], ['shtml', 'html'], ['xhtml', 'html'],
  ['txt', 'text'], ['text', 'text'], ['md', 'text'], ['markdown', 'text'],
  ['doc', 'doc'], ['dot', 'doc'], ['wps', 'doc'],
  ['pdf', 'pdf']
])

/** Bytes looked at to tell html from text, and text from binary. */
const sniffBytes = 4096

/**
 * Tells what a file is: first by its magic bytes (a zip holding `word/document.xml`, or
 * any zip named .docx → `docx`; an OLE compound file → `doc`, which a password-protected .docx also is;
 * `%PDF` → `pdf`; other binary signatures → `unknown`), then by the extension of
 * `filename`, then by its content (`<html`, `<!doctype html`, `<table` near the start
 * → `html`; other text → `text`; NUL bytes or control characters → `unknown`).
 *
 * A zip whose directory cannot be read (a cut download) is still `docx`, so that
 * reading it reports `TRUNCATED` rather than an unknown format.
 *
 * @example
 *   detectFormat(bytes, 'report.docx') // 'docx'
 *   detectFormat(new TextEncoder().encode('<html><body>…'), undefined) // 'html'
 */
export function detectFormat(bytes: Uint8Array, filename?: string | null): DetectedFormat {
  const extension = filename ? /\.([a-z0-9]+)$/iu.exec(filename)?.[1]?.toLowerCase() : undefined
  const named = extension ? extensions.get(extension) : undefined
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // A zip named .docx is read as one, so that one without `word/document.xml` is
    // refused as a corrupt .docx (what the docx reader says of it), not as unknown.
    return named === 'docx' || zipIsDocx(bytes) ? 'docx' : 'unknown'
  }
  if (oleKind(bytes)) return 'doc'
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'
  if (hasBinarySignature(bytes)) return 'unknown'
  if (named) return named
  return sniffText(bytes)
}

function zipIsDocx(bytes: Uint8Array): boolean {
  try {
    const zip = openZip(bytes, {...defaultDocxLimits, maxBytes: Number.POSITIVE_INFINITY})
    return zip.entries.has('word/document.xml') || zip.entries.has('[content_types].xml') && [...zip.entries.keys()].some((name) => name.startsWith('word/'))
  } catch {
    // Unreadable (cut, damaged, a bomb): the docx reader says which.
    return true
  }
}

/** Images and archives that are neither reports nor text. */
function hasBinarySignature(bytes: Uint8Array): boolean {
  const signatures = [
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF
    [0x52, 0x61, 0x72, 0x21], // RAR
    [0x1f, 0x8b], // gzip
    [0x37, 0x7a, 0xbc, 0xaf] // 7z
  ]
  return signatures.some((signature) => startsWith(bytes, signature))
}

function sniffText(bytes: Uint8Array): DetectedFormat {
  const head = bytes.subarray(0, sniffBytes)
  const utf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])
  let controls = 0
  for (const byte of head) {
    if (byte === 0 && !utf16) return 'unknown'
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls++
  }
  if (!utf16 && controls > head.length * 0.05) return 'unknown'
  const text = new TextDecoder(utf16 ? (head[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'latin1').decode(head).toLowerCase()
  return text.includes('<html') || text.includes('<!doctype html') || text.includes('<table') ? 'html' : 'text'
}

function startsWith(bytes: Uint8Array, signature: ReadonlyArray<number>): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}
