import {Inflate, inflateSync} from 'fflate'
import {ParseError} from '@xxgk/core'
import type {AdapterLimits} from '../types.js'

/** An entry of the zip's central directory. */
export interface ZipEntry {
  /** Name as stored (`word/document.xml`). */
  name: string
  /** Compression method: 0 stored, 8 deflate. */
  method: number
  /** General purpose flags; bit 0 means the entry is encrypted. */
  flags: number
  /** Bytes of the stored (compressed) data, as the directory says. */
  compressedSize: number
  /** Bytes once inflated, as the directory says (not trusted: inflation is capped). */
  size: number
  /** Offset of the entry's local header. */
  localOffset: number
}

/** An opened zip: its directory, and a way to inflate one entry within the limits. */
export interface Zip {
  /** Entries by lower-cased name (OPC part names are case-insensitive). */
  entries: Map<string, ZipEntry>
  /** Inflates the entry of that name, `undefined` if there is none. */
  read: (name: string) => Uint8Array | undefined
}

const mebibyte = 1024 * 1024
/** Compressed bytes fed to the inflater at once: deflate expands at most ~1032×, so one push yields at most ~4 MiB. */
const chunkSize = 4096
/** Output below which the ratio is not checked: small parts of repeated markup compress very well. */
const ratioFloor = mebibyte
/** Most bytes deflate data can inflate to per byte (258 bytes for a 2-bit length and distance code, rounded up). */
const maxDeflateRatio = 1032

/**
 * Opens a zip without trusting it: the central directory is read first and checked
 * against the limits (entry count, declared sizes, overall ratio) before anything is
 * inflated; then only the entries asked for are inflated, in small chunks, aborting as
 * soon as the output passes `maxEntryBytes` or `maxRatio`, so a header that lies
 * about sizes cannot make it allocate the expanded size.
 *
 * The directory is read here rather than with fflate's `unzipSync`, which takes the
 * 16-bit entry count of the end record and allocates each entry's declared size up front.
 *
 * @throws {ParseError} `CORRUPT_DOCX` (not a zip, inconsistent directory, bad deflate
 *   data), `TRUNCATED` (the end of the zip is missing), `ZIP_BOMB`, `ENCRYPTED`.
 * @example
 *   const zip = openZip(bytes, limits)
 *   const xml = zip.read('word/document.xml')
 */
export function openZip(bytes: Uint8Array, limits: AdapterLimits): Zip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(bytes, view)
  if (end === -1) {
    if (bytes.length >= 4 && view.getUint32(0, true) === 0x04034b50) {
      throw new ParseError('TRUNCATED', 'The zip has local entries but no end of central directory: the file was cut short')
    }
    throw new ParseError('CORRUPT_DOCX', 'The file is not a zip (no end of central directory record)')
  }
  let count = view.getUint16(end + 10, true)
  let directorySize = view.getUint32(end + 12, true)
  let directoryOffset = view.getUint32(end + 16, true)
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(bytes, view, end)
    if (zip64) ({count, directorySize, directoryOffset} = zip64)
  }
  if (count > limits.maxEntries) {
    throw new ParseError('ZIP_BOMB', 'The zip has ' + count + ' entries, over the limit of ' + limits.maxEntries + ' (`limits.maxEntries`)')
  }
  if (directoryOffset + directorySize > bytes.length) {
    throw new ParseError('TRUNCATED', 'The central directory of the zip reaches past the end of the file')
  }
  const entries = readDirectory(bytes, view, directoryOffset, directoryOffset + directorySize, count)
  let total = 0
  for (const entry of entries.values()) total += entry.size
  if (total > ratioFloor && total > bytes.length * limits.maxRatio) {
    throw new ParseError('ZIP_BOMB', 'The zip declares ' + total + ' uncompressed bytes for ' + bytes.length +
      ' bytes of file, a ratio over ' + limits.maxRatio + ' (`limits.maxRatio`)')
  }
  return {
    entries,
    read(name) {
      const entry = entries.get(name.toLowerCase())
      return entry ? inflateEntry(bytes, view, entry, limits) : undefined
    }
  }
}

/** Offset of the end of central directory record, -1 if there is none. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = bytes.length - 22
  const first = Math.max(0, last - 0xffff)
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset
  }
  return -1
}

function readZip64End(
  bytes: Uint8Array,
  view: DataView,
  end: number
): {count: number; directorySize: number; directoryOffset: number} | undefined {
  const locator = end - 20
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return undefined
  const record = readUint64(view, locator + 8)
  if (record + 56 > bytes.length || view.getUint32(record, true) !== 0x06064b50) {
    throw new ParseError('CORRUPT_DOCX', 'The zip64 end of central directory record is missing')
  }
  return {
    count: readUint64(view, record + 32),
    directorySize: readUint64(view, record + 40),
    directoryOffset: readUint64(view, record + 48)
  }
}

function readDirectory(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  count: number
): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>()
  let offset = start
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== 0x02014b50) {
      throw new ParseError('CORRUPT_DOCX', 'The central directory of the zip is damaged at entry ' + index)
    }
    const flags = view.getUint16(offset + 8, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const next = offset + 46 + nameLength + extraLength + commentLength
    if (next > end) throw new ParseError('CORRUPT_DOCX', 'The central directory of the zip is damaged at entry ' + index)
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength)
    // Bit 11 marks UTF-8 names; others are CP437, which is ASCII for every OPC part name.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes)
    const entry: ZipEntry = {
      name,
      method: view.getUint16(offset + 10, true),
      flags,
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true)
    }
    readZip64Extra(view, offset + 46 + nameLength, extraLength, entry)
    entries.set(name.toLowerCase(), entry)
    offset = next
  }
  return entries
}

/** Replaces the 0xFFFFFFFF placeholders of an entry by the zip64 extra field's values. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return
  let offset = start
  while (offset + 4 <= start + length) {
    const id = view.getUint16(offset, true)
    const size = view.getUint16(offset + 2, true)
    if (id === 0x0001) {
      let field = offset + 4
      const fieldEnd = field + size
      // The fields are present only for the values that overflowed, in this order.
      if (entry.size === 0xffffffff && field + 8 <= fieldEnd) entry.size = readUint64(view, field), field += 8
      if (entry.compressedSize === 0xffffffff && field + 8 <= fieldEnd) {
        entry.compressedSize = readUint64(view, field)
        field += 8
      }
      if (entry.localOffset === 0xffffffff && field + 8 <= fieldEnd) entry.localOffset = readUint64(view, field)
      return
    }
    offset += 4 + size
  }
}

function inflateEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry, limits: AdapterLimits): Uint8Array {
  if (entry.flags & 1) {
    throw new ParseError('ENCRYPTED', 'The zip entry `' + entry.name + '` is encrypted')
  }
  if (entry.size > limits.maxEntryBytes) {
    throw new ParseError('ZIP_BOMB', 'The zip entry `' + entry.name + '` declares ' + entry.size +
      ' bytes, over the limit of ' + limits.maxEntryBytes + ' (`limits.maxEntryBytes`)')
  }
  const local = entry.localOffset
  if (local + 30 > bytes.length) {
    throw new ParseError('TRUNCATED', 'The zip entry `' + entry.name + '` lies past the end of the file')
  }
  if (view.getUint32(local, true) !== 0x04034b50) {
    throw new ParseError('CORRUPT_DOCX', 'The zip entry `' + entry.name + '` has no local header where the directory says')
  }
  // The local header's name and extra lengths may differ from the directory's: use its own.
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length) {
    throw new ParseError('TRUNCATED', 'The data of the zip entry `' + entry.name + '` reaches past the end of the file')
  }
  const data = bytes.subarray(start, end)
  if (entry.method === 0) {
    if (data.length > limits.maxEntryBytes) {
      throw new ParseError('ZIP_BOMB', 'The zip entry `' + entry.name + '` has ' + data.length +
        ' bytes, over the limit of ' + limits.maxEntryBytes + ' (`limits.maxEntryBytes`)')
    }
    return data
  }
  if (entry.method !== 8) {
    throw new ParseError('CORRUPT_DOCX', 'The zip entry `' + entry.name + '` uses compression method ' + entry.method + ', which .docx files do not use')
  }
  return inflateDeclared(data, entry, limits) ?? inflateCapped(data, entry.name, limits)
}

/**
 * Inflates a small entry in one call into a buffer of its declared size: the streaming
 * inflater grows and copies its window as the output grows, which costs more than the
 * inflating itself for the parts of a usual report. Taken only when the result cannot
 * break a limit (it is at most the declared size, at most `maxEntryBytes` and under the
 * ratio floor) and the data is small enough that even a header lying about the size
 * costs no more work than `maxEntryBytes` of output. `undefined` when not taken, when
 * the data inflates past its declared size or is not valid deflate data: the capped path
 * then decides, with its own errors.
 */
function inflateDeclared(data: Uint8Array, entry: ZipEntry, limits: AdapterLimits): Uint8Array | undefined {
  if (data.length === 0 || entry.size > Math.min(limits.maxEntryBytes, ratioFloor)) return undefined
  if (data.length * maxDeflateRatio > limits.maxEntryBytes) return undefined
  // One byte more than declared: output that fills it is more than the header says.
  const out = new Uint8Array(entry.size + 1)
  try {
    const result = inflateSync(data, {out})
    return result.length <= entry.size ? result : undefined
  } catch {
    return undefined
  }
}

/** Inflates deflate data in small pushes, stopping at the first push that breaks a limit. */
function inflateCapped(data: Uint8Array, name: string, limits: AdapterLimits): Uint8Array {
  const chunks: Array<Uint8Array> = []
  let total = 0
  let consumed = 0
  let done = false
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length
    if (total > limits.maxEntryBytes) {
      throw new ParseError('ZIP_BOMB', 'The zip entry `' + name + '` inflates past ' + limits.maxEntryBytes +
        ' bytes (`limits.maxEntryBytes`), whatever its header says')
    }
    if (total > ratioFloor && total > Math.max(consumed, 1) * limits.maxRatio) {
      throw new ParseError('ZIP_BOMB', 'The zip entry `' + name + '` inflates more than ' + limits.maxRatio +
        ' times its compressed size (`limits.maxRatio`)')
    }
    if (chunk.length > 0) chunks.push(chunk)
    if (final) done = true
  })
  try {
    for (let offset = 0; offset < data.length || offset === 0; offset += chunkSize) {
      const piece = data.subarray(offset, offset + chunkSize)
      consumed = Math.min(data.length, offset + chunkSize)
      inflater.push(piece, consumed >= data.length)
      if (done) break
    }
  } catch (error) {
    if (error instanceof ParseError) throw error
    throw new ParseError('CORRUPT_DOCX', 'The zip entry `' + name + '` holds invalid deflate data: ' +
      (error instanceof Error ? error.message : String(error)), {cause: error})
  }
  return concat(chunks, total)
}

function concat(chunks: ReadonlyArray<Uint8Array>, total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const result = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    result.set(chunk, offset)
    offset += chunk.length
  }
  return result
}

function readUint64(view: DataView, offset: number): number {
  if (offset + 8 > view.byteLength) throw new ParseError('CORRUPT_DOCX', 'A zip64 field lies past the end of the file')
  return Number(view.getBigUint64(offset, true))
}
