import {parseTree} from '@xxgk/core'
import type {ParseResult} from '@xxgk/schema'
import {VFile} from 'vfile'
import {toParseError} from '../to-parse-error.js'
import type {AdapterOptions} from '../types.js'
import {docxToTree} from './docx-to-tree.js'

/**
 * Parses a .docx report into a typed, validated record: `docxToTree` then the core's
 * recognition, mapping and checks (`parseTree`). Same result shape as `parseReport`;
 * values found in tables carry `source` ({table, row, column}) instead of `position`.
 *
 * @throws {ParseError} the only error it throws: every code of `docxToTree`, and
 *   `NOT_A_REPORT` when the document has no section heading and no template table.
 * @example
 *   const {report, cells, diagnostics} = await parseDocx(new Uint8Array(await readFile('report.docx')))
 *   cells['applications.newReceived.total'] // 12
 */
export async function parseDocx(bytes: Uint8Array, options: AdapterOptions = {}): Promise<ParseResult> {
  const file = new VFile({path: options.path ?? undefined})
  const tree = docxToTree(bytes, options, file)
  try {
    return parseTree(tree, options, file)
  } catch (error) {
    throw toParseError(error, 'INTERNAL', 'Cannot parse the document read from the .docx')
  }
}
