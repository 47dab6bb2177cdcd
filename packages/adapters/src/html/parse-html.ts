import {parseTree} from '@xxgk/core'
import type {ParseResult} from '@xxgk/schema'
import {toParseError} from '../to-parse-error.js'
import type {AdapterOptions} from '../types.js'
import {htmlToTree} from './html-to-tree.js'

/**
 * Parses an html report page into a typed, validated record: `htmlToTree` then the
 * core's recognition, mapping and checks (`parseTree`). Same result shape as
 * `parseReport`; values carry `position` in the html source and `source` in its tables.
 *
 * @throws {ParseError} the only error it throws: every code of `htmlToTree`, and
 *   `NOT_A_REPORT` when the page has no section heading and no template table.
 * @example
 *   const {report, cells} = await parseHtml(await readFile('report.html'))
 *   report.meta.agency // '沂源县司法局'
 */
export async function parseHtml(input: string | Uint8Array, options: AdapterOptions = {}): Promise<ParseResult> {
  const tree = htmlToTree(input, options)
  try {
    return parseTree(tree, options)
  } catch (error) {
    throw toParseError(error, 'INTERNAL', 'Cannot parse the document read from the html')
  }
}
