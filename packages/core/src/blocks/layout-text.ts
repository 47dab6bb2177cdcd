import {VFile} from 'vfile'
import {displayWidth} from '../text/display-width.js'
import {fromText} from './from-text.js'
import type {LabelNames} from '../grid/from-space-aligned.js'
import type {Block, Table} from '../types.js'
import {roundBox, unionBox} from '../page/lines.js'
import type {Box, WordLine} from '../page/model.js'

/** Lines of one page with no table drawn around them. */
export interface UnruledLines {
  page: number
  lines: Array<WordLine>
}

/** Where a word of a laid-out line came from: its code units in the line, its page and box. */
interface PlacedWord {
  start: number
  end: number
  page: number
  box: Box
}

/** Lines this far apart (× size, top to top) get a blank line between them, as `pdftotext -layout` prints paragraphs. */
const blankLineGap = 2.5

/**
 * Reads tables drawn without borders with the one reader of space-aligned text: the
 * lines are laid out on a grid of half an em per column (a CJK character two columns,
 * a digit one, as the reader measures them), each page its own grid after a form feed,
 * as `pdftotext -layout` prints a page; the reader's cells are then given back their
 * page and box from the words they were made of, and lose the position in that text,
 * which is no place a user can open.
 */
export function readUnruled(pages: ReadonlyArray<UnruledLines>, firstTable: number, labels?: LabelNames): Array<Block> {
  const textLines: Array<string> = []
  const placed: Array<Array<PlacedWord>> = []
  for (const [index, {page, lines}] of pages.entries()) {
    if (lines.length === 0) continue
    const left = Math.min(...lines.map((line) => line.box.left))
    const sizes = lines.map((line) => line.size).sort((a, b) => a - b)
    const column = sizes[Math.floor(sizes.length / 2)]! / 2
    let previous: WordLine | undefined
    for (const line of lines) {
      if (previous && line.box.top - previous.box.top > blankLineGap * line.size) {
        textLines.push('')
        placed.push([])
      }
      if (index > 0 && !previous) {
        textLines.push('\f')
        placed.push([])
      }
      let text = ''
      let width = 0
      const words: Array<PlacedWord> = []
      for (const word of line.words) {
        // Words a drawn rule parts stand in two cells: a column gap between them, as `pdftotext -layout` prints one.
        const at = Math.max(Math.round((word.box.left - left) / column), width === 0 ? 0 : width + (word.walled ? 2 : 1))
        text += ' '.repeat(at - width)
        width = at
        words.push({start: text.length, end: text.length + word.text.length, page, box: word.box})
        text += word.text
        width += displayWidth(word.text)
      }
      textLines.push(text)
      placed.push(words)
      previous = line
    }
  }
  const blocks = fromText(textLines.join('\n'), new VFile(), undefined, labels).children
  let tableIndex = firstTable
  for (const block of blocks) {
    delete block.position
    if (block.type === 'table') placeCells(block, placed, tableIndex++)
  }
  return blocks
}

/** Gives each cell the page and box of the words it covers, in place of its position in the laid-out text. */
function placeCells(table: Table, placed: ReadonlyArray<ReadonlyArray<PlacedWord>>, index: number): void {
  table.index = index
  for (const [rowIndex, row] of table.children.entries()) {
    delete row.position
    for (const cell of row.children) {
      const position = cell.position
      delete cell.position
      if (!position) continue
      const from = Math.min(position.start.column, position.end.column) - 1
      const to = Math.max(position.start.column, position.end.column) - 1
      const words: Array<PlacedWord> = []
      for (let line = position.start.line; line <= position.end.line; line++) {
        for (const word of placed[line - 1] ?? []) if (word.end > from && word.start < to) words.push(word)
      }
      if (words.length === 0) continue
      cell.source = {table: index, row: rowIndex, column: cell.column, page: words[0]!.page, box: roundBox(unionBox(words.map((word) => word.box)))}
    }
  }
}
