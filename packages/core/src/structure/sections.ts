import {sectionKeys, sectionHeadings, type SectionKey} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {report} from '../report/message.js'
import type {Block, Root, SectionNode} from '../types.js'
import {matchSectionHeading} from '../text/section-heading.js'

/** The tree split at its section headings. */
export interface Sections {
  /** Blocks before the first section heading: title, preamble. */
  front: Array<Block>
  /** Sections in document order. */
  sections: Array<SectionNode>
}

/**
 * Splits the block tree into the six canonical sections, in document order, by their
 * headings (numbered or not). A section found twice keeps both parts under the first;
 * a section not found is reported.
 */
export function findSections(tree: Root, file: VFile): Sections {
  const front: Array<Block> = []
  const sections: Array<SectionNode> = []
  const byKey = new Map<SectionKey, SectionNode>()
  let current: SectionNode | undefined
  for (const block of tree.children) {
    if (block.type !== 'table') {
      const heading = matchSectionHeading(block.value)
      if (heading) {
        const existing = byKey.get(heading.key)
        if (existing) {
          report(file, 'section-duplicate', 'Section `' + block.value + '` appears a second time', {
            place: block.position,
            severity: 'warning'
          })
          current = existing
          continue
        }
        if (!heading.numbered) {
          report(file, 'section-unnumbered', 'Section heading `' + block.value + '` has no number', {
            place: block.position,
            severity: 'info'
          })
        }
        current = {key: heading.key, heading: block, numbered: heading.numbered, children: []}
        byKey.set(heading.key, current)
        sections.push(current)
        continue
      }
    }
    if (current) current.children.push(block)
    else front.push(block)
  }
  for (const key of sectionKeys) {
    if (!byKey.has(key)) {
      const {number, heading} = sectionHeadings[key]
      report(file, 'section-missing', 'Section `' + number + '、' + heading + '` was not found', {
        severity: 'warning',
        expected: [number + '、' + heading]
      })
    }
  }
  return {front, sections}
}
