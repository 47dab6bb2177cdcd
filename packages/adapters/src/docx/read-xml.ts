import {SaxesParser} from 'saxes'
import {ParseError} from '@xxgk/core'

/** An element of a docx part, its name in canonical prefix form (`w:p`, `mc:Fallback`). */
export interface XmlElement {
  type: 'element'
  name: string
  /** Attributes by local name (`val` for `w:val`). */
  attributes: Record<string, string>
  children: Array<XmlNode>
}

/** Text inside an element (entities and character references already decoded). */
export interface XmlText {
  type: 'text'
  value: string
}

/** A node of a docx part. */
export type XmlNode = XmlElement | XmlText

/**
 * Canonical prefixes of the namespaces the readers dispatch on, whatever prefix a file
 * binds them to. Strict OOXML (ISO 29500 strict) has its own URIs for the same names.
 */
const prefixes = new Map<string, string>([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://schemas.openxmlformats.org/package/2006/relationships', 'rel'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc']
])

/** Elements whose content no reader uses and which can be large (drawings, embedded objects). */
const skipped = new Set(['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:sectPr', 'w:rPr'])

/** Deeper than this is no document Word writes; refusing it keeps the readers' recursion safe. */
const maxDepth = 256

/**
 * Parses the XML of a docx part with a real XML parser (saxes) into a small element
 * tree with canonical names. A document type declaration is refused before anything
 * else is read, so no entity is ever declared, let alone expanded.
 *
 * @throws {ParseError} `XML_ENTITY` for `<!DOCTYPE`/`<!ENTITY`, `CORRUPT_DOCX` for XML
 *   that is not well-formed, `TOO_LARGE` for absurd nesting.
 * @example
 *   readXml('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>', 'word/document.xml').name // 'w:p'
 */
export function readXml(xml: string, part: string): XmlElement {
  // Namespaces are resolved here rather than by saxes (`xmlns: true` costs a third of
  // the parse): Word declares its prefixes on the root, and a prefix bound again deeper
  // down is honoured from there on (a flat map is enough for the names read here).
  const parser = new SaxesParser({position: false})
  const bound = new Map<string, string>()
  // Canonical name of each raw tag name, while the bindings stay the same.
  const names = new Map<string, string>()
  const root: XmlElement = {type: 'element', name: '#document', attributes: {}, children: []}
  const stack: Array<XmlElement> = [root]
  // Depth inside an element whose subtree is not kept.
  let skipping = 0
  parser.on('doctype', () => {
    throw new ParseError('XML_ENTITY', 'The part `' + part + '` declares a document type (`<!DOCTYPE`); entity declarations are refused')
  })
  parser.on('opentag', (tag) => {
    if (skipping > 0) {
      skipping++
      return
    }
    for (const key in tag.attributes) {
      if (key.startsWith('xmlns')) {
        bound.set(key === 'xmlns' ? '' : key.slice(6), tag.attributes[key] as string)
        names.clear()
      }
    }
    let name = names.get(tag.name)
    if (name === undefined) {
      const colon = tag.name.indexOf(':')
      name = canonicalName(bound.get(colon === -1 ? '' : tag.name.slice(0, colon)) ?? '', tag.name.slice(colon + 1))
      names.set(tag.name, name)
    }
    if (skipped.has(name)) {
      skipping = 1
      return
    }
    if (stack.length > maxDepth) {
      throw new ParseError('TOO_LARGE', 'The part `' + part + '` nests elements deeper than ' + maxDepth)
    }
    const attributes: Record<string, string> = {}
    for (const key in tag.attributes) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue
      attributes[key.slice(key.indexOf(':') + 1)] = tag.attributes[key] as string
    }
    const element: XmlElement = {type: 'element', name, attributes, children: []}
    stack.at(-1)!.children.push(element)
    if (!tag.isSelfClosing) stack.push(element)
  })
  parser.on('closetag', (tag) => {
    if (skipping > 0) {
      skipping--
      return
    }
    if (!tag.isSelfClosing) stack.pop()
  })
  const onText = (value: string) => {
    if (skipping > 0) return
    const parent = stack.at(-1)!
    // White space between elements is formatting, except inside text runs.
    if (parent.name !== 'w:t' && parent.name !== 'w:instrText' && value.trim() === '') return
    parent.children.push({type: 'text', value})
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('error', (error) => {
    throw new ParseError('CORRUPT_DOCX', 'The part `' + part + '` is not well-formed XML: ' + error.message, {cause: error})
  })
  parser.write(xml).close()
  const element = root.children.find((child): child is XmlElement => child.type === 'element')
  if (!element) throw new ParseError('CORRUPT_DOCX', 'The part `' + part + '` has no root element')
  return element
}

function canonicalName(uri: string, local: string): string {
  const prefix = prefixes.get(uri)
  return prefix ? prefix + ':' + local : '{' + uri + '}' + local
}
