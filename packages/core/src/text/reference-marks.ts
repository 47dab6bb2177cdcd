/**
 * Reference marks set after a number (`1,234①`, `56¹`, `78*`), as a character class:
 * circled, parenthesised, superscript and subscript digits (which NFKC folds into plain
 * digits: `1,234①` would read 12341), asterisks, `※`, daggers.
 */
export const referenceMarkClass = '[\\u00B2\\u00B3\\u00B9\\u2070-\\u209F\\u2460-\\u24FF\\u2776-\\u2793\\u3251-\\u325F\\u32B1-\\u32BF*＊※†‡]'

const trailingMarks = new RegExp(referenceMarkClass + '+$', 'u')

/** The text without the reference marks it ends with (`4①` → `4`). */
export function withoutTrailingMarks(text: string): string {
  return text.replace(trailingMarks, '')
}

const oneMark = new RegExp('^' + referenceMarkClass + '$', 'u')

/** Whether a character (by code point) is a reference mark. */
export function isReferenceMark(code: number): boolean {
  return oneMark.test(String.fromCodePoint(code))
}
