import type {Paragraph as ParagraphRecord, Section, Subsection} from '@xxgk/schema'
import type {SectionNode} from '../types.js'

/** `（一）` `(一)` `（十二）` at the start of a paragraph. */
const subsectionNumber = /^\s*([（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])/u

/**
 * The section records of the report: heading as written, paragraphs, and sub-sections
 * （一）…（十） with the paragraphs under each.
 */
export function toSections(nodes: ReadonlyArray<SectionNode>): Array<Section> {
  return nodes.map((node) => {
    const paragraphs: Array<ParagraphRecord> = []
    const subsections: Array<Subsection> = []
    for (const block of node.children) {
      if (block.type === 'table' || block.value === '') continue
      const record = {text: block.value, position: block.position ?? null}
      const number = subsectionNumber.exec(block.value)
      if (number || block.type === 'heading') {
        subsections.push({
          number: number ? number[1]!.replace(/\s+/gu, '') : null,
          heading: block.value,
          paragraphs: [],
          position: block.position ?? null
        })
      } else {
        ;(subsections.at(-1)?.paragraphs ?? paragraphs).push(record)
      }
    }
    return {
      key: node.key,
      heading: node.heading.value,
      numbered: node.numbered,
      paragraphs,
      subsections,
      position: node.heading.position ?? null
    }
  })
}
