import type {TemplateRow, TemplateTable} from '@xxgk/schema'
import {addsUp} from '../number/adds-up.js'

/**
 * Most ways of pairing rows of values with no label and rows without values that are
 * tried (7! = 5,040: seven rows with no label and no floating label to narrow them); a
 * table with more is left unplaced.
 */
const maxPairings = 5_040

/** Rows of 表三 the column sums are made of, beside its outcome rows. */
const balanceRows = {received: 'newReceived', carriedOver: 'carriedOver', total: 'total', carriedForward: 'carriedForward'} as const

/** What the sums prove of one row of values with no label. */
export interface UnlabelledPlacement {
  /** The template row the sums leave it on, if exactly one. */
  row: TemplateRow | undefined
  /** Every template row some pairing the sums allow puts it on: the rows in doubt. */
  candidates: Array<TemplateRow>
}

/**
 * Places rows of values whose labels a converter pulled out of the table, by the
 * template's own sums and nothing else: each row of values is tried on every template
 * row that has no value yet (as many of them as there are such rows, each on its own),
 * and a pairing stands only if no sum of the table fails with it: in 表三, per column,
 * （七）总计 = the outcome rows and 一 + 二 = 三(七) + 四. A row whose floating label spells one
 * open row, between the rows around it in the template's order, is tried there only. A
 * row is placed when every pairing left puts it on the same template row and a sum over
 * that row ran and held; elsewhere (two outcome rows with no label, whose sums hold
 * either way round; 表二, which has no sums) it is left unplaced, with the rows it may be.
 *
 * @param known the number a placed cell holds, `null` where it is not a number, `undefined` where the row has no values.
 * @param rows the values of each unlabelled row, in column order.
 * @param open the template rows that have no value.
 * @param named for each row of values, the one open row its floating label spells where
 *   the rows around it agree (see {@link spelledRow}); the row is tried there only.
 */
export function placeUnlabelled(
  template: TemplateTable,
  known: (row: TemplateRow, column: string) => number | null | undefined,
  rows: ReadonlyArray<ReadonlyArray<number>>,
  open: ReadonlyArray<TemplateRow>,
  named: ReadonlyArray<TemplateRow | undefined> = []
): Array<UnlabelledPlacement> {
  const unplaced = rows.map((values) => ({row: undefined, candidates: open.filter((row) => row.columns.length === values.length)}))
  if (rows.length === 0 || rows.length > open.length) return unplaced
  // Where each row of values may go: its named row, or any open row as wide as it.
  const targets = rows.map((values, index) =>
    open.flatMap((row, target) =>
      row.columns.length === values.length && (named[index] === undefined || named[index] === row) ? [target] : []
    )
  )
  const pairings = injections(targets)
  if (pairings === undefined) return unplaced
  const allowed: Array<{pairing: ReadonlyArray<number>; held: Set<TemplateRow>}> = []
  for (const pairing of pairings) {
    const assigned = new Map<TemplateRow, ReadonlyArray<number>>(pairing.map((target, index) => [open[target]!, rows[index]!]))
    const value = (row: TemplateRow, column: string): number | null | undefined => {
      const values = assigned.get(row)
      if (values) return values[row.columns.indexOf(column)]
      return known(row, column)
    }
    const verdict = checkSums(template, value)
    if (verdict.failed) continue
    allowed.push({pairing, held: verdict.held})
  }
  return rows.map((_, index) => {
    const targets = new Set(allowed.map(({pairing}) => open[pairing[index]!]!))
    const candidates = allowed.length === 0 ? unplaced[index]!.candidates : [...targets]
    const [only] = targets
    const proven = targets.size === 1 && only !== undefined && allowed.every(({held}) => held.has(only))
    return {row: proven ? only : undefined, candidates}
  })
}

/**
 * Every way of putting each item on one of its places, no place twice, or undefined when
 * there could be more than {@link maxPairings} of them.
 */
function injections(targets: ReadonlyArray<ReadonlyArray<number>>): Array<Array<number>> | undefined {
  let bound = 1
  for (const places of targets) {
    bound *= places.length
    if (bound > maxPairings) return undefined
  }
  const found: Array<Array<number>> = []
  const chosen: Array<number> = []
  const used = new Set<number>()
  const walk = () => {
    const places = targets[chosen.length]
    if (places === undefined) {
      found.push([...chosen])
      return
    }
    for (const place of places) {
      if (used.has(place)) continue
      used.add(place)
      chosen.push(place)
      walk()
      chosen.pop()
      used.delete(place)
    }
  }
  walk()
  return found
}

/**
 * The column sums of 表三 with the values given: whether one fails, and the rows of
 * every sum that ran and held. Other tables have no sums across rows.
 */
function checkSums(
  template: TemplateTable,
  value: (row: TemplateRow, column: string) => number | null | undefined
): {failed: boolean; held: Set<TemplateRow>} {
  const held = new Set<TemplateRow>()
  if (template.key !== 'applications') return {failed: false, held}
  const byKey = new Map(template.rows.map((row) => [row.key, row]))
  const received = byKey.get(balanceRows.received)!
  const carriedOver = byKey.get(balanceRows.carriedOver)!
  const total = byKey.get(balanceRows.total)!
  const carriedForward = byKey.get(balanceRows.carriedForward)!
  const outcomes = template.rows.filter((row) => ![received, carriedOver, total, carriedForward].includes(row))
  for (const column of total.columns) {
    const sum = (rows: ReadonlyArray<TemplateRow>) => {
      let result = 0
      for (const row of rows) {
        const number = value(row, column)
        if (typeof number !== 'number') return undefined
        result += number
      }
      return result
    }
    const checks: Array<[ReadonlyArray<TemplateRow>, ReadonlyArray<TemplateRow>]> = [
      [[total], outcomes],
      [[received, carriedOver], [total, carriedForward]]
    ]
    for (const [left, right] of checks) {
      const a = sum(left)
      const b = sum(right)
      if (a === undefined || b === undefined) continue
      if (!addsUp([a], b)) return {failed: true, held}
      for (const row of [...left, ...right]) held.add(row)
    }
  }
  return {failed: false, held}
}

/**
 * The one row of `open` whose label the text a converter set outside the table spells:
 * the label's characters in order, every other character a piece of the table's group
 * labels (`度办`, `果` of `三、本年度办理结果`, interleaved) or punctuation. Undefined
 * when none or several do.
 */
export function spelledRow(floating: string, open: ReadonlyArray<TemplateRow>, template: TemplateTable): TemplateRow | undefined {
  const text = [...floating.replace(/\s+/gu, '')]
  if (text.length === 0) return undefined
  const groupCharacters = new Set(template.rows.flatMap((row) => [...(row.group ?? '')]))
  const spelled = open.filter((row) => {
    const label = [...row.label.replace(/\s+/gu, '')]
    let next = 0
    for (const character of text) {
      if (next < label.length && character === label[next]) next++
      else if (!groupCharacters.has(character) && !/\p{P}/u.test(character)) return false
    }
    return next === label.length
  })
  return spelled.length === 1 ? spelled[0] : undefined
}
