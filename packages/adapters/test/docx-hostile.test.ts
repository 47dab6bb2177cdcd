import {Zip, ZipDeflate, strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {docxToTree, parseBytes, parseDocx} from '../src/index.js'
import {documentXml, p, tbl, tc, tr, wordNamespace, writeDocx} from './docx-writer.js'
import {parseErrorCode} from './expect-parse-error.js'

/** A zip of one `word/document.xml` of `mebibytes` MiB of zeros, deflated in 1 MiB pushes (never held whole). */
function zerosDocx(mebibytes: number): Uint8Array {
  const chunks: Array<Uint8Array> = []
  const zip = new Zip((error, chunk) => {
    if (error) throw error
    chunks.push(chunk)
  })
  const file = new ZipDeflate('word/document.xml', {level: 1})
  zip.add(file)
  const zeros = new Uint8Array(1024 * 1024)
  for (let index = 0; index < mebibytes; index++) file.push(zeros, index === mebibytes - 1)
  zip.end()
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

/** Rewrites the uncompressed size the central directory declares for every entry (a lying header). */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice()
  const view = new DataView(copy.buffer)
  for (let offset = 0; offset + 46 <= copy.length; offset++) {
    if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, size, true)
  }
  return copy
}

/** An OLE compound file header followed by junk, optionally naming an `EncryptedPackage` stream. */
function oleFile(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(4096)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  for (let index = 8; index < bytes.length; index++) bytes[index] = (index * 7919) % 251
  if (encrypted) bytes.set([...'EncryptedPackage'].flatMap((character) => [character.charCodeAt(0), 0]), 1024)
  return bytes
}

describe('hostile .docx', () => {
  it('should refuse a zip bomb whose header declares 200 MiB of zeros with `ZIP_BOMB`', async () => {
    const bomb = zerosDocx(200)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(await parseErrorCode(() => parseDocx(bomb))).toBe('ZIP_BOMB')
  })

  it('should stop inflating a zip bomb whose header lies about its size with `ZIP_BOMB` (ratio)', async () => {
    const bomb = lieAboutSizes(zerosDocx(16), 1000)
    expect(await parseErrorCode(() => parseDocx(bomb))).toBe('ZIP_BOMB')
  })

  it('should stop inflating a lying entry at `maxEntryBytes` with `ZIP_BOMB`', async () => {
    const bomb = lieAboutSizes(zerosDocx(16), 1000)
    const limits = {maxRatio: 1e9, maxEntryBytes: 4 * 1024 * 1024}
    expect(await parseErrorCode(() => parseDocx(bomb, {limits}))).toBe('ZIP_BOMB')
  })

  it('should read a part whose header states a wrong size, smaller or larger, as it truly is', () => {
    const bytes = writeDocx({body: p('一、总体情况') + p('政府信息公开'.repeat(2000))})
    const expected = docxToTree(bytes)
    expect(docxToTree(lieAboutSizes(bytes, 10))).toEqual(expected)
    expect(docxToTree(lieAboutSizes(bytes, 200_000))).toEqual(expected)
  })

  it('should refuse a part over `maxEntryBytes` by its declared size with `ZIP_BOMB`', async () => {
    const bytes = writeDocx({body: p('x'.repeat(10_000))})
    expect(await parseErrorCode(() => parseDocx(bytes, {limits: {maxEntryBytes: 1000}}))).toBe('ZIP_BOMB')
  })

  it('should refuse a zip of 100,000 entries with `ZIP_BOMB`', async () => {
    const files: Record<string, [Uint8Array, {level: 0}]> = {}
    const empty = new Uint8Array(0)
    for (let index = 0; index < 100_000; index++) files['f/' + index] = [empty, {level: 0}]
    files['word/document.xml'] = [strToU8(documentXml(p('一、总体情况'))), {level: 0}]
    const bytes = zipSync(files)
    expect(await parseErrorCode(() => parseDocx(bytes))).toBe('ZIP_BOMB')
    expect(await parseErrorCode(() => parseBytes(bytes, {filename: 'many.docx'}))).toBe('ZIP_BOMB')
  })

  it('should refuse an XML entity bomb in document.xml with `XML_ENTITY`', async () => {
    const entities = Array.from({length: 10}, (_, index) =>
      index === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${index} "${`&lol${index - 1};`.repeat(10)}">`
    ).join('')
    const xml =
      `<?xml version="1.0"?><!DOCTYPE w:document [${entities}]>` +
      `<w:document xmlns:w="${wordNamespace}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`
    expect(await parseErrorCode(() => parseDocx(writeDocx({body: xml})))).toBe('XML_ENTITY')
  })

  it('should refuse a DOCTYPE in a part read for styles with `XML_ENTITY`', async () => {
    const styles = `<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><w:styles xmlns:w="${wordNamespace}"/>`
    expect(await parseErrorCode(() => docxToTree(writeDocx({body: p('x'), styles})))).toBe('XML_ENTITY')
  })

  it('should refuse a truncated .docx (its first half) with `TRUNCATED`', async () => {
    const bytes = writeDocx({body: p('一、总体情况'.repeat(200))})
    const half = bytes.subarray(0, Math.floor(bytes.length / 2))
    expect(await parseErrorCode(() => parseDocx(half))).toBe('TRUNCATED')
    expect(await parseErrorCode(() => parseBytes(half, {filename: 'cut.docx'}))).toBe('TRUNCATED')
  })

  it('should refuse a .doc renamed .docx with `UNSUPPORTED_FORMAT`, saying it is a .doc', async () => {
    const doc = oleFile(false)
    const error = await parseDocx(doc).catch((caught: unknown) => caught)
    expect(error).toMatchObject({name: 'ParseError', code: 'UNSUPPORTED_FORMAT'})
    expect(String((error as Error).message)).toContain('.doc')
    const viaBytes = await parseBytes(doc, {filename: 'report.docx'}).catch((caught: unknown) => caught)
    expect(viaBytes).toMatchObject({code: 'UNSUPPORTED_FORMAT'})
    expect(String((viaBytes as Error).message)).toContain('named .docx but is a Word 97–2003 .doc')
  })

  it('should refuse a password-protected .docx (OLE with `EncryptedPackage`) with `ENCRYPTED`', async () => {
    expect(await parseErrorCode(() => parseDocx(oleFile(true)))).toBe('ENCRYPTED')
    expect(await parseErrorCode(() => parseBytes(oleFile(true), {filename: 'secret.docx'}))).toBe('ENCRYPTED')
  })

  it('should refuse random bytes with `CORRUPT_DOCX` as .docx and `UNSUPPORTED_FORMAT` as a file', async () => {
    let seed = 42
    const random = new Uint8Array(64 * 1024).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0
      return seed >>> 24
    })
    expect(await parseErrorCode(() => parseDocx(random))).toBe('CORRUPT_DOCX')
    expect(await parseErrorCode(() => parseBytes(random))).toBe('UNSUPPORTED_FORMAT')
    expect(await parseErrorCode(() => parseBytes(random, {filename: 'x.docx'}))).toBe('CORRUPT_DOCX')
  })

  it('should refuse a zip without word/document.xml with `CORRUPT_DOCX`', async () => {
    const bytes = zipSync({'xl/workbook.xml': strToU8('<workbook/>')})
    expect(await parseErrorCode(() => parseDocx(bytes))).toBe('CORRUPT_DOCX')
  })

  it('should refuse damaged deflate data with `CORRUPT_DOCX`', async () => {
    const bytes = writeDocx({body: p('一、总体情况'.repeat(500))})
    const view = new DataView(bytes.buffer)
    // Overwrite the compressed data of word/document.xml (after its local header) with junk.
    for (let offset = 0; offset < bytes.length; offset++) {
      if (view.getUint32(offset, true) !== 0x04034b50) continue
      const nameLength = view.getUint16(offset + 26, true)
      const name = new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength))
      if (name !== 'word/document.xml') continue
      const start = offset + 30 + nameLength + view.getUint16(offset + 28, true)
      bytes.fill(0xff, start, start + 64)
      break
    }
    expect(await parseErrorCode(() => parseDocx(bytes))).toBe('CORRUPT_DOCX')
  })

  it('should refuse a part that is not valid UTF-8 with `CORRUPT_DOCX`', async () => {
    const xml = strToU8(documentXml(p('一、总体情况')))
    // A lone continuation byte inside the text.
    xml[xml.indexOf(0xe4)] = 0x80
    const bytes = zipSync({'word/document.xml': xml})
    expect(await parseErrorCode(() => parseDocx(bytes))).toBe('CORRUPT_DOCX')
  })

  it('should refuse XML that is not well-formed with `CORRUPT_DOCX`', async () => {
    const bytes = writeDocx({body: `<?xml version="1.0"?><w:document xmlns:w="${wordNamespace}"><w:body><w:p></w:body>`})
    expect(await parseErrorCode(() => parseDocx(bytes))).toBe('CORRUPT_DOCX')
  })

  it('should refuse absurdly deep nesting with `TOO_LARGE`', async () => {
    const depth = 5000
    const body = '<w:sdt><w:sdtContent>'.repeat(depth) + p('x') + '</w:sdtContent></w:sdt>'.repeat(depth)
    expect(await parseErrorCode(() => parseDocx(writeDocx({body})))).toBe('TOO_LARGE')
  })

  it('should refuse a table over `maxTableCells` with `TOO_LARGE`', async () => {
    const bytes = writeDocx({body: tbl(2, Array.from({length: 20}, () => tr([tc('a'), tc('1')])))})
    expect(await parseErrorCode(() => parseDocx(bytes, {limits: {maxTableCells: 30}}))).toBe('TOO_LARGE')
  })

  it('should refuse a file over `maxBytes` with `TOO_LARGE`, empty bytes with `EMPTY`, other values with `INVALID_INPUT`', async () => {
    const bytes = writeDocx({body: p('x')})
    expect(await parseErrorCode(() => parseDocx(bytes, {limits: {maxBytes: 100}}))).toBe('TOO_LARGE')
    expect(await parseErrorCode(() => parseDocx(new Uint8Array(0)))).toBe('EMPTY')
    expect(await parseErrorCode(() => parseDocx('PK' as unknown as Uint8Array))).toBe('INVALID_INPUT')
  })

  it('should reject a .docx that holds no report with `NOT_A_REPORT`', async () => {
    expect(await parseErrorCode(() => parseDocx(writeDocx({body: p('会议通知') + p('请各单位按时参会。')})))).toBe('NOT_A_REPORT')
  })
})
