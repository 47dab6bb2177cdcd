import type {XmlElement} from './read-xml.js'

/**
 * Whether an element holds text other than spaces in a `name` element (`w:t`,
 * `w:delText`) at any depth: what tells a left-out run, paragraph or move from an empty one.
 *
 * @example
 *   holdsText(run, 'w:t') // true for <w:r><w:t>99</w:t></w:r>
 */
export function holdsText(element: XmlElement, name: string): boolean {
  return element.children.some(
    (child) =>
      child.type === 'element' &&
      (child.name === name ? child.children.some((text) => text.type === 'text' && text.value.trim() !== '') : holdsText(child, name))
  )
}
