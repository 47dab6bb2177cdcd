import {strToU8, zipSync, type Zippable} from 'fflate'

/** The WordprocessingML namespace, as Word writes it. */
export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>'

function relationships(items: ReadonlyArray<[string, string]>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    items
      .map(
        ([type, target], index) =>
          `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`
      )
      .join('') +
    '</Relationships>'
  )
}

/** Escapes text for XML content and attributes. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A `w:document` around body XML. */
export function documentXml(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document xmlns:w="${wordNamespace}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
    body +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
  )
}

/** A run of text. */
export function r(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`
}

/** A paragraph of runs (plain strings become runs), with optional `w:pPr` content. */
export function p(content: string | ReadonlyArray<string>, properties = ''): string {
  const runs = typeof content === 'string' ? (content === '' ? '' : r(content)) : content.join('')
  return '<w:p>' + (properties ? `<w:pPr>${properties}</w:pPr>` : '') + runs + '</w:p>'
}

/** Cell options: grid span and vertical merge, as in the official template. */
export interface CellOptions {
  span?: number
  merge?: 'restart' | 'continue'
}

/** A `w:tc` holding paragraphs (a string is one paragraph). */
export function tc(content: string | ReadonlyArray<string>, options: CellOptions = {}): string {
  const properties =
    '<w:tcPr><w:tcW w:w="1000" w:type="dxa"/>' +
    (options.span ? `<w:gridSpan w:val="${options.span}"/>` : '') +
    (options.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : options.merge === 'continue' ? '<w:vMerge/>' : '') +
    '<w:vAlign w:val="center"/></w:tcPr>'
  const paragraphs = typeof content === 'string' ? p(content) : content.map((line) => p(line)).join('')
  return '<w:tc>' + properties + paragraphs + '</w:tc>'
}

/** A `w:tr` of cells, with optional `w:trPr` content. */
export function tr(cells: ReadonlyArray<string>, properties = ''): string {
  return '<w:tr>' + (properties ? `<w:trPr>${properties}</w:trPr>` : '') + cells.join('') + '</w:tr>'
}

/** A `w:tbl` with a grid of `columns` columns. */
export function tbl(columns: number, rows: ReadonlyArray<string>): string {
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>' +
    '<w:gridCol w:w="1000"/>'.repeat(columns) +
    '</w:tblGrid>' +
    rows.join('') +
    '</w:tbl>'
  )
}

/** Parts of a .docx to write. */
export interface DocxParts {
  /** Body XML (wrapped in `w:document`), or a whole document part when it starts with `<?xml`. */
  body: string
  styles?: string
  numbering?: string
  /** More parts by path (headers, footers, comments…). */
  extra?: Record<string, string>
}

/**
 * A real .docx (zip) of the given parts, with content types and relationships, like
 * Word writes; deterministic (fixed times).
 */
export function writeDocx(parts: DocxParts, level: 0 | 6 = 6): Uint8Array {
  const mtime = new Date(2024, 0, 1)
  const entry = (text: string): [Uint8Array, {mtime: Date}] => [strToU8(text), {mtime}]
  const related: Array<[string, string]> = []
  if (parts.styles) related.push(['styles', 'styles.xml'])
  if (parts.numbering) related.push(['numbering', 'numbering.xml'])
  const files: Zippable = {
    '[Content_Types].xml': entry(contentTypes),
    '_rels/.rels': entry(relationships([['officeDocument', 'word/document.xml']])),
    'word/document.xml': entry(parts.body.startsWith('<?xml') ? parts.body : documentXml(parts.body)),
    'word/_rels/document.xml.rels': entry(relationships(related))
  }
  if (parts.styles) files['word/styles.xml'] = entry(parts.styles)
  if (parts.numbering) files['word/numbering.xml'] = entry(parts.numbering)
  for (const [path, text] of Object.entries(parts.extra ?? {})) files[path] = entry(text)
  return zipSync(files, {level})
}

/** A minimal styles part with Chinese-Word style ids (`1`, `2`) named as built-in headings. */
export const stylesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<w:styles xmlns:w="${wordNamespace}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="10"><w:name w:val="标题 3"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="my"><w:name w:val="My heading"/><w:basedOn w:val="1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="body"><w:name w:val="Body"/><w:basedOn w:val="a"/></w:style>' +
  '</w:styles>'
