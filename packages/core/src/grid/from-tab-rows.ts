import {GridBuilder} from './grid.js'
import {linePosition, type Line} from '../text/lines.js'
import type {Table} from '../types.js'

/**
 * Layout “tab rows” (Word “save as text”, copy-paste from a browser): one table row per
 * line, cells separated by tabs, merged cells as empty fields or not at all. A line
 * without a tab inside the block continues the last cell of the row above (a label
 * wrapped by the converter).
 */
export function fromTabRows(lines: ReadonlyArray<Line>): Table {
  const grid = new GridBuilder('tab-rows', false)
  for (const line of lines) {
    const text = line.text
    if (text.trim() === '') continue
    if (!text.includes('\t')) {
      const last = grid.table.children.at(-1)?.children.at(-1)
      if (last) {
        last.value += text.trim()
        if (last.position) last.position.end = linePosition(line, 0, text.length).end
      }
      continue
    }
    grid.addRow(linePosition(line, 0, text.length))
    let from = 0
    while (from <= text.length) {
      let to = text.indexOf('\t', from)
      if (to === -1) to = text.length
      const raw = text.slice(from, to)
      const leading = raw.length - raw.trimStart().length
      const value = raw.trim()
      grid.placeCell({
        value,
        position: linePosition(line, from + leading, from + leading + value.length)
      })
      from = to + 1
    }
  }
  return grid.table
}
