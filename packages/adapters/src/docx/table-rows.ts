import {collectThrough} from './collect-through.js'
import type {XmlElement} from './read-xml.js'
import {xmlChild} from './xml-child.js'

/**
 * The rows of a `w:tbl`, through wrappers; rows deleted in tracked changes (`w:del` in
 * `w:trPr`) are left out.
 *
 * @example
 *   tableRows(table).length // 3
 */
export function tableRows(table: XmlElement): Array<XmlElement> {
  return collectThrough(table, 'w:tr').filter((row) => xmlChild(row, 'w:trPr', 'w:del') === undefined)
}
