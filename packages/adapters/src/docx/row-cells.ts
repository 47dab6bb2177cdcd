import {collectThrough} from './collect-through.js'
import type {XmlElement} from './read-xml.js'

/**
 * The cells (`w:tc`) of a `w:tr`, through wrappers.
 *
 * @example
 *   rowCells(row).length // 8
 */
export function rowCells(row: XmlElement): Array<XmlElement> {
  return collectThrough(row, 'w:tc')
}
