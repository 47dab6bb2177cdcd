import {readNumberingReference, type NumberingReference} from './numbering-reference.js'
import type {XmlElement} from './read-xml.js'
import {xmlChild} from './xml-child.js'
import {xmlChildren} from './xml-children.js'

/** What the readers need from word/styles.xml. */
export interface Styles {
  /** Heading depth (1–9) of a paragraph style, `undefined` for a body style. */
  headingDepth: (styleId: string) => number | undefined
  /** The list a paragraph style numbers its paragraphs with, if any. */
  numbering: (styleId: string) => NumberingReference | undefined
}

interface StyleDefinition {
  name: string
  basedOn: string | undefined
  outlineLevel: number | undefined
  numbering: NumberingReference | undefined
}

/** `heading 1` (the built-in name, any case) and `标题 1` (as Chinese Word names it). */
const headingName = /^(?:heading|标题)\s*([1-9])$/iu

/**
 * Reads the paragraph styles of word/styles.xml: which are headings (by the built-in
 * name `heading N`/`标题 N` or an outline level, through `basedOn`) and which carry
 * list numbering. Style ids are not names (Chinese Word writes `1`, `2`… as ids), so
 * only the names and properties are trusted; without styles.xml, ids `HeadingN` are.
 *
 * @example
 *   readStyles(stylesXml).headingDepth('2') // 1 when style `2` is named `heading 1`
 */
export function readStyles(root: XmlElement | undefined): Styles {
  const definitions = new Map<string, StyleDefinition>()
  for (const style of xmlChildren(root, 'w:style')) {
    if (style.attributes.type !== 'paragraph' || style.attributes.styleId === undefined) continue
    const outline = xmlChild(style, 'w:pPr', 'w:outlineLvl')?.attributes.val
    definitions.set(style.attributes.styleId, {
      name: xmlChild(style, 'w:name')?.attributes.val ?? '',
      basedOn: xmlChild(style, 'w:basedOn')?.attributes.val,
      outlineLevel: outline === undefined ? undefined : Number.parseInt(outline, 10),
      numbering: readNumberingReference(xmlChild(style, 'w:pPr', 'w:numPr'))
    })
  }
  /** Walks the `basedOn` chain (guarding against cycles) until `pick` gives a value. */
  const inherited = <T>(styleId: string, pick: (definition: StyleDefinition) => T | undefined): T | undefined => {
    const seen = new Set<string>()
    let id: string | undefined = styleId
    while (id !== undefined && !seen.has(id)) {
      seen.add(id)
      const definition = definitions.get(id)
      if (!definition) return undefined
      const value = pick(definition)
      if (value !== undefined) return value
      id = definition.basedOn
    }
    return undefined
  }
  return {
    headingDepth(styleId) {
      if (definitions.size === 0) {
        const match = /^heading\s*([1-9])$/iu.exec(styleId)
        return match ? Number(match[1]) : undefined
      }
      return inherited(styleId, (definition) => {
        const match = headingName.exec(definition.name)
        if (match) return Number(match[1])
        const level = definition.outlineLevel
        // Outline level 9 is "body text".
        return level !== undefined && level >= 0 && level <= 8 ? level + 1 : undefined
      })
    },
    numbering(styleId) {
      return inherited(styleId, (definition) => definition.numbering)
    }
  }
}
