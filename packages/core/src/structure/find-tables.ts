import {templateTables, type TableKey} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {report} from '../report/message.js'
import type {LabelMatcher} from '../template/match-label.js'
import type {Block, RecognisedTable, Table} from '../types.js'
import type {Sections} from './sections.js'

const tableKeys = new Set<string>(templateTables.map((table) => table.key))

/**
 * Decides which template table each table of the document is (part of), by its labels:
 * the table whose row, column and group labels its cells name most often wins, and the
 * section it stands in breaks ties. Content decides before headings do, because reports
 * renumber, split and misplace their tables.
 */
export function findTables(sections: Sections, matcher: LabelMatcher, file: VFile): Array<RecognisedTable> {
  const found: Array<RecognisedTable> = []
  const visit = (blocks: ReadonlyArray<Block>, sectionKey: string | undefined) => {
    for (const block of blocks) {
      if (block.type !== 'table') continue
      const key = identify(block, matcher, sectionKey)
      if (key) {
        found.push({key, table: block})
      } else {
        report(file, 'table-unknown', 'A table matches none of the template tables', {
          place: block.position,
          severity: 'warning'
        })
      }
    }
  }
  visit(sections.front, undefined)
  for (const section of sections.sections) visit(section.children, section.key)
  return found
}

function identify(table: Table, matcher: LabelMatcher, sectionKey: string | undefined): TableKey | undefined {
  const scores = new Map<TableKey, number>()
  for (const row of table.children) {
    for (const cell of row.children) {
      if (isNumeral(cell.value)) continue
      const tables = matcher.tablesOf(cell.value)
      for (const key of tables) scores.set(key, (scores.get(key) ?? 0) + 1 / tables.length)
    }
  }
  let best: TableKey | undefined
  let bestScore = 0
  for (const [key, score] of scores) {
    if (score > bestScore || (score === bestScore && key === sectionKey)) {
      best = key
      bestScore = score
    }
  }
  if (best) return best
  return sectionKey !== undefined && tableKeys.has(sectionKey) ? (sectionKey as TableKey) : undefined
}

/**
 * Whether a cell holds only digits, separators and spaces: a number, which names no
 * table (told by its characters: a regular expression here was a tenth of the mapping's time).
 */
function isNumeral(text: string): boolean {
  if (text === '') return true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const numeral = (code >= 48 && code <= 57) || code === 44 || code === 46 || code === 32 || code === 9 || code === 0xa0 || code === 0x3000
    if (!numeral) return false
  }
  return true
}
