import type {Table as MdastTable, Root as MdastRoot, RootContent} from 'mdast'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {GridBuilder} from './grid.js'
import type {Line} from '../text/lines.js'
import type {Table} from '../types.js'

/**
 * remark-parse with the GFM table extension: the part of remark-gfm that reads tables,
 * registered the way remark-gfm registers it. Autolink literals, footnotes and the rest
 * of GFM are left out: they cannot occur in a table chunk and cost half the time.
 */
function remarkGfmTable(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
}

const markdown = unified().use(remarkParse).use(remarkGfmTable).freeze()

/**
 * Layout “pipe table” (pandoc, markitdown and other markdown converters): the lines are
 * parsed by remark-parse with the GFM table extension into real mdast `table` nodes, so escaped
 * `\|`, inline code and alignment rows are handled by the markdown parser, then each
 * table goes into the grid model. Covered cells of merged ranges arrive empty or with
 * the merged text repeated; both read the same later, through the label matcher.
 *
 * @param lines consecutive lines of the input holding one or more pipe tables.
 */
export function fromPipeTables(lines: ReadonlyArray<Line>): Array<Table> {
  const first = lines[0]
  if (!first) return []
  const tree = markdown.parse(lines.map((line) => line.text).join('\n')) as MdastRoot
  const tables: Array<Table> = []
  for (const node of tree.children) {
    if (node.type === 'table') tables.push(toGrid(node, first))
  }
  return tables
}

function toGrid(node: MdastTable, first: Line): Table {
  const grid = new GridBuilder('pipe', true)
  const shift = (point: {line: number; column: number; offset?: number | undefined}) => ({
    line: point.line + first.line - 1,
    column: point.column,
    offset: (point.offset ?? 0) + first.offset
  })
  for (const row of node.children) {
    grid.addRow(row.position ? {start: shift(row.position.start), end: shift(row.position.end)} : undefined)
    for (const cell of row.children) {
      grid.placeCell({
        value: textOf(cell.children).trim(),
        position: cell.position ? {start: shift(cell.position.start), end: shift(cell.position.end)} : undefined
      })
    }
  }
  const start = node.position?.start
  const end = node.position?.end
  if (start && end) grid.table.position = {start: shift(start), end: shift(end)}
  return grid.table
}

/** Plain text of phrasing content; `<br>` becomes nothing, as a wrapped label. */
function textOf(nodes: ReadonlyArray<RootContent>): string {
  let text = ''
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') text += node.value
    else if ('children' in node) text += textOf(node.children as Array<RootContent>)
  }
  return text
}
