import type {XmlElement} from './read-xml.js'

/**
 * The child elements of an element, optionally only those of one name.
 *
 * @example
 *   xmlChildren(row, 'w:tc') // the cells of a table row
 */
export function xmlChildren(element: XmlElement | undefined, name?: string): Array<XmlElement> {
  const result: Array<XmlElement> = []
  if (!element) return result
  for (const child of element.children) {
    if (child.type === 'element' && (name === undefined || child.name === name)) result.push(child)
  }
  return result
}
