/**
 * Characters that carry no text but break matching: zero-width space/joiners, word
 * joiner, BOM, soft hyphen and C0/C1 controls other than tab and newline.
 */
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/** Conversion debris that docx-to-text tools leave in the text. */
const debris = /\[(?:image|bookmark|img|picture|图片)(?::[^\]\n]{0,200})?\]/gi

/** A piece of debris found in a text. */
export interface Debris {
  /** The debris as written. */
  value: string
  /** 0-indexed offset in the text it was found in. */
  index: number
}

/**
 * Removes conversion debris (`[image: image1]`, `[bookmark: _GoBack]`) from a text and
 * says what was removed and where.
 */
export function removeDebris(text: string): {text: string; debris: Array<Debris>} {
  if (!text.includes('[')) return {text, debris: []}
  const found: Array<Debris> = []
  const cleaned = text.replace(debris, (value: string, index: number) => {
    found.push({value, index})
    return ''
  })
  return {text: cleaned, debris: found}
}

/**
 * Removes invisible characters and folds NFKC, so that full-width digits, brackets and
 * the ideographic space read as their ASCII forms. Used for matching only: the text
 * kept in the report and every position stay as in the input.
 */
export function foldText(text: string): string {
  if (!needsFolding.test(text)) return text
  return text.replace(invisible, '').normalize('NFKC')
}

/**
 * Anything but printable ASCII, common Han and the CJK punctuation NFKC keeps as is:
 * text without such characters is already folded (most cells and labels).
 */
const needsFolding = /[^\u0020-\u007E\u4E00-\u9FFF\u3001\u3002\u201C\u201D\u2018\u2019\u300A\u300B]/u
