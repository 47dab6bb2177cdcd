/** A line of the input with where it starts. */
export interface Line {
  /** Text of the line, without its line ending. */
  text: string
  /** 1-indexed line number. */
  line: number
  /** 0-indexed offset of the line's first character in the input. */
  offset: number
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
  return {
    start: {line: line.line, column: from + 1, offset: line.offset + from},
    end: {line: line.line, column: to + 1, offset: line.offset + to}
  }
}
