import {deflateSync} from 'node:zlib'

/**
 * Writes small PDFs from scratch for tests: numbered objects, streams (optionally
 * FlateDecode), a cross-reference table and a trailer, each of which a test may break on
 * purpose. Text uses the standard Type 1 fonts, so no font file is needed.
 *
 * @example
 *   const pdf = new PdfWriter()
 *   const font = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
 *   pdf.page('BT /F1 12 Tf 72 720 Td (Hello) Tj ET', '/Font << /F1 ' + font + ' 0 R >>')
 *   const bytes = pdf.toBytes()
 */
export class PdfWriter {
  private readonly objects: Array<Uint8Array | undefined> = []
  private readonly pageIds: Array<number> = []
  private pagesId: number | undefined

  /** Reserves an object number, to be filled with `set` (for objects that refer to each other). */
  reserve(): number {
    this.objects.push(undefined)
    return this.objects.length
  }

  /** Adds an object (a dictionary or any PDF value, as source text) and returns its number. */
  add(body: string): number {
    const id = this.reserve()
    this.set(id, body)
    return id
  }

  /** Sets the body of a reserved object. */
  set(id: number, body: string | Uint8Array): void {
    this.objects[id - 1] = typeof body === 'string' ? latin1(body) : body
  }

  /**
   * Adds a stream object: `dictionary` is the source text between `<<` and `>>` without
   * `/Length` (and `/Filter`, which `flate` adds).
   */
  addStream(dictionary: string, data: string | Uint8Array, options: {flate?: boolean} = {}): number {
    const id = this.reserve()
    this.setStream(id, dictionary, data, options)
    return id
  }

  setStream(id: number, dictionary: string, data: string | Uint8Array, options: {flate?: boolean} = {}): void {
    const raw = typeof data === 'string' ? latin1(data) : data
    const body = options.flate ? deflateSync(raw) : raw
    const head = '<< ' + dictionary + (options.flate ? ' /Filter /FlateDecode' : '') + ' /Length ' + body.length + ' >>\nstream\n'
    this.set(id, concat([latin1(head), body, latin1('\nendstream')]))
  }

  /** Adds a US Letter page with this content stream and resources (the text inside `/Resources << … >>`). */
  page(content: string | Uint8Array, resources = '', options: {flate?: boolean; mediaBox?: string} = {}): number {
    this.pagesId ??= this.reserve()
    const contents = this.addStream('', content, options)
    const id = this.add(
      '<< /Type /Page /Parent ' + this.pagesId + ' 0 R /MediaBox ' + (options.mediaBox ?? '[0 0 612 792]') +
        ' /Resources << ' + resources + ' >> /Contents ' + contents + ' 0 R >>'
    )
    this.pageIds.push(id)
    return id
  }

  /**
   * The file: header, objects, and unless told otherwise a correct page tree, catalog,
   * cross-reference table and trailer. `count` overrides the page tree's `/Count`;
   * `trailer` replaces the trailer dictionary; `xref` replaces the cross-reference
   * section (`''` leaves it out); `startxref` replaces its offset.
   */
  toBytes(options: {count?: number; trailer?: string; xref?: string; startxref?: number; root?: boolean} = {}): Uint8Array {
    let root: number | undefined
    if (this.pagesId !== undefined) {
      const kids = this.pageIds.map((id) => id + ' 0 R').join(' ')
      this.set(this.pagesId, '<< /Type /Pages /Kids [' + kids + '] /Count ' + (options.count ?? this.pageIds.length) + ' >>')
      if (options.root !== false) root = this.add('<< /Type /Catalog /Pages ' + this.pagesId + ' 0 R >>')
    }
    const parts: Array<Uint8Array> = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')]
    let offset = parts[0]!.length
    const offsets: Array<number> = []
    for (const [index, body] of this.objects.entries()) {
      if (!body) throw new Error('Object ' + (index + 1) + ' was reserved but never set')
      offsets.push(offset)
      const bytes = concat([latin1(index + 1 + ' 0 obj\n'), body, latin1('\nendobj\n')])
      parts.push(bytes)
      offset += bytes.length
    }
    const xrefAt = offset
    const size = this.objects.length + 1
    const xref =
      options.xref ??
      'xref\n0 ' + size + '\n0000000000 65535 f \n' + offsets.map((at) => String(at).padStart(10, '0') + ' 00000 n \n').join('')
    const trailer = options.trailer ?? '<< /Size ' + size + (root === undefined ? '' : ' /Root ' + root + ' 0 R') + ' >>'
    parts.push(latin1(xref + 'trailer\n' + trailer + '\nstartxref\n' + (options.startxref ?? xrefAt) + '\n%%EOF\n'))
    return concat(parts)
  }
}

/** A standard Type 1 font dictionary (Helvetica unless told), for `/Font << /F1 n 0 R >>`. */
export function standardFont(writer: PdfWriter, baseFont = 'Helvetica', encoding = '/WinAnsiEncoding'): number {
  return writer.add('<< /Type /Font /Subtype /Type1 /BaseFont /' + baseFont + ' /Encoding ' + encoding + ' >>')
}

/** A one-page PDF that shows `text` in Helvetica. */
export function textPdf(...pages: Array<string>): Uint8Array {
  const writer = new PdfWriter()
  const font = standardFont(writer)
  for (const text of pages) writer.page(showText(text), '/Font << /F1 ' + font + ' 0 R >>')
  return writer.toBytes()
}

/** A content stream showing one line of (Latin-1) text at the top left in `/F1`. */
export function showText(text: string, size = 12): string {
  return 'BT /F1 ' + size + ' Tf 72 720 Td (' + text.replace(/[\\()]/g, (c) => '\\' + c) + ') Tj ET'
}

export function latin1(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

export function concat(parts: Array<Uint8Array>): Uint8Array {
  return new Uint8Array(Buffer.concat(parts))
}

/**
 * Appends an incremental update to a PDF: new or replaced objects (bodies as source text or
 * bytes, a stream's included), a cross-reference section for them and a trailer whose
 * `/Prev` points at the file's last one. New objects take numbers from the old `/Size` on.
 */
export function incrementalUpdate(base: Uint8Array, objects: Map<number, string | Uint8Array>): Uint8Array {
  const text = Buffer.from(base).toString('latin1')
  const tail = text.slice(text.lastIndexOf('trailer'))
  const previous = /startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))![1]
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(tail)![1]
  const oldSize = Number(/\/Size\s+(\d+)/.exec(tail)![1])
  const parts: Array<Uint8Array> = [base, latin1('\n')]
  let offset = base.length + 1
  const entries: Array<[number, number]> = []
  for (const [id, body] of [...objects].sort(([a], [b]) => a - b)) {
    const bytes = concat([latin1(id + ' 0 obj\n'), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')])
    entries.push([id, offset])
    parts.push(bytes)
    offset += bytes.length
  }
  const xref = 'xref\n' + entries.map(([id, at]) => id + ' 1\n' + String(at).padStart(10, '0') + ' 00000 n \n').join('')
  const size = Math.max(oldSize, ...entries.map(([id]) => id + 1))
  parts.push(latin1(xref + 'trailer\n<< /Size ' + size + ' /Root ' + root + ' /Prev ' + previous + ' >>\nstartxref\n' + offset + '\n%%EOF\n'))
  return concat(parts)
}

/** The source text of a stream object with this data (no filter). */
export function streamObject(dictionary: string, data: string): string {
  return '<< ' + dictionary + ' /Length ' + Buffer.byteLength(data, 'latin1') + ' >>\nstream\n' + data + '\nendstream'
}
