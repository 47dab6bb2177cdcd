import type {XmlElement} from './read-xml.js'
import {xmlChildren} from './xml-children.js'

/** Wrappers of rows and cells: content controls, custom XML, tracked insertions and moves. */
const wrappers = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo'])

/**
 * The child elements of that name, looking through the wrappers Word may put around
 * rows and cells (`w:sdt` → `w:sdtContent`, `w:customXml`, `w:ins`, `w:moveTo`).
 *
 * @example
 *   collectThrough(table, 'w:tr') // rows, including those inside a repeating-section control
 */
export function collectThrough(element: XmlElement, name: string): Array<XmlElement> {
  const result: Array<XmlElement> = []
  for (const child of xmlChildren(element)) {
    if (child.name === name) result.push(child)
    else if (wrappers.has(child.name)) result.push(...collectThrough(child, name))
  }
  return result
}
