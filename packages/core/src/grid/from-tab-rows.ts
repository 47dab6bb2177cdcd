import {GridBuilder, markupReading} from './grid.js'
import {linePosition, type Line} from '../text/lines.js'
import type {Table} from '../types.js'

/**
 * Layout “tab rows” (Word “save as text”, copy-paste from a browser): one table row per
 * line, cells separated by tabs, merged cells as empty fields or not at all. A line
 * without a tab inside the block continues the last cell of the row above (a label
 * wrapped by the converter).
 */
export function fromTabRows(lines: ReadonlyArray<Line>): Table {
  const grid = new GridBuilder('tab-rows', {...markupReading, aligned: false})
  let prefix: {text: string; line: Line} | undefined
  for (const line of lines) {
    const text = line.text
    if (!text.includes('\t') && text.trim() === '') continue
    if (!text.includes('\t')) {
      // A wrapped label: it continues the row above when that row ends inside brackets, or
      // ends in text with no row below starting with a label; else it begins the first
      // cell of the row below.
      const last = grid.table.children.at(-1)?.children.at(-1)
      const endsInText = last !== undefined && last.value !== '' && !/^[\d.,\s]+$/u.test(last.value)
      const opensBracket =
        last !== undefined &&
        Math.max(last.value.lastIndexOf('（'), last.value.lastIndexOf('(')) >
          Math.max(last.value.lastIndexOf('）'), last.value.lastIndexOf(')'))
      if (!prefix && endsInText && (opensBracket || !nextRowStartsWithLabel(lines, lines.indexOf(line)))) {
        last.value += text.trim()
        if (last.position) last.position.end = linePosition(line, 0, text.length).end
      } else {
        prefix = prefix ? {text: prefix.text + text.trim(), line: prefix.line} : {text: text.trim(), line}
      }
      continue
    }
    grid.addRow(linePosition(line, 0, text.length))
    const start = prefix
    prefix = undefined
    let from = 0
    while (from <= text.length) {
      let to = text.indexOf('\t', from)
      if (to === -1) to = text.length
      const raw = text.slice(from, to)
      const leading = raw.length - raw.trimStart().length
      const value = raw.trim()
      const position = linePosition(line, from + leading, from + leading + value.length)
      if (from === 0 && start) {
        grid.placeCell({
          value: start.text + value,
          position: {start: linePosition(start.line, 0, 0).start, end: position.end}
        })
      } else {
        grid.placeCell({value, position})
      }
      from = to + 1
    }
  }
  if (prefix) {
    grid.addRow(linePosition(prefix.line, 0, prefix.line.text.length))
    grid.placeCell({value: prefix.text, position: linePosition(prefix.line, 0, prefix.line.text.length)})
  }
  return grid.table
}

/** Whether the next line with a tab starts with a label in its first field. */
function nextRowStartsWithLabel(lines: ReadonlyArray<Line>, index: number): boolean {
  for (let next = index + 1; next < lines.length; next++) {
    const text = lines[next]!.text
    if (text.trim() === '') continue
    if (!text.includes('\t')) continue
    const first = text.slice(0, text.indexOf('\t')).trim()
    return first !== '' && !/^[\d.,\s]+$/u.test(first)
  }
  return false
}
