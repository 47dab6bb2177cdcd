import type {XmlElement} from './read-xml.js'

/**
 * The first child element of that name, if any; follows a path of names when given
 * several (`xmlChild(cell, 'w:tcPr', 'w:gridSpan')`).
 *
 * @example
 *   xmlChild(paragraph, 'w:pPr', 'w:pStyle')?.attributes.val // 'Heading1'
 */
export function xmlChild(element: XmlElement | undefined, ...names: Array<string>): XmlElement | undefined {
  let current = element
  for (const name of names) {
    if (!current) return undefined
    let found: XmlElement | undefined
    for (const child of current.children) {
      if (child.type === 'element' && child.name === name) {
        found = child
        break
      }
    }
    current = found
  }
  return current
}
