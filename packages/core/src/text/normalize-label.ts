import {memoizeText} from '../memo.js'
import {foldText} from './clean-text.js'

/** A label split into its number (`一、`, `（三）`, `1.`) and a comparable key. */
export interface NormalizedLabel {
  /** The number as folded text without punctuation (`一`, `(三)`, `1`), or null. */
  number: string | null
  /** Han characters, letters and digits only: what matching compares. */
  key: string
}

/**
 * Leading numbering of a label: `一、` `（一）` `(一) ` `1.` `1、` `1．` `第一`…, or
 * `一）` with its opening bracket lost (as PDF text exports lose characters); the group
 * is the bare number.
 */
const numbering = /^(?:([一二三四五六七八九十]+)[、.]|\(?([一二三四五六七八九十]+)\)[、.]?|(\d{1,2})(?:[、.)]|\s)(?!\d))/u
/** Everything that is not Han, a letter or a digit. */
const nonKeyCharacters = /[^\p{Script=Han}\p{L}\p{N}]+/gu

/**
 * Normalises a label for matching: folds full-width forms, drops invisible characters,
 * spaces, punctuation and quotes, and takes the leading number apart.
 *
 * @example
 *   normalizeLabel('（三）不予公开') // {number: '(三)', key: '不予公开'}
 *   normalizeLabel('3. 危及"三安全一稳定"') // {number: '3', key: '危及三安全一稳定'}
 */
export const normalizeLabel: (text: string) => NormalizedLabel = memoizeText(normalize)

/**
 * Spaces between two characters of Chinese text, or between one and a bracket or 、:
 * a label set with its characters spread across the cell (Word's 分散对齐,
 * `一 、 本 年 新 收`, `（ 七 ） 总 计`). A space after a Latin number (`1. 属于`) is kept.
 */
const spreadSpaces = /(?<=[\p{Script=Han}、()])\s+(?=[\p{Script=Han}、()])/gu

function normalize(text: string): NormalizedLabel {
  const folded = foldText(text).trim().replace(spreadSpaces, '')
  const match = numbering.exec(folded)
  let number: string | null = null
  let rest = folded
  if (match) {
    number = match[1] ?? (match[2] ? '(' + match[2] + ')' : (match[3] ?? null))
    rest = folded.slice(match[0].length)
  }
  return {number, key: labelKey(rest)}
}

/** The comparable key of a text: Han characters, letters and digits only. */
export function labelKey(text: string): string {
  return foldText(text).replace(nonKeyCharacters, '')
}
