/** A line of the input with where it starts. */
export interface Line {
  /** Text of the line, without its line ending. */
  text: string
  /** 1-indexed line number. */
  line: number
  /** 0-indexed offset of `text`'s first character in the input. */
  offset: number
  /** Characters of the input line before `text` (invisible ones dropped in front), if any. */
  shift?: number
}

/**
 * Splits text into lines on `\n`, `\r\n` and `\r`, keeping each line's number and
 * offset so every later stage can point back into the input.
 */
export function splitLines(text: string): Array<Line> {
  const lines: Array<Line> = []
  let start = 0
  let line = 1
  const length = text.length
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) {
      lines.push({text: text.slice(start, index), line, offset: start})
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++
      start = index + 1
      line++
    }
  }
  lines.push({text: text.slice(start), line, offset: start})
  return lines
}

/**
 * The position of `text.slice(from, to)` of a line, as a unist position.
 */
export function linePosition(line: Line, from: number, to: number) {
  const shift = line.shift ?? 0
  return {
    start: {line: line.line, column: shift + from + 1, offset: line.offset + from},
    end: {line: line.line, column: shift + to + 1, offset: line.offset + to}
  }
}

/** Zero-width characters, BOM, soft hyphen and controls other than tab, at the ends of a line. */
const leadingInvisible = /^[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F]+/u
const trailingInvisible = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F]+$/u

/**
 * The line without invisible characters at its ends, which would hide a leading tab, a
 * heading number or the closing pipe of a table row from the layout readers; positions
 * still point into the input.
 */
export function trimInvisible(line: Line): Line {
  const text = line.text
  // Most lines neither start nor end with one: told without a regular expression.
  if (text === '' || (!isInvisible(text.charCodeAt(0)) && !isInvisible(text.charCodeAt(text.length - 1)))) return line
  const leading = leadingInvisible.exec(line.text)?.[0].length ?? 0
  const trailing = trailingInvisible.exec(line.text)?.[0].length ?? 0
  if (leading === 0 && trailing === 0) return line
  return {text: text.slice(leading, text.length - trailing), line: line.line, offset: line.offset + leading, shift: (line.shift ?? 0) + leading}
}

/** Whether a UTF-16 code unit is one of the invisible characters trimmed above. */
function isInvisible(code: number): boolean {
  return (
    code <= 0x08 ||
    (code >= 0x0b && code <= 0x1f) ||
    code === 0x7f ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff
  )
}

/**
 * Whether one of the line numbers in `marks` (lines that held a form feed, page numbers
 * dropped) lies after line number `after` and up to line number `upTo`: a page breaks
 * between the two lines.
 */
export function marksBetween(marks: ReadonlySet<number> | undefined, after: number, upTo: number): boolean {
  if (!marks || marks.size === 0) return false
  for (let number = after + 1; number <= upTo; number++) if (marks.has(number)) return true
  return false
}
