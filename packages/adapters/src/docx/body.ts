import type {Block} from '@xxgk/core'
import {trimText} from '../trim-text.js'
import type {DocxContext} from './context.js'
import {isDeletedText, readParagraph} from './paragraph.js'
import type {XmlElement, XmlNode} from './read-xml.js'
import {readTable} from './table.js'
import {xmlChild} from './xml-child.js'
import {rowCells} from './row-cells.js'
import {deletedRowCount, tableRows} from './table-rows.js'

/** Block-level wrappers whose content is read as if it stood in their place. */
const transparent = new Set(['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:sdtContent'])

/**
 * Reads the block content of `w:body` (or of a table cell) into blocks, dispatching on
 * element names: `w:p` → a paragraph per line (a heading if its style says so), `w:tbl`
 * → a table, `w:sdt` (content control) → its content; tracked deletions and moves away
 * (`w:del`, `w:moveFrom`) are dropped; anything else (`w:sectPr`, bookmarks, …) is
 * skipped. Empty lines are left out, as the text adapter does with blank lines.
 *
 * A table that holds tables is page layout, not data: its cells are read as blocks in
 * order and the inner tables become tables of their own (see `readTable`).
 *
 * @example
 *   readBlocks(body.children, context) // [{type: 'paragraph', value: '一、总体情况'}, {type: 'table', …}]
 */
export function readBlocks(nodes: ReadonlyArray<XmlNode>, context: DocxContext): Array<Block> {
  const blocks: Array<Block> = []
  const visit = (children: ReadonlyArray<XmlNode>) => {
    for (const child of children) {
      if (child.type !== 'element') continue
      switch (child.name) {
        case 'w:p': {
          const {lines, depth} = readParagraph(child, context)
          for (const line of lines) {
            const value = trimText(line)
            if (value === '') continue
            blocks.push(depth === undefined ? {type: 'paragraph', value} : {type: 'heading', depth, value})
          }
          break
        }
        case 'w:tbl':
          if (hasNestedTable(child)) {
            context.leftOut.deleted += deletedRowCount(child)
            for (const row of tableRows(child)) for (const cell of rowCells(row)) visit(cell.children)
          } else {
            const table = readTable(child, context, readBlocks)
            if (table.children.length > 0) blocks.push(table)
          }
          break
        case 'w:sdt':
          visit(xmlChild(child, 'w:sdtContent')?.children ?? [])
          break
        case 'w:del':
        case 'w:moveFrom':
          // Paragraphs deleted whole, in tracked changes.
          if (isDeletedText(child)) context.leftOut.deleted++
          break
        default:
          if (transparent.has(child.name)) visit(child.children)
      }
    }
  }
  visit(nodes)
  return blocks
}

/** Whether a table has a table inside one of its cells. */
function hasNestedTable(table: XmlElement): boolean {
  return tableRows(table).some((row) => rowCells(row).some(holdsTable))
}

/**
 * Whether an element holds a `w:tbl` at any depth, outside tracked deletions. Walks the
 * children in place rather than through `xmlChildren`: it visits every element of every
 * cell, and copying each list of children cost more than the search.
 */
function holdsTable(element: XmlElement): boolean {
  for (const child of element.children) {
    if (child.type !== 'element' || child.name === 'w:del') continue
    if (child.name === 'w:tbl' || holdsTable(child)) return true
  }
  return false
}
