import {gridOf, markupReading, type CellInput} from '../grid/grid.js'
import {matchSectionHeading} from '../text/section-heading.js'
import type {Block, Root, Table} from '../types.js'
import {dropFurniture} from '../page/furniture.js'
import {roundBox, toLines} from '../page/lines.js'
import {numberWord, rowStart} from '../page/marks.js'
import {pageTolerances, type Glyph, type PageContent, type WordLine} from '../page/model.js'
import {dropOverprint} from '../page/overprint.js'
import {mergeRules, ruledRegions} from '../page/rules.js'
import {dropStamps} from '../page/stamps.js'
import {markSuperscripts} from '../page/superscripts.js'
import type {LabelNames} from '../grid/from-space-aligned.js'
import {readUnruled, type UnruledLines} from './layout-text.js'
import {continueTable, readRuledTable, type RuledTable} from '../page/ruled-table.js'

/** What `pagesToTree` read besides the tree: for diagnostics. */
export interface PagesReading {
  tree: Root
  /** Glyphs of a watermark or stamp set level over the text (far larger than the text under them), left out, per page. */
  stamps: Array<number>
  /** Lines dropped as page furniture (page numbers, running heads), per page. */
  furniture: Array<number>
  /** Ruled tables found, per page. */
  tables: Array<number>
  /**
   * Lines outside every ruled table that hold a number set apart from the word before it
   * like a table cell, per page: rows of a table drawn without borders.
   */
  unruledRows: Array<number>
}

/** A number this far (× size) from the word before it stands in a column of its own, not in a sentence. */
const columnGap = 2
/** This many numbers apart on a line make it a table row whatever their gaps (表四's narrow columns). */
const numbersInARow = 3
/** This many such rows outside ruled tables make a page's lines a table without borders. */
const unruledPage = 3
/** Rows of numbers whose labels no border parts from one another's, from which on a ruled table is read from its words. */
const unruledLabelRows = 2

function isNumberRow(line: WordLine): boolean {
  let numbers = 0
  for (const [index, word] of line.words.entries()) {
    if (!numberWord.test(word.text)) continue
    if (++numbers >= numbersInARow) return true
    if (index > 0 && word.box.left - line.words[index - 1]!.box.right >= columnGap * line.size) return true
  }
  return false
}

/** Pages whose lines hold a table without borders: enough rows of their own, or any, right after such a page (the table continued). */
function unruledPages(rows: ReadonlyArray<number>): Array<boolean> {
  const unruled: Array<boolean> = []
  for (const [index, count] of rows.entries()) unruled.push(count >= unruledPage || (count > 0 && index > 0 && unruled[index - 1]!))
  return unruled
}

type Item = {kind: 'line'; line: WordLine; page: number} | {kind: 'table'; table: RuledTable} | {kind: 'unruled'; part: UnruledLines}

/**
 * Turns pages of positioned glyphs and drawn rules into the block tree every input
 * becomes: ruled tables into the one grid model (`layout: 'pdf'`, each cell with its
 * page and box as `source`), the text around them into paragraphs in reading order.
 *
 * Reading order is top to bottom on each page. A table that ends a page and one that
 * begins the next with the same column edges are one table. Lines of a paragraph are
 * joined back (CJK text wraps with no hyphen, so with nothing between): a line that ran
 * to the right edge continues on the next when that one is not indented and starts no
 * heading or numbered item. On a page whose lines outside ruled tables hold a table
 * drawn without borders (numbers set `columnGap` apart on `unruledPage` lines or more),
 * those lines go to the reader of space-aligned text instead (`readUnruled`, given `labels`,
 * what the config's labels say of a text: `labelNamesOf`).
 */
export function pagesToTree(pages: ReadonlyArray<PageContent>, tolerances = pageTolerances, labels?: LabelNames): PagesReading {
  const read = pages.map((page) => {
    const unstamped = dropStamps(dropOverprint(page.glyphs, tolerances), tolerances)
    let stamps = unstamped.dropped
    let glyphs: ReadonlyArray<Glyph> = markSuperscripts(unstamped.kept, tolerances)
    const tables: Array<RuledTable> = []
    for (const region of ruledRegions(mergeRules(page.rules, tolerances), tolerances)) {
      const {table, outside, stamped} = readRuledTable(region, glyphs, page.number, tolerances)
      // A region that holds no text is a frame or a drawing, not a table; one whose
      // borders do not part the labels of its rows is read from the places of its words.
      if (table.cells.some((cell) => cell.text !== '') && table.labelsUnruled < unruledLabelRows) {
        tables.push(table)
        glyphs = outside
        stamps += stamped
      }
    }
    // Rules left over from tables read from their words part the cells of those words.
    return {page, tables, stamps, lines: toLines(glyphs, tolerances, page.rules)}
  })
  const kept = dropFurniture(read, tolerances)
  const unruledRows = kept.map((page) => page.kept.filter(isNumberRow).length)
  const unruled = unruledPages(unruledRows)
  const pageItems: Array<Array<Item>> = read.map(({page, tables}, index) => {
    const items: Array<Item> = [
      ...kept[index]!.kept.map((line): Item => ({kind: 'line', line, page: page.number})),
      ...tables.map((table): Item => ({kind: 'table', table}))
    ]
    items.sort((a, b) => topOf(a) - topOf(b))
    return unruled[index] ? groupUnruled(items, page.number) : items
  })
  const items: Array<Item> = []
  for (const onPage of pageItems) {
    const first = onPage[0]
    const previous = items.at(-1)
    if (first?.kind === 'table' && previous?.kind === 'table' && continueTable(previous.table, first.table, tolerances)) {
      onPage.shift()
    }
    items.push(...onPage)
  }
  const edges = new Map(read.map(({page}, index) => [page.number, textEdges(kept[index]!.kept)]))
  const children: Array<Block> = []
  let tableIndex = 0
  let paragraph: {text: string; last: WordLine; page: number} | undefined
  let unruledParts: Array<UnruledLines> = []
  const flush = () => {
    if (paragraph) children.push({type: 'paragraph', value: paragraph.text})
    paragraph = undefined
    if (unruledParts.length === 0) return
    const blocks = readUnruled(unruledParts, tableIndex, labels)
    tableIndex += blocks.filter((block) => block.type === 'table').length
    children.push(...blocks)
    unruledParts = []
  }
  for (const item of items) {
    if (item.kind === 'unruled') {
      if (paragraph) {
        children.push({type: 'paragraph', value: paragraph.text})
        paragraph = undefined
      }
      unruledParts.push(item.part)
      continue
    }
    if (item.kind === 'table') {
      flush()
      children.push(toTable(item.table, tableIndex++))
      continue
    }
    if (paragraph && runsOn(paragraph.last, paragraph.page, item.line, item.page, edges, tolerances)) {
      paragraph.text = joinText(paragraph.text, item.line.text)
      paragraph.last = item.line
      paragraph.page = item.page
    } else {
      flush()
      paragraph = {text: item.line.text, last: item.line, page: item.page}
    }
  }
  flush()
  return {
    tree: {type: 'root', children},
    stamps: read.map((page) => page.stamps),
    furniture: kept.map((page) => page.dropped),
    tables: read.map((page) => page.tables.length),
    unruledRows: unruledRows.map((rows, index) => (unruled[index] ? rows : 0))
  }
}

/** The runs of lines between a page's ruled tables, each as one part for the reader of space-aligned text. */
function groupUnruled(items: ReadonlyArray<Item>, page: number): Array<Item> {
  const grouped: Array<Item> = []
  for (const item of items) {
    const last = grouped.at(-1)
    if (item.kind !== 'line') grouped.push(item)
    else if (last?.kind === 'unruled') last.part.lines.push(item.line)
    else grouped.push({kind: 'unruled', part: {page, lines: [item.line]}})
  }
  return grouped
}

function topOf(item: Item): number {
  return item.kind === 'line' ? item.line.box.top : item.kind === 'table' ? item.table.box.top : item.part.lines[0]!.box.top
}

/** The left and right edges of a page's text: where lines start and where full lines end. */
function textEdges(lines: ReadonlyArray<WordLine>): {left: number; right: number} {
  let left = Number.POSITIVE_INFINITY
  let right = Number.NEGATIVE_INFINITY
  for (const line of lines) {
    left = Math.min(left, line.box.left)
    right = Math.max(right, line.box.right)
  }
  return {left, right}
}

function runsOn(
  previous: WordLine,
  previousPage: number,
  line: WordLine,
  page: number,
  edges: ReadonlyMap<number, {left: number; right: number}>,
  tolerances: typeof pageTolerances
): boolean {
  const size = previous.size
  const before = edges.get(previousPage)!
  const after = edges.get(page)!
  if (Math.abs(line.size - size) > 0.15 * size) return false
  if (previous.box.right < before.right - tolerances.runOn * size) return false
  // An indented line starts a paragraph; a centred one after a line that filled the
  // width is the rest of a centred title (`…2024年政府信息` / `公开工作年度报告`).
  const centred = Math.abs((line.box.left + line.box.right) / 2 - (after.left + after.right) / 2) <= size
  if (line.box.left > after.left + tolerances.indent * size && !(centred && page === previousPage)) return false
  if (page === previousPage && line.box.top - previous.box.top > tolerances.paragraphGap * size) return false
  if (page !== previousPage && page !== previousPage + 1) return false
  if (rowStart.test(line.text) || matchSectionHeading(line.text) || matchSectionHeading(previous.text)) return false
  return true
}

/** Joins a wrapped line: with nothing between CJK text, with a space between Latin words. */
function joinText(text: string, next: string): string {
  return /[A-Za-z]$/u.test(text) && /^[A-Za-z]/u.test(next) ? text + ' ' + next : text + next
}

function toTable(ruled: RuledTable, index: number): Table {
  const byRow: Array<Array<CellInput>> = Array.from({length: ruled.rowCount}, () => [])
  for (const cell of [...ruled.cells].sort((a, b) => a.column - b.column)) {
    byRow[cell.row]!.push({
      value: cell.text,
      column: cell.column,
      colSpan: cell.colSpan,
      rowSpan: cell.rowSpan,
      source: {table: index, row: cell.row, column: cell.column, page: cell.page, box: roundBox(cell.box)},
      truncated: cell.overflows
    })
  }
  return gridOf('pdf', markupReading, index, byRow)
}
