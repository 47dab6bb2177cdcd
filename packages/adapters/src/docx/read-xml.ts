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

/**
 * Elements whose content no reader uses and which can be large (drawings, embedded objects,
 * table formatting, the table's column widths).
 */
const skipped = new Set([
  'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:sectPr',
  'w:tblPr', 'w:tblPrEx', 'w:tblGrid'
])

/**
 * Property elements of which the readers (`paragraph.ts`, `table.ts`, `styles.ts`) look at
 * these children only. The others (spacing, indentation, alignment, widths, borders,
 * shading, tracked property changes) are most of a document's markup: leaving them out
 * of the tree saves building thousands of elements no reader visits.
 */
const keptProperties = new Map<string, ReadonlySet<string>>([
  ['w:pPr', new Set(['w:pStyle', 'w:outlineLvl', 'w:numPr'])],
  // Of run formatting, only whether the text is hidden.
  ['w:rPr', new Set(['w:vanish'])],
  ['w:tcPr', new Set(['w:gridSpan', 'w:hMerge', 'w:vMerge'])],
  ['w:trPr', new Set(['w:gridBefore', 'w:del'])]
])

/** Deeper than this is no document Word writes; refusing it keeps the readers' recursion safe. */
const maxDepth = 256

/**
 * Parses the XML of a docx part (its text in pieces, see `decodeXml`) with a real XML
 * parser (saxes) into a small element tree with canonical names, leaving out what no
 * reader looks at (`skipped`, `keptProperties`). A document type declaration is refused
 * before anything else is read, so no entity is ever declared, let alone expanded.
 *
 * @throws {ParseError} `XML_ENTITY` for `<!DOCTYPE`/`<!ENTITY`, `CORRUPT_DOCX` for XML
 *   that is not well-formed, `TOO_LARGE` for absurd nesting.
 * @example
 *   readXml(['<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'], 'word/document.xml').name // 'w:p'
 */
export function readXml(pieces: Iterable<string>, part: string): XmlElement {
  // Namespaces are resolved here rather than by saxes (`xmlns: true` costs a third of
  // the parse), and without position tracking, which nothing here reports.
  const parser = new SaxesParser({position: false})
  const builder = new TreeBuilder(part)
  parser.on('doctype', () => {
    throw new ParseError('XML_ENTITY', 'The part `' + part + '` declares a document type (`<!DOCTYPE`); entity declarations are refused')
  })
  parser.on('attribute', (attribute) => builder.attribute(attribute.name, attribute.value))
  // Without `xmlns`, saxes gives attribute values as plain strings.
  parser.on('opentag', (tag) => builder.open(tag.name, tag.attributes as Record<string, string>, tag.isSelfClosing))
  parser.on('closetag', (tag) => builder.close(tag.isSelfClosing))
  parser.on('text', (value) => builder.text(value))
  parser.on('cdata', (value) => builder.text(value))
  parser.on('error', (error) => {
    throw new ParseError('CORRUPT_DOCX', 'The part `' + part + '` is not well-formed XML: ' + error.message, {cause: error})
  })
  for (const piece of pieces) parser.write(piece)
  parser.close()
  const element = builder.root.children.find((child): child is XmlElement => child.type === 'element')
  if (!element) throw new ParseError('CORRUPT_DOCX', 'The part `' + part + '` has no root element')
  return element
}

/** Builds the element tree from saxes' events, resolving prefixes and skipping subtrees. */
class TreeBuilder {
  readonly root: XmlElement = new Element('#document', {})
  private readonly stack: Array<XmlElement> = [this.root]
  /** Namespace URI bound to each prefix (`''` for the default namespace). */
  private readonly bound = new Map<string, string>()
  /** Canonical name of each raw tag name, while the bindings stay the same. */
  private readonly names = new Map<string, string>()
  /** Depth inside an element whose subtree is not kept. */
  private skipping = 0

  constructor(private readonly part: string) {}

  /**
   * Takes a namespace declaration. saxes reports a tag's attributes before the tag, so
   * a prefix the tag binds applies to the tag's own name. Word declares its prefixes on
   * the root, and a prefix bound again deeper down is honoured from there on (a flat map
   * is enough for the names read here); declarations inside skipped subtrees are ignored.
   */
  attribute(name: string, value: string): void {
    if (this.skipping > 0 || !name.startsWith('xmlns')) return
    this.bound.set(name === 'xmlns' ? '' : name.slice(6), value)
    this.names.clear()
  }

  open(rawName: string, attributes: Record<string, string>, selfClosing: boolean): void {
    if (this.skipping > 0) {
      this.skipping++
      return
    }
    const name = this.canonical(rawName)
    const parent = this.stack[this.stack.length - 1]!
    if (skipped.has(name) || keptProperties.get(parent.name)?.has(name) === false) {
      this.skipping = 1
      return
    }
    if (this.stack.length > maxDepth) {
      throw new ParseError('TOO_LARGE', 'The part `' + this.part + '` nests elements deeper than ' + maxDepth)
    }
    const element = new Element(name, attributes)
    parent.children.push(element)
    if (!selfClosing) this.stack.push(element)
  }

  close(selfClosing: boolean): void {
    if (this.skipping > 0) this.skipping--
    else if (!selfClosing) this.stack.pop()
  }

  text(value: string): void {
    if (this.skipping > 0) return
    const parent = this.stack[this.stack.length - 1]!
    // White space between elements is formatting, except inside text runs.
    if (parent.name !== 'w:t' && parent.name !== 'w:instrText' && value.trim() === '') return
    parent.children.push({type: 'text', value})
  }

  private canonical(rawName: string): string {
    let name = this.names.get(rawName)
    if (name === undefined) {
      const colon = rawName.indexOf(':')
      name = canonicalName(this.bound.get(colon === -1 ? '' : rawName.slice(0, colon)) ?? '', rawName.slice(colon + 1))
      this.names.set(rawName, name)
    }
    return name
  }
}

/**
 * An element of the tree. Its attributes are renamed to local names only when a reader
 * first asks for them: readers look at the attributes of a few leaf elements, while
 * Word puts revision ids on nearly every paragraph and run.
 */
class Element implements XmlElement {
  readonly type = 'element'
  readonly children: Array<XmlNode> = []
  private local: Record<string, string> | undefined

  constructor(
    readonly name: string,
    private readonly raw: Record<string, string>
  ) {}

  get attributes(): Record<string, string> {
    return (this.local ??= localAttributes(this.raw))
  }
}

/** Attributes by local name (`val` for `w:val`), namespace declarations left out. */
function localAttributes(raw: Record<string, string>): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const key in raw) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue
    attributes[key.slice(key.indexOf(':') + 1)] = raw[key] as string
  }
  return attributes
}

function canonicalName(uri: string, local: string): string {
  const prefix = prefixes.get(uri)
  return prefix ? prefix + ':' + local : '{' + uri + '}' + local
}
