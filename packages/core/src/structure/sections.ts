import {sectionKeys, sectionHeadings, type SectionKey} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {report} from '../report/message.js'
import type {Block, Paragraph, Root, SectionNode} from '../types.js'
import {matchSectionHeading, startsWithSectionNumber, type SectionHeading} from '../text/section-heading.js'

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
  const blocks = tree.children
  for (let index = 0; index < blocks.length; index++) {
    let block = blocks[index]!
    if (block.type !== 'table') {
      let heading = matchSectionHeading(block.value)
      const wrapped = heading ? undefined : wrappedHeading(block, blocks[index + 1])
      if (wrapped) {
        heading = wrapped.heading
        block = wrapped.block
        index++
      }
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

/**
 * A numbered section heading wrapped onto the next line on a narrow page
 * (`四、政府信息公开行政复议、行政诉讼情` / `况`): the two lines joined are a heading, the
 * whole line, and the first starts with a section's number. Returns the heading and one
 * paragraph for both lines.
 */
function wrappedHeading(block: Block, next: Block | undefined): {heading: SectionHeading; block: Paragraph} | undefined {
  if (block.type !== 'paragraph' || next?.type !== 'paragraph' || !startsWithSectionNumber(block.value)) return undefined
  const tail = next.value.trim()
  if (tail === '') return undefined
  const value = block.value.trimEnd() + tail
  const heading = matchSectionHeading(value)
  if (!heading) return undefined
  const position = block.position && next.position ? {start: block.position.start, end: next.position.end} : block.position
  return {heading, block: position ? {type: 'paragraph', value, position} : {type: 'paragraph', value}}
}
