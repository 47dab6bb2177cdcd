/**
 * White space at the ends of a text, including what Word and html pages pad cells and
 * indents with: the ideographic (full-width) space U+3000, no-break spaces, and the
 * zero-width characters editors leave behind.
 */
const edges = /^[\s\u3000\u00A0\u200B\uFEFF]+|[\s\u3000\u00A0\u200B\uFEFF]+$/gu

/**
 * Trims a text of white space at both ends, full-width and no-break spaces included,
 * so that a cell holding only `　　` (the template's placeholder) reads as empty.
 *
 * @example
 *   trimText('　　12\u00A0') // '12'
 */
export function trimText(text: string): string {
  return text.replace(edges, '')
}
