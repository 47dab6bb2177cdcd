/**
 * Ranges of East Asian Wide (W) and Fullwidth (F) code points, which a monospaced layout
 * prints two columns wide: Hangul Jamo, CJK radicals and punctuation (U+3000 included),
 * kana, CJK ideographs and their extensions, Hangul syllables, compatibility forms,
 * fullwidth forms and the wide emoji blocks.
 */
const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd]
]

/** Ranges of code points that take no column: combining marks, zero-width characters, variation selectors. */
const zeroRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff]
]

function inRanges(code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [from, to] of ranges) {
    if (code < from) return false
    if (code <= to) return true
  }
  return false
}

/**
 * Columns one code point takes in a monospaced layout: 2 for East Asian Wide and
 * Fullwidth characters (Han, full-width punctuation, U+3000), 0 for combining and
 * zero-width characters, 1 for everything else (ambiguous ones such as `“` included).
 *
 * @example
 *   characterWidth('规'.codePointAt(0)!) // 2
 */
export function characterWidth(code: number): number {
  if (code < 0x300) return code < 0x20 ? 0 : 1
  // Common Han, most of what is read, without a search of the ranges.
  if (code >= 0x4e00 && code <= 0x9fff) return 2
  if (inRanges(code, zeroRanges)) return 0
  return inRanges(code, wideRanges) ? 2 : 1
}

/**
 * Columns a text takes in a monospaced layout.
 *
 * @example
 *   displayWidth('规章  12') // 8
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) width += characterWidth(character.codePointAt(0) ?? 0)
  return width
}
