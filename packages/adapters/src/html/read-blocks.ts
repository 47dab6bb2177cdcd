import type {Block, Heading, Paragraph} from '@xxgk/core'
import type {Position} from '@xxgk/schema'
import type {Element, Nodes, Text} from 'hast'
import {trimText} from '../trim-text.js'
import {blockTags} from './block-tags.js'
import {hiddenTags} from './hidden-tags.js'
import type {HtmlContext} from './context.js'
import {positionOf} from './position-of.js'
import {readTable} from './read-table.js'
import {spanOf} from './span-of.js'


const headingDepth = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]])

/** html white space, and the no-break space (`&nbsp;`), which pages use for indents and gaps. */
const space = /[ \t\n\r\f\u00A0]+/gu

interface Piece {
  text: string
  position: Position | undefined
  /** Inside `<pre>`: white space is kept as written. */
  pre: boolean
}

/**
 * Reads the content of an html element into blocks, in document order: each line of
 * text (a block element, or a `<br>` inside one, ends a line) becomes a paragraph, or a
 * heading inside `<h1>`…`<h6>`; white space collapses as a browser shows it (`&nbsp;`
 * included); each `<table>` becomes a table (its `<caption>` a paragraph before it).
 * A table that holds tables is page layout: its cells are read as blocks in order and
 * the inner tables become tables of their own. Every block carries its `position` in
 * the html source.
 *
 * @example
 *   readBlocks(fromHtml('<p>一、总体情况</p>'), context) // [{type: 'paragraph', value: '一、总体情况', position: …}]
 */
export function readBlocks(node: Nodes, context: HtmlContext): Array<Block> {
  const blocks: Array<Block> = []
  const ancestors: Array<Element> = []
  let pieces: Array<Piece> = []
  let depth: number | undefined
  let preformatted = 0

  const emit = (block: Block) => {
    blocks.push(block)
    context.onBlock?.(block, ancestors)
  }

  const flush = () => {
    if (pieces.length === 0) return
    const line = pieces
    pieces = []
    const text = line.map((piece) => piece.text).join('')
    const value = trimText(line.some((piece) => piece.pre) ? text.replace(/\u00A0/gu, ' ') : text.replace(space, ' '))
    if (value === '') return
    const filled = line.filter((piece) => piece.text.replace(space, '') !== '')
    const position = spanOf(filled[0]?.position, filled.at(-1)?.position)
    const block: Paragraph | Heading =
      depth === undefined ? {type: 'paragraph', value} : {type: 'heading', depth, value}
    if (position) block.position = position
    emit(block)
  }

  const visit = (current: Nodes) => {
    if (current.type === 'text') {
      addText(current)
      return
    }
    if (current.type !== 'element' && current.type !== 'root') return
    if (current.type === 'root') {
      for (const child of current.children) visit(child)
      return
    }
    const name = current.tagName
    if (hiddenTags.has(name) || context.skip(current)) return
    if (name === 'br') {
      flush()
      return
    }
    ancestors.push(current)
    if (name === 'table') {
      flush()
      if (hasNestedTable(current)) {
        for (const cell of layoutCells(current)) {
          for (const child of cell.children) visit(child)
          flush()
        }
      } else {
        for (const caption of current.children) {
          if (caption.type === 'element' && caption.tagName === 'caption') visit(caption)
        }
        flush()
        // Inside a data table nothing is chrome: a `<td class="head">` is a header cell.
        const table = readTable(current, context, (cell) => readBlocks(cell, {...context, skip: () => false, onBlock: undefined}))
        if (table.children.length > 0) emit(table)
      }
    } else if (blockTags.has(name)) {
      flush()
      const outer = depth
      depth = headingDepth.get(name) ?? depth
      if (name === 'pre' || name === 'listing' || name === 'xmp' || name === 'plaintext') preformatted++
      for (const child of current.children) visit(child)
      if (name === 'pre' || name === 'listing' || name === 'xmp' || name === 'plaintext') preformatted--
      flush()
      depth = outer
    } else {
      for (const child of current.children) visit(child)
    }
    ancestors.pop()
  }

  const addText = (text: Text) => {
    if (preformatted === 0) {
      pieces.push({text: text.value, position: positionOf(text), pre: false})
      return
    }
    // Inside <pre>, each source line is a line.
    const lines = text.value.split(/\r?\n/u)
    lines.forEach((line, index) => {
      if (index > 0) flush()
      pieces.push({text: line, position: lines.length === 1 ? positionOf(text) : undefined, pre: true})
    })
  }

  visit(node)
  flush()
  return blocks
}

/** Whether a table has a table inside one of its cells. */
function hasNestedTable(table: Element): boolean {
  const search = (element: Element): boolean =>
    element.children.some((child) => child.type === 'element' && (child.tagName === 'table' || search(child)))
  return search(table)
}

/** The cells of a layout table, row by row, not looking into inner tables. */
function layoutCells(table: Element): Array<Element> {
  const cells: Array<Element> = []
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'td' || child.tagName === 'th') cells.push(child)
      else if (child.tagName === 'tr' || child.tagName === 'tbody' || child.tagName === 'thead' || child.tagName === 'tfoot') visit(child)
    }
  }
  visit(table)
  return cells
}
