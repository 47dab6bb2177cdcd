/**
 * CJK characters and full-width punctuation: a line break between two of them is a
 * wrap inside one word or sentence (Chinese has no spaces between words).
 */
const cjk = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014]/u

/**
 * Joins the lines of a wrapped cell or paragraph into one text: without a separator
 * where either side of the break is CJK (`商业` + `企业` → `商业企业`), with a space
 * elsewhere, so that numbers on two lines (`12` + `34`) never fuse into one (`12 34`
 * then reads as unreadable rather than as 1234).
 *
 * @example
 *   joinLines(['（二）部分公开（区分处理的，', '只计这一情形）']) // '（二）部分公开（区分处理的，只计这一情形）'
 *   joinLines(['12', '34']) // '12 34'
 */
export function joinLines(lines: ReadonlyArray<string>): string {
  let result = ''
  for (const line of lines) {
    if (line === '') continue
    if (result === '') {
      result = line
      continue
    }
    const before = result.at(-1) ?? ''
    const after = String.fromCodePoint(line.codePointAt(0) ?? 32)
    result += (cjk.test(before) || cjk.test(after) ? '' : ' ') + line
  }
  return result
}
