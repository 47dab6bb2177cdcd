import type {XmlElement} from './read-xml.js'
import {xmlChild} from './xml-child.js'

/** A list reference: which list (`numId`) and which level of it (`ilvl`). */
export interface NumberingReference {
  numId: string
  level: number
}

/**
 * Reads a `w:numPr` (list numbering of a paragraph or style) as a list reference;
 * `undefined` without one. `numId` 0 is kept: it switches off the numbering a style
 * would give.
 *
 * @example
 *   readNumberingReference(numPr) // {numId: '3', level: 0}
 */
export function readNumberingReference(numPr: XmlElement | undefined): NumberingReference | undefined {
  if (!numPr) return undefined
  const numId = xmlChild(numPr, 'w:numId')?.attributes.val
  if (numId === undefined) return undefined
  const level = Number.parseInt(xmlChild(numPr, 'w:ilvl')?.attributes.val ?? '0', 10)
  return {numId, level: Number.isFinite(level) ? level : 0}
}
