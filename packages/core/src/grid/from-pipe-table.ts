import type {Table as MdastTable, Root as MdastRoot, RootContent} from 'mdast'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {GridBuilder, markupReading} from './grid.js'
import {linePosition, type Line} from '../text/lines.js'
import {pipeCellCount} from './detect-pipe-table.js'
import type {Position} from '@xxgk/schema'
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
 * Layout “pipe table” (pandoc, markitdown and other markdown converters): the rows are
 * parsed by remark-parse with the GFM table extension into a real mdast `table` node, so
 * escaped `\\|`, inline code and alignment rows are handled by the markdown parser, then the
 * table goes into the grid model. Covered cells of merged ranges arrive empty or with
 * the merged text repeated; both read the same later, through the label matcher.
 *
 * The rows need not stand together: a table a PDF converter broke over pages comes as
 * the rows of every part ({@link PipeTableRun}), read as one table under the first
 * header, each part's own delimiter left out (a part's promoted first row is data).
 * Cell text set outside the table between its parts is kept as rows of one cell marked
 * `floating`, in document order.
 *
 * @param rows the table's rows, the header first, delimiter rows left out.
 * @param floating lines of cell text between the rows, if any.
 */
export function fromPipeTable(rows: ReadonlyArray<Line>, floating: ReadonlyArray<Line> = []): Table | undefined {
  const header = rows[0]
  if (!header) return undefined
  // Line `n` of the markdown given to remark is `sources[n - 1]` of the input.
  const sources = [header, header, ...rows.slice(1)]
  // The header as wide as the widest row: GFM cuts every row to the header's width, and a
  // part after a page break may be wider than the first part's header.
  const width = Math.max(1, ...rows.map((row) => pipeCellCount(row.text)))
  const missing = width - pipeCellCount(header.text)
  const open = header.text.trimEnd()
  const closed = open.endsWith('|') && !open.endsWith('\\|')
  const head = missing > 0 ? open + (closed ? '' : ' |') + ' |'.repeat(missing) : header.text
  const delimiter = '|' + ' --- |'.repeat(width)
  const text = [head, delimiter, ...rows.slice(1).map((row) => row.text)].join('\n')
  const tree = markdown.parse(text) as MdastRoot
  const node = tree.children.find((child): child is MdastTable => child.type === 'table')
  if (!node) return undefined
  return toGrid(node, sources, floating)
}

function toGrid(node: MdastTable, sources: ReadonlyArray<Line>, floating: ReadonlyArray<Line>): Table {
  const grid = new GridBuilder('pipe', {...markupReading, labelsMayFloat: true})
  const shift = (point: {line: number; column: number; offset?: number | undefined}) => {
    const line = sources[point.line - 1] ?? sources[0]!
    return {line: line.line, column: point.column, offset: line.offset + point.column - 1}
  }
  const span = (position: Position | undefined) =>
    position ? {start: shift(position.start), end: shift(position.end)} : undefined
  let pending = 0
  const placeFloating = (before: number) => {
    while (pending < floating.length && floating[pending]!.line < before) {
      const line = floating[pending++]!
      const position = linePosition(line, 0, line.text.length)
      grid.addRow(position)
      grid.table.children.at(-1)!.floating = true
      grid.placeCell({value: line.text.trim(), position})
    }
  }
  for (const row of node.children) {
    const place = span(row.position)
    placeFloating(place?.start.line ?? Number.POSITIVE_INFINITY)
    grid.addRow(place)
    for (const cell of row.children) grid.placeCell({value: textOf(cell.children).trim(), position: span(cell.position)})
  }
  placeFloating(Number.POSITIVE_INFINITY)
  const first = node.children[0]?.position?.start
  const last = node.children.at(-1)?.position?.end
  if (first && last) grid.table.position = {start: shift(first), end: shift(last)}
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
