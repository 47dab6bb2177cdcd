import {fromText, ParseError, type Block, type Limits, type Root} from '@xxgk/core'
import {fromHtml} from 'hast-util-from-html'
import type {VFile} from 'vfile'
import {countStartTags} from './html/count-start-tags.js'
import type {HtmlContext} from './html/context.js'
import {readBlocks} from './html/read-blocks.js'
import type {AdapterLimits} from './types.js'

/** Where a raw html table starts or ends (its closing `>` found apart, so no pattern backtracks). */
const tableTag = /<\/?table\b/giu

/**
 * The raw html tables of a text, as UTF-16 ranges: each `<table` that starts a line,
 * up to the `>` of its matching `</table>` (tables inside it counted). Markdown from
 * pandoc, turndown and other docx-to-markdown tools keeps a table with merged cells as
 * html. A table left open is no table here. Past `limit` tables it stops looking.
 *
 * @example
 *   htmlTablesInText('一、总体情况\n<table><tr><td>规章</td></tr></table>\n') // [{from: 7, to: 42}]
 */
export function htmlTablesInText(text: string, limit = Infinity): Array<{from: number; to: number}> {
  const tables: Array<{from: number; to: number}> = []
  let depth = 0
  let from = -1
  // Whether the current line has text before the position scanned up to: each character
  // is looked at once, however many tags a long line holds.
  let scanned = 0
  let lineHasText = false
  tableTag.lastIndex = 0
  for (let match = tableTag.exec(text); match; match = tableTag.exec(text)) {
    for (; scanned < match.index; scanned++) {
      const code = text.charCodeAt(scanned)
      if (code === 10) lineHasText = false
      else if (code > 32 && code !== 0x3000 && code !== 0xa0) lineHasText = true
    }
    const closing = match[0].charCodeAt(1) === 47
    if (!closing) {
      if (depth === 0) {
        if (lineHasText) continue
        from = match.index
      }
      depth++
    } else if (depth > 0 && --depth === 0) {
      const end = text.indexOf('>', match.index)
      if (end === -1) break
      tables.push({from, to: end + 1})
      if (tables.length > limit) break
      tableTag.lastIndex = end + 1
      // The closing tag's line holds text now (the table); what follows it on that line is
      // not at a line start either.
      scanned = end + 1
      lineHasText = true
    }
  }
  return tables
}

/**
 * The block tree of a text that holds raw html tables (markdown with `<table>` blocks):
 * the text around them read by the core's `fromText`, each table by the html table
 * reader, in document order. Both read the whole text with the other part blanked out
 * (every character but line breaks made a space), so every position points into the
 * input as it is. `undefined` when the text holds no html table.
 *
 * @throws {ParseError} `TOO_LARGE` when the tables hold more than `maxElements` tags.
 */
export function textWithHtmlTablesToTree(
  text: string,
  file: VFile,
  limits: Limits & AdapterLimits
): Root | undefined {
  // Each table is one element at least: more tables than elements allowed is too large.
  const tables = htmlTablesInText(text, limits.maxElements)
  if (tables.length === 0) return undefined
  if (tables.length > limits.maxElements) {
    throw new ParseError('TOO_LARGE', 'The text has more than ' + limits.maxElements + ' html tables (`limits.maxElements`)')
  }
  const outside = blankOut(text, tables, true)
  const inside = blankOut(text, tables, false)
  if (countStartTags(inside, limits.maxElements) > limits.maxElements) {
    throw new ParseError('TOO_LARGE', 'The html tables of the text have more than ' + limits.maxElements + ' elements (`limits.maxElements`)')
  }
  const tree = fromText(outside, file, limits)
  const context: HtmlContext = {limits, skip: () => false, tableCount: 0}
  const read = readBlocks(fromHtml(inside), context).filter((block) => block.type === 'table')
  const children: Array<Block> = [...tree.children, ...read]
  children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
  return {...tree, children}
}

/** The text with the ranges (or all but the ranges) blanked: spaces for all but line breaks. */
function blankOut(text: string, ranges: ReadonlyArray<{from: number; to: number}>, blankRanges: boolean): string {
  let result = ''
  let at = 0
  for (const {from, to} of ranges) {
    result += blankRanges ? text.slice(at, from) + spaces(text.slice(from, to)) : spaces(text.slice(at, from)) + text.slice(from, to)
    at = to
  }
  return result + (blankRanges ? text.slice(at) : spaces(text.slice(at)))
}

/** One space per UTF-16 unit (not per code point), so offsets stay where they were. */
function spaces(text: string): string {
  return text.replace(/[^\n\r]/g, ' ')
}
