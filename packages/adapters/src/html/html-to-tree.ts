import {markTruncated, ParseError, type Root} from '@xxgk/core'
import {fromHtml} from 'hast-util-from-html'
import {defaultHtmlLimits, resolveAdapterLimits} from '../limits.js'
import {toParseError} from '../to-parse-error.js'
import type {AdapterOptions} from '../types.js'
import type {HtmlContext} from './context.js'
import {countStartTags} from './count-start-tags.js'
import {decodeHtml} from './decode-html.js'
import {findReport} from './find-report.js'
import {pageTitle} from './page-title.js'
import {readBlocks} from './read-blocks.js'

/**
 * Reads an html page into the block tree the core parses: finds the report inside the
 * page (`findReport`), leaves out page chrome, and reads its paragraphs, headings and
 * tables in order, each with its `position` in the html source (in the decoded text,
 * when given bytes). Bytes are decoded by BOM, `<meta>` charset, UTF-8, then GB18030.
 *
 * @throws {ParseError} `INVALID_INPUT`, `EMPTY`, `TOO_LARGE`, `BINARY`, `BAD_ENCODING`.
 * @example
 *   const tree = htmlToTree('<h1>某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>')
 *   tree.children[1] // {type: 'paragraph', value: '一、总体情况', position: {…}}
 */
export function htmlToTree(input: string | Uint8Array, options: AdapterOptions = {}): Root {
  const limits = resolveAdapterLimits(defaultHtmlLimits, options)
  let html: string
  if (typeof input === 'string') {
    html = input
  } else if (input instanceof Uint8Array) {
    if (input.length > limits.maxBytes) {
      throw new ParseError('TOO_LARGE', 'The html has ' + input.length + ' bytes, over the limit of ' + limits.maxBytes + ' (`limits.maxBytes`)')
    }
    html = decodeHtml(input)
  } else {
    throw new ParseError('INVALID_INPUT', 'Expected html as a string or bytes (`Uint8Array`), got `' + (input === null ? 'null' : typeof input) + '`')
  }
  if (html.length > limits.maxChars) {
    throw new ParseError('TOO_LARGE', 'The html has ' + html.length + ' characters, over the limit of ' + limits.maxChars + ' (`limits.maxChars`)')
  }
  if (html.trim() === '') throw new ParseError('EMPTY', 'The html is empty or only white space')
  const elements = countStartTags(html, limits.maxElements)
  if (elements > limits.maxElements) {
    throw new ParseError('TOO_LARGE', 'The html has more than ' + limits.maxElements + ' elements (`limits.maxElements`)')
  }
  try {
    const tree = fromHtml(html)
    const context: HtmlContext = {limits, skip: () => false, tableCount: 0}
    const scope = findReport(tree, options.extensions ?? [], context)
    // The scan above numbered tables too; the blocks read now number from 0 again.
    context.tableCount = 0
    context.skip = scope.skip
    const children = readBlocks(scope.node, context)
    // A page whose body has no title line names the report in its <h1> or <title>.
    const title = pageTitle(tree, children)
    if (title) children.unshift(title)
    markTruncated(html, children)
    return {type: 'root', children}
  } catch (error) {
    throw toParseError(error, 'INVALID_INPUT', 'Cannot read the html')
  }
}
