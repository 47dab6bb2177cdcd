import type {CellStatus, CellUnit} from '@xxgk/schema'
import {memoizeText} from '../memo.js'
import {foldText} from '../text/clean-text.js'
import {referenceMarkClass} from '../text/reference-marks.js'
import type {RuleId} from '../rule-ids.js'

/** What a cell's text says as a number. */
export interface NumberReading {
  /** The number, or null when the text is blank, a mark, or not a number. */
  value: number | null
  status: CellStatus
  /** Text beside the number, as written (`（其中修订16件）`, `万元`), or null. */
  annotation: string | null
  /** The rule to report, when the reading needs one. */
  ruleId?: RuleId | undefined
}

/** Marks that stand for “none” in a cell: slash, dashes of every width, 无, 空. */
const markPattern = /^[/\\\-‐‑‒–—―−－~～_·.]+$|^(?:无|空|无此项|不适用)$/u
/** A number, with a sign or without, with thousands separators or without, then what follows it. */
const numberPattern = /^([-+−]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(.*)$/su
/** 万元 per 元: an amount in 万元 read for a cell in 元 (the 2019 form's 采购总金额). */
const yuanPerWanYuan = 10_000
/**
 * Reference marks set after a number (`1,234①`, `56¹`): each is read as
 * `referencePlaceholder` before folding, as NFKC would fold a circled or superscript
 * digit into a plain one. A number followed by marks alone is the number with its marks
 * as annotation; a mark anywhere else leaves the text unread.
 */
const referenceMark = new RegExp(referenceMarkClass, 'gu')
/** What a reference mark reads as: a character NFKC keeps and no number or unit holds. */
const referencePlaceholder = '※'
/** The rest of a cell after its number when it is reference marks only. */
const marksOnly = /^[\s※]+$/u
/** Units a count or an amount may carry beside its number. */
const units = '(?:万元|万|元|件|个|条|次|人|项|份|宗|起)'
const unitPattern = new RegExp('^' + units, 'u')
/** A unit, then a digit before any note opens. */
const digitsAfterUnit = new RegExp('^' + units + '[^([{【]*\\d', 'u')

/**
 * THE number reader: reads a cell's text as a count, a signed count (the 2019 form's
 * 本年增/减), or an amount in 万元 or 元.
 *
 * Never guesses: blank, marked and unreadable cells give `null` with a status and the
 * rule to report, and a count with a fraction gives `null`.
 *
 * @example
 *   readNumber('10.78 万元', 'wan_yuan') // {value: 10.78, status: 'number', annotation: '万元'}
 *   readNumber('22（其中修订16件）', 'count') // {value: 22, status: 'number', annotation: '（其中修订16件）', ruleId: 'number-annotated'}
 *   readNumber('1,234①', 'count') // {value: 1234, status: 'number', annotation: '①', ruleId: 'number-annotated'}
 *   readNumber('/', 'count') // {value: null, status: 'marked', annotation: null, ruleId: 'cell-marked'}
 */
export function readNumber(raw: string, unit: CellUnit): NumberReading {
  if (isPlainCount(raw)) return {value: Number(raw), status: 'number', annotation: null}
  const folded = foldText(raw.replace(referenceMark, referencePlaceholder)).trim()
  if (folded === '') return {value: null, status: 'blank', annotation: null, ruleId: 'cell-blank'}
  if (markPattern.test(folded)) return {value: null, status: 'marked', annotation: null, ruleId: 'cell-marked'}
  const match = numberPattern.exec(folded)
  if (!match) return {value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'}
  const sign = match[1] ?? ''
  const integer = match[2] ?? ''
  const fraction = match[3] ?? ''
  const rest = match[4] ?? ''
  if (rest !== '' && !unitPattern.test(rest) && !/^[([{【]/u.test(rest) && !marksOnly.test(rest)) {
    return {value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'}
  }
  // Digits after the unit, outside a note (`12万5千`, or `10.7万8元`, the `8` of 10.78 drawn
  // over 万元): the number goes on past what was read.
  if (digitsAfterUnit.test(rest)) return {value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'}
  // A sign belongs only where the form asks for a change (本年增/减); elsewhere a
  // `-3` is no count, and a `+3` is no plain one either.
  if (sign !== '' && unit !== 'signed_count') {
    return {value: null, status: 'unreadable', annotation: null, ruleId: 'number-unreadable'}
  }
  let value = Number(integer.replaceAll(',', '') + fraction)
  if (sign === '-' || sign === '−') value = -value
  const annotation = rest === '' ? null : annotationOf(raw)
  if ((unit === 'count' || unit === 'signed_count') && fraction !== '' && /[1-9]/u.test(fraction)) {
    return {value: null, status: 'unreadable', annotation, ruleId: 'number-not-integer'}
  }
  if (unit === 'wan_yuan' && rest.startsWith('元')) {
    value = Number((value / 10_000).toFixed(8))
    return {value, status: 'number', annotation, ruleId: 'number-unit-converted'}
  }
  if (unit === 'yuan' && rest.startsWith('万')) {
    value = Number((value * yuanPerWanYuan).toFixed(4))
    return {value, status: 'number', annotation, ruleId: 'number-unit-converted'}
  }
  if (annotation !== null && !/^(?:万元|万|件|个|条|次|人|项|份|宗|起)$/u.test(rest)) {
    return {value, status: 'number', annotation, ruleId: 'number-annotated'}
  }
  return {value, status: 'number', annotation}
}

/**
 * Whether a text is ASCII digits alone (at most 15, so exact as a double): the common
 * cell, read without folding or regular expressions.
 */
export function isPlainCount(text: string): boolean {
  const length = text.length
  if (length === 0 || length > 15) return false
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

/** How a cell's text reads: nothing, a value (a number or a mark such as `/`), or text (a label). */
export type CellKind = 'empty' | 'value' | 'text'

/**
 * How a cell's text reads, as every table reader and the template mapping tell values
 * from labels.
 *
 * @example
 *   cellKind('1255') // 'value'
 *   cellKind('10.78 万元') // 'value'
 *   cellKind('—') // 'value' (a mark)
 *   cellKind('1.属于国家秘密') // 'text'
 */
export function cellKind(text: string): CellKind {
  return isPlainCount(text) ? 'value' : kindOfText(text)
}

/** Labels and marks repeat from report to report: each is read once (plain counts, never kept, are told at once). */
const kindOfText = memoizeText((text): CellKind => {
  // Signed, so that a change printed `-3` is a value whatever column it stands in.
  const reading = readNumber(text, 'signed_count')
  if (reading.ruleId === 'number-not-integer') return 'value'
  return reading.status === 'blank' ? 'empty' : reading.status === 'unreadable' ? 'text' : 'value'
})

/** The text after the number in the cell as written, trimmed. */
function annotationOf(raw: string): string {
  const match = /^[\s\d０-９,，.．]*/u.exec(raw)
  return raw.slice(match ? match[0].length : 0).trim()
}
