import {ParseError, report, type Root} from '@xxgk/core'
import type {VFile} from 'vfile'
import {checkBytes} from '../check-bytes.js'
import {defaultDocxLimits, resolveAdapterLimits} from '../limits.js'
import {oleKind} from '../ole-kind.js'
import {toParseError} from '../to-parse-error.js'
import type {AdapterOptions} from '../types.js'
import {readBlocks} from './body.js'
import {decodeXml} from './decode-xml.js'
import {readNumbering} from './numbering.js'
import {readXml, type XmlElement} from './read-xml.js'
import {readRelationships} from './relationships.js'
import {readStyles} from './styles.js'
import {openZip, type Zip} from './unzip.js'
import {xmlChild} from './xml-child.js'

/**
 * Reads a .docx into the block tree the core parses: the paragraphs, headings and
 * tables of the main document part, in order. Only word/document.xml (wherever the
 * package relationships put it) and its styles and numbering parts are inflated;
 * headers, footers, comments and footnotes are other parts and never read. Blocks
 * carry no `position` (a .docx has no lines); table cells carry `source`. Text Word
 * does not show is left out (hidden text, tracked deletions); given a `file`, how many
 * runs were is reported on it (`docx-hidden-text`, `docx-deleted-text`, info).
 *
 * @throws {ParseError} `INVALID_INPUT`, `EMPTY`, `TOO_LARGE`, `CORRUPT_DOCX`,
 *   `TRUNCATED`, `ENCRYPTED`, `UNSUPPORTED_FORMAT` (a .doc), `ZIP_BOMB`, `XML_ENTITY`.
 * @example
 *   const tree = docxToTree(new Uint8Array(await readFile('report.docx')))
 *   tree.children[0] // {type: 'paragraph', value: '沂源县司法局2024年政府信息公开工作年度报告'}
 */
export function docxToTree(bytes: Uint8Array, options: AdapterOptions = {}, file?: VFile): Root {
  const limits = resolveAdapterLimits(defaultDocxLimits, options)
  checkBytes(bytes, limits.maxBytes)
  const ole = oleKind(bytes)
  if (ole === 'encrypted') {
    throw new ParseError('ENCRYPTED', 'The file is a password-protected Office document (an OLE container holding an `EncryptedPackage`), not a readable .docx')
  }
  if (ole === 'ole') {
    throw new ParseError('UNSUPPORTED_FORMAT', 'The file is a Word 97–2003 .doc (an OLE compound file), not a .docx; save it as .docx first')
  }
  try {
    const zip = openZip(bytes, limits)
    const documentPath = readRelationships(zip, '').find((relationship) => relationship.type === 'officeDocument')?.target ?? 'word/document.xml'
    const document = readPart(zip, documentPath) ?? (documentPath === 'word/document.xml' ? undefined : readPart(zip, 'word/document.xml'))
    if (!document) throw new ParseError('CORRUPT_DOCX', 'The zip has no main document part (`word/document.xml`): it is not a .docx')
    const body = xmlChild(document, 'w:body')
    if (!body) throw new ParseError('CORRUPT_DOCX', 'The main document part has no `w:body`')
    const related = readRelationships(zip, documentPath)
    const partOf = (type: string, fallback: string) => readPart(zip, related.find((relationship) => relationship.type === type)?.target ?? fallback)
    const context = {
      styles: readStyles(partOf('styles', 'word/styles.xml')),
      numbering: readNumbering(partOf('numbering', 'word/numbering.xml')),
      limits,
      tableCount: 0,
      leftOut: {hidden: 0, deleted: 0}
    }
    const tree: Root = {type: 'root', children: readBlocks(body.children, context)}
    if (file) reportLeftOut(file, context.leftOut)
    return tree
  } catch (error) {
    throw toParseError(error, 'CORRUPT_DOCX', 'Cannot read the .docx')
  }
}

/** Says how much text the reader left out as Word does: none of it is lost unsaid. */
function reportLeftOut(file: VFile, leftOut: {hidden: number; deleted: number}): void {
  if (leftOut.hidden > 0) {
    report(file, 'docx-hidden-text', leftOut.hidden + ' run(s) of hidden text (`w:vanish`) left out, as Word neither shows nor prints them', {
      place: undefined,
      severity: 'info',
      actual: String(leftOut.hidden)
    })
  }
  if (leftOut.deleted > 0) {
    report(file, 'docx-deleted-text', leftOut.deleted + ' tracked deletion(s) (`w:del`, `w:moveFrom`) left out: the text is read as it stands with the changes accepted', {
      place: undefined,
      severity: 'info',
      actual: String(leftOut.deleted)
    })
  }
}

function readPart(zip: Zip, path: string): XmlElement | undefined {
  const bytes = zip.read(path)
  return bytes ? readXml(decodeXml(bytes, path), path) : undefined
}
