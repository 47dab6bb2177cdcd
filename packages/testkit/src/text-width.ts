import {eastAsianWidth} from 'get-east-asian-width'

/**
 * Columns a text takes in a monospaced layout: East Asian Wide and Fullwidth characters
 * count 2, everything else (ambiguous ones such as “ ” included) counts 1.
 *
 * @example
 *   displayWidth('规章12') // 6
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) width += eastAsianWidth(character.codePointAt(0) ?? 0)
  return width
}

/** Characters that must not start a line (Chinese line breaking, 避头点). */
const noLineStart = new Set(Array.from('，。、；：？！）》」』”’,.;:?!)%'))

/**
 * Greedy wrapping at a display width, breaking between any two characters (as CJK text
 * wraps) but never putting closing punctuation at the start of a line.
 *
 * @example
 *   wrapText('1.本机关不掌握相关政府信息', 22) // ['1.本机关不掌握相关政府', '信息']
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[][] = []
  let line: string[] = []
  let lineWidth = 0
  for (const character of text) {
    const characterWidth = displayWidth(character)
    if (line.length > 0 && lineWidth + characterWidth > width) {
      const carried: string[] = []
      if (noLineStart.has(character) && line.length > 1) {
        const last = line.pop()
        if (last !== undefined) carried.push(last)
      }
      lines.push(line)
      line = carried
      lineWidth = displayWidth(carried.join(''))
    }
    line.push(character)
    lineWidth += characterWidth
  }
  if (line.length > 0 || lines.length === 0) lines.push(line)
  return lines.map((characters) => characters.join(''))
}

/**
 * Wrapping at a display width into as few lines as greedy wrapping needs, but with lines
 * of about equal width, as narrow header cells wrap (`结果维持` at 5 → `结果` / `维持`).
 */
export function wrapBalanced(text: string, width: number): string[] {
  const greedy = wrapText(text, width)
  if (greedy.length < 2) return greedy
  const target = Math.ceil(displayWidth(text) / greedy.length)
  for (let candidate = target; candidate <= width; candidate++) {
    const balanced = wrapText(text, candidate)
    if (balanced.length === greedy.length) return balanced
  }
  return greedy
}
