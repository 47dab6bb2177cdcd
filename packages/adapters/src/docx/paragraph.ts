import type {DocxContext} from './context.js'
import {holdsText} from './holds-text.js'
import {readNumberingReference} from './numbering-reference.js'
import type {XmlElement} from './read-xml.js'
import {xmlChild} from './xml-child.js'

/** A paragraph as read: its lines (split at line breaks) and heading depth, if any. */
export interface DocxParagraph {
  /** Text of each line, untrimmed; a list number is prefixed to the first. */
  lines: Array<string>
  /** Heading depth (1–9) from the paragraph's style or outline level. */
  depth: number | undefined
}

/** Inline elements whose content is read as if it stood in their place. */
const transparent = new Set([
  'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:ins', 'w:moveTo', 'w:fldSimple',
  'w:sdtContent', 'w:dir', 'w:bdo', 'w:rubyBase'
])

/**
 * Reads a `w:p`: the text of its runs in order (`w:t`; `w:tab` as a tab; `w:br` and
 * `w:cr` start a new line), the number Word shows for a list paragraph, and its heading
 * depth. Tracked deletions (`w:del`, `w:moveFrom`, `w:delText`), hidden text (`w:vanish`),
 * field instructions and ruby annotations are dropped; insertions and content controls are
 * read.
 *
 * @example
 *   readParagraph(p, context) // {lines: ['一、总体情况'], depth: undefined}
 */
export function readParagraph(paragraph: XmlElement, context: DocxContext): DocxParagraph {
  const properties = xmlChild(paragraph, 'w:pPr')
  const styleId = xmlChild(properties, 'w:pStyle')?.attributes.val
  const outline = xmlChild(properties, 'w:outlineLvl')?.attributes.val
  let depth = styleId === undefined ? undefined : context.styles.headingDepth(styleId)
  if (outline !== undefined) {
    const level = Number.parseInt(outline, 10)
    depth = level >= 0 && level <= 8 ? level + 1 : undefined
  }
  const lines = ['']
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue
      switch (child.name) {
        case 'w:r':
          readRun(child, lines, context)
          break
        case 'w:del':
        case 'w:moveFrom':
          if (isDeletedText(child)) context.leftOut.deleted++
          break
        case 'w:sdt':
          visit(xmlChild(child, 'w:sdtContent') ?? child)
          break
        case 'w:ruby':
          visit(xmlChild(child, 'w:rubyBase') ?? child)
          break
        default:
          if (transparent.has(child.name)) visit(child)
      }
    }
  }
  visit(paragraph)
  const reference =
    readNumberingReference(xmlChild(properties, 'w:numPr')) ??
    (styleId === undefined ? undefined : context.styles.numbering(styleId))
  if (reference) {
    // An empty list paragraph still advances its list, as Word shows a number for it.
    const label = context.numbering.next(reference)
    if (lines.some((line) => line.trim() !== '')) lines[0] = label + lines[0]
  }
  return {lines, depth}
}

function readRun(run: XmlElement, lines: Array<string>, context: DocxContext): void {
  // Hidden text (`w:vanish`) is not on the page Word shows or prints.
  const hidden = xmlChild(run, 'w:rPr', 'w:vanish')
  if (hidden && !isOff(hidden.attributes.val)) {
    if (holdsText(run, 'w:t')) context.leftOut.hidden++
    return
  }
  for (const child of run.children) {
    if (child.type !== 'element') continue
    switch (child.name) {
      case 'w:t':
        for (const text of child.children) if (text.type === 'text') lines[lines.length - 1] += text.value
        break
      case 'w:tab':
      case 'w:ptab':
        lines[lines.length - 1] += '\t'
        break
      case 'w:br':
      case 'w:cr':
        lines.push('')
        break
      case 'w:noBreakHyphen':
        lines[lines.length - 1] += '-'
        break
      default:
      // w:delText, w:instrText, w:fldChar, w:footnoteReference, w:softHyphen… carry no body text.
    }
  }
}

/** Whether a tracked deletion or move away holds text (`w:delText`, or `w:t` in a move). */
export function isDeletedText(element: XmlElement): boolean {
  return holdsText(element, 'w:delText') || holdsText(element, 'w:t')
}

/** A WordprocessingML on/off value that says off (`w:val="false"`, `"0"`, `"off"`). */
function isOff(value: string | undefined): boolean {
  return value === 'false' || value === '0' || value === 'off'
}
