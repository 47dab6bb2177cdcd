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
  return collectThrough(table, 'w:tr').filter((row) => !isDeleted(row))
}

/** How many rows of a `w:tbl` tracked changes deleted. */
export function deletedRowCount(table: XmlElement): number {
  return collectThrough(table, 'w:tr').filter(isDeleted).length
}

function isDeleted(row: XmlElement): boolean {
  return xmlChild(row, 'w:trPr', 'w:del') !== undefined
}
