import {
  template2021,
  templates,
  type Position,
  type TableKey,
  type Template,
  type TemplateColumn,
  type TemplateRow
} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {report} from '../report/message.js'
import {allTables} from './all-tables.js'
import {codePoints, editDistance, infixDistance} from './edit-distance.js'
import {normalizeLabel} from '../text/normalize-label.js'

/** What a label can stand for in the template. */
export type LabelTarget =
  | {kind: 'row'; table: TableKey; row: TemplateRow}
  | {kind: 'column'; table: TableKey; column: TemplateColumn}
  | {kind: 'group'; table: TableKey; label: string}

/** How a row label read approximately differs from the template row it was taken as. */
export interface Approximation {
  /** Characters lost, added or replaced: the edit distance between the normalised labels. */
  readonly distance: number
  /** The label as read (the pieces of a wrapped label joined). */
  readonly text: string
}

/**
 * The answer for a row's labels. A `row` with `approximate` was taken from a label that
 * names no row exactly but is a few characters from one and nearer no other label (see
 * `LabelMatcher`): the mapping reports it with `reportApproximateRow`.
 */
export type RowMatch =
  | {readonly kind: 'row'; readonly table: TableKey; readonly row: TemplateRow; readonly approximate?: Approximation}
  | {readonly kind: 'group'; readonly table: TableKey; readonly label: string}
  | {readonly kind: 'ambiguous'; readonly candidates: ReadonlyArray<TemplateRow>}
  | {readonly kind: 'none'}

/** Pieces a wrapped row label may come in (lines of a narrow cell, words a space split). */
const maxWrappedPieces = 8

/**
 * Approximate reading of row labels: labels as PDF text exports give them, a character or
 * a few lost, added or replaced by a look-alike (`其他法律行政止公开` for
 * `2.其他法律行政法规禁止公开`). Keys shorter than this are never read approximately
 * (`其他`, `总计`, `3.其他`, `重复申请`, `行政处罚` beside `行政许可`, `行政强制`): they are all
 * a few edits from one another.
 */
const approximateShortest = 5
/** How many edits may be made towards the most characters read approximately: three. */
const approximateMost = 3
/**
 * How many edits a label of `length` characters may be read from: a quarter of them, at
 * most three (one for 5 to 7 characters, two for 8 to 11, three from 12), none below
 * `approximateShortest`.
 */
function approximateEdits(length: number): number {
  return length < approximateShortest ? 0 : Math.min(approximateMost, Math.floor(length / 4))
}
/**
 * How many edits further than the row taken every other label must be, and every piece of
 * one: a label two edits from two rows (`本年结转…` between `本年新收…` and `上年结转…`,
 * three apart) is neither's.
 */
const approximateMargin = 2
/** Approximate answers kept per matcher (texts that name nothing exactly); the cache restarts when full. */
const approximateCacheSize = 10_000

/** A label a row's text is weighed against in approximate matching. */
interface ApproximateCandidate {
  readonly points: ReadonlyArray<number>
  /** The one row of the table the label names; undefined for a column, a group, several rows, another table's or form's label. */
  readonly row: TemplateRow | undefined
  /** What it names: the same for every spelling of one row, the label itself for anything else. */
  readonly names: string
}

/** The labels of one table's approximate matching, and by character the indexes of those holding it. */
interface ApproximateCandidates {
  readonly candidates: ReadonlyArray<ApproximateCandidate>
  readonly containing: ReadonlyMap<number, ReadonlyArray<number>>
}

/** The answer of approximate matching for one text: the row and how far from it, or nothing. */
type Approximate = {readonly row: TemplateRow; readonly distance: number} | null

/** Every printed label of every form (rows, groups, columns), as keys: other labels approximate matching weighs. */
const printedLabelKeys: ReadonlyArray<string> = [
  ...new Set(
    templates.flatMap((template) =>
      template.tables.flatMap((table) => [
        ...table.rows.flatMap((row) => [row.label, ...(row.group === undefined ? [] : [row.group])]),
        ...table.columns.flatMap((column) => [column.label, ...(column.group === undefined ? [] : [column.group])])
      ])
    )
  )
]
  .map((label) => normalizeLabel(label).key)
  .filter((key) => key !== '')

/** A node of the trie of `matchRow` answers. */
interface RowMatchNode {
  next: Map<string, RowMatchNode>
  match?: RowMatch
}

/**
 * THE label matcher: one index from normalised label keys to what they stand for in
 * one template, built from the template's printed labels plus the spellings of the
 * configuration. Matching is exact on normalised keys, so tolerant of spaces,
 * full-width forms, brackets, quotes and numbering, but never of other words.
 *
 * A row label that names nothing exactly, alone or joined to the pieces before it, is
 * then read approximately: it is taken as the template row whose label, or a spelling
 * of it, begins and ends with the same characters and is at most `approximateEdits`
 * edits from it (a quarter of the label's characters, at most three; none under five
 * characters), when every other label this matcher or either form knows, of any table,
 * and every piece of one, is at least `approximateMargin` (2) edits further, and its
 * number, if both have one, is the row's. A text that is a piece of a label (the first
 * or last line of a wrapped label) is never read approximately: the mapping joins it to
 * its other pieces; nor is one whose ends differ (a label cut short and run into other
 * text, as a reading order that interleaves cells gives it). Such an answer carries
 * `approximate`; anything less certain stays `none`.
 *
 * A spelling's id may end in `@2019` or `@2021` to hold for that template only (the
 * 2021 `本年收费金额` is no spelling of the 2019 采购总金额, though both are `amount`); an
 * id naming what only another template has is that template's, and left out here.
 */
export class LabelMatcher {
  private readonly index = new Map<string, Array<LabelTarget>>()
  /** Answers of `matchRow`: the same labels come back row after row, report after report. */
  private readonly rowMatches = new Map<TableKey, RowMatchNode>()
  private rowMatchNodes = 0
  /** `tablesOf` per key (only keys of the index, so bounded). */
  private readonly tables = new Map<string, ReadonlyArray<TableKey>>()
  /** Labels approximate matching weighs, per table, made when first asked. */
  private readonly candidates = new Map<TableKey, ApproximateCandidates>()
  /** Answers of approximate matching by table, number and key (bounded: it restarts when full). */
  private readonly approximations = new Map<string, Approximate>()
  /** Per label of a table, the characters of a text it holds (reused from text to text). */
  private shared = new Uint8Array(0)
  /** Characters of the longest label approximate matching weighs. */
  private readonly longestKey: number

  constructor(
    spellings: Readonly<Record<string, ReadonlyArray<string>>> = {},
    readonly template: Template = template2021
  ) {
    for (const table of template.tables) {
      for (const row of table.rows) {
        this.add(row.label, {kind: 'row', table: table.key, row})
        if (row.group !== undefined) this.add(row.group, {kind: 'group', table: table.key, label: row.group})
      }
      for (const column of table.columns) {
        this.add(column.label, {kind: 'column', table: table.key, column})
        if (column.group !== undefined) {
          this.add(column.group, {kind: 'group', table: table.key, label: column.group})
        }
      }
    }
    for (const [qualified, list] of Object.entries(spellings)) {
      const [id = '', only] = qualified.split('@')
      if (only !== undefined && !templates.some((other) => other.id === only)) {
        throw new TypeError('Unknown template `' + only + '` in label id `' + qualified + '`: expected `@2019` or `@2021`')
      }
      if (only !== undefined && only !== template.id) continue
      const target = resolve(id, template)
      if (target === undefined) {
        if (templates.some((other) => resolve(id, other) !== undefined)) continue
        throw new TypeError(
          'Unknown label id `' + qualified + '`: expected `table.row`, `table[column]` or `table{group}` of a template, optionally `@2019` or `@2021`'
        )
      }
      for (const spelling of list) this.add(spelling, target)
    }
    this.longestKey = Math.max(...[...printedLabelKeys, ...this.index.keys()].map((key) => codePoints(key).length))
  }

  /** Every normalised label key this matcher knows (the template's labels and spellings). */
  labelKeys(): ReadonlySet<string> {
    return new Set(this.index.keys())
  }

  /** Everything a label can stand for, in any table. */
  lookup(label: string): ReadonlyArray<LabelTarget> {
    const key = normalizeLabel(label).key
    return key === '' ? [] : (this.index.get(key) ?? [])
  }

  /** The tables a label names anything of, each once. */
  tablesOf(label: string): ReadonlyArray<TableKey> {
    const key = normalizeLabel(label).key
    const targets = key === '' ? undefined : this.index.get(key)
    if (!targets) return []
    let tables = this.tables.get(key)
    if (!tables) {
      tables = [...new Set(targets.map((target) => target.table))]
      this.tables.set(key, tables)
    }
    return tables
  }

  /** Whether a text is a label of the given table (any kind). */
  belongsTo(label: string, table: TableKey): boolean {
    return this.lookup(label).some((target) => target.table === table)
  }

  /** The template column a header text names in a table, if any. */
  matchColumn(label: string, table: TableKey): TemplateColumn | undefined {
    for (const target of this.lookup(label)) {
      if (target.kind === 'column' && target.table === table) return target.column
    }
    return undefined
  }

  /**
   * The template row named by a row's label cells (outermost first): the innermost
   * label that names a row decides; an outer label may pick among rows sharing a
   * spelling by their group. A label naming only a group gives `group`.
   */
  matchRow(labels: ReadonlyArray<string>, table: TableKey, group?: string): RowMatch {
    // Rows ask about the same labels report after report: answers are kept in a trie of
    // maps by table, group and each label (no key string built and hashed per call).
    let node = this.rowMatches.get(table)
    if (!node) this.rowMatches.set(table, (node = {next: new Map()}))
    node = this.rowMatchChild(node, group ?? '\u0000')
    for (let index = 0; node && index < labels.length; index++) node = this.rowMatchChild(node, labels[index]!)
    if (!node) return this.findRow(labels, table, group)
    return (node.match ??= this.findRow(labels, table, group))
  }

  /** The child of a trie node, made when missing; none once the trie is full (it restarts). */
  private rowMatchChild(node: RowMatchNode, step: string): RowMatchNode | undefined {
    let next = node.next.get(step)
    if (!next) {
      if (++this.rowMatchNodes > 50_000) {
        this.rowMatches.clear()
        this.rowMatchNodes = 0
        return undefined
      }
      node.next.set(step, (next = {next: new Map()}))
    }
    return next
  }

  private findRow(labels: ReadonlyArray<string>, table: TableKey, group: string | undefined): RowMatch {
    for (let index = labels.length - 1; index >= 0; index--) {
      const found = this.matchLabel(labels[index] ?? '', labels.slice(0, index), table, group)
      // Past a deeper label that names nothing, an outer label may still name a group,
      // never the row: a row's label stands outside no other label of its row, so the
      // deeper one is this row's, unread (`四、结转下年度继续办理` run into the rows above
      // a cut-off `1.申请人无正当理由…`).
      if (found) return found.kind === 'row' && index < labels.length - 1 ? {kind: 'none'} : found
      if (index === labels.length - 1) {
        const wrapped = this.matchWrapped(labels, table, group)
        if (wrapped) return wrapped
        const approximate = this.matchApproximately(labels, table)
        if (approximate) return approximate
      }
    }
    return {kind: 'none'}
  }

  /** What one label names, its outer labels and the group choosing among rows that share it. */
  private matchLabel(
    label: string,
    outer: ReadonlyArray<string>,
    table: TableKey,
    group: string | undefined
  ): RowMatch | undefined {
    const targets = this.lookup(label).filter((target) => target.table === table)
    let rows = targets.flatMap((target) => (target.kind === 'row' ? [target.row] : []))
    if (rows.length > 1) {
      const context = [...outer, group ?? ''].map((text) => normalizeLabel(text).key)
      const inGroup = rows.filter((row) => row.group !== undefined && context.includes(normalizeLabel(row.group).key))
      if (inGroup.length > 0) rows = inGroup
    }
    if (rows.length > 1) {
      const number = normalizeLabel(label).number
      const numbered = rows.filter((row) => number !== null && normalizeLabel(row.label).number === number)
      if (numbered.length > 0) rows = numbered
    }
    const [first] = rows
    if (first && rows.length === 1) return {kind: 'row', table, row: first}
    if (rows.length > 1) return {kind: 'ambiguous', candidates: rows}
    const groupTarget = targets.find((target) => target.kind === 'group')
    if (groupTarget && groupTarget.kind === 'group') return {kind: 'group', table, label: groupTarget.label}
    return targets.length === 0 ? this.matchCombined(label, table) : undefined
  }

  /**
   * A row label wrapped over the last cells of the row (`2.申请人逾期未按收费通知要求缴`
   * / `纳费用、行政机关不再处理其政府` / `信息公开申请`, as layouts that keep each
   * printed line do): the last two to eight labels joined must name exactly one row.
   */
  private matchWrapped(labels: ReadonlyArray<string>, table: TableKey, group: string | undefined): RowMatch | undefined {
    for (let start = labels.length - 2; start >= 0 && start >= labels.length - maxWrappedPieces; start--) {
      const found = this.matchLabel(labels.slice(start).join(''), labels.slice(0, start), table, group)
      if (found?.kind === 'row') return found
    }
    return undefined
  }

  /**
   * The row the innermost label names approximately, or the last two to eight labels
   * joined (`2.其他法律行政` / `止公开`), the fewest first.
   */
  private matchApproximately(labels: ReadonlyArray<string>, table: TableKey): RowMatch | undefined {
    for (let start = labels.length - 1; start >= 0 && start >= labels.length - maxWrappedPieces; start--) {
      const text = start === labels.length - 1 ? labels[start]! : labels.slice(start).join('')
      const found = this.approximateRow(text, table)
      if (found) return {kind: 'row', table, row: found.row, approximate: {distance: found.distance, text}}
    }
    return undefined
  }

  /** The one row of the table a text names approximately, if any (see the class). */
  private approximateRow(text: string, table: TableKey): Approximate {
    const {key, number} = normalizeLabel(text)
    // Cheap refusals first, before the key is even counted in characters (a UTF-16 length
    // is one to two per character): too short or too long to be within reach of a label.
    if (key.length < approximateShortest - approximateEdits(approximateShortest) || key.length > 2 * (this.longestKey + approximateMost)) {
      return null
    }
    const cacheKey = table + '\u0000' + (number ?? '') + '\u0000' + key
    const cached = this.approximations.get(cacheKey)
    if (cached !== undefined) return cached
    const found = this.findApproximateRow(codePoints(key), number, table)
    if (this.approximations.size >= approximateCacheSize) this.approximations.clear()
    this.approximations.set(cacheKey, found)
    return found
  }

  private findApproximateRow(points: ReadonlyArray<number>, number: string | null, table: TableKey): Approximate {
    if (points.length > this.longestKey + approximateMost) return null
    const {candidates, containing} = this.approximateCandidates(table)
    // Each character of the text that a label lacks is one edit at least, whole or in a
    // piece: counted through the labels holding each character, so that a text sharing
    // few characters with any label (most that name nothing) costs next to nothing.
    const shared = this.shared.length >= candidates.length ? this.shared : (this.shared = new Uint8Array(candidates.length))
    shared.fill(0)
    for (const point of points) for (const index of containing.get(point) ?? []) shared[index] = shared[index]! + 1
    // The nearest row within reach, on whole labels that begin and end as the text does.
    let winner: ApproximateCandidate | undefined
    let best = Infinity
    const first = points[0]
    const last = points.at(-1)
    for (let index = 0; index < candidates.length; index++) {
      const candidate = candidates[index]!
      const reach = approximateEdits(candidate.points.length)
      if (!candidate.row || points.length - shared[index]! > reach) continue
      if (candidate.points[0] !== first || candidate.points.at(-1) !== last) continue
      const distance = editDistance(points, candidate.points, reach)
      if (distance <= reach && distance < best) {
        best = distance
        winner = candidate
      }
    }
    if (!winner?.row) return null
    // Every other label, and every piece of one, clearly further. A piece of a label
    // (0 edits from one: a line of a wrapped label) is left to the joining of pieces.
    const margin = best + approximateMargin
    for (let index = 0; index < candidates.length; index++) {
      const candidate = candidates[index]!
      const lacking = points.length - shared[index]!
      if (candidate.names === winner.names) {
        if (lacking === 0 && infixDistance(points, candidate.points, 0) === 0) return null
        continue
      }
      if (lacking >= margin) continue
      if (editDistance(points, candidate.points, margin - 1) < margin) return null
      if (infixDistance(points, candidate.points, margin - 1) < margin) return null
    }
    const printed = numberValue(number)
    const own = numberValue(normalizeLabel(winner.row.label).number)
    if (printed !== undefined && own !== undefined && printed !== own) return null
    return {row: winner.row, distance: best}
  }

  /**
   * The labels approximate matching weighs for a table (every key of the index, every
   * printed label of either form) and, for each character, the labels holding it.
   */
  private approximateCandidates(table: TableKey): ApproximateCandidates {
    let made = this.candidates.get(table)
    if (made) return made
    const candidates: Array<ApproximateCandidate> = []
    const containing = new Map<number, Array<number>>()
    const add = (key: string, row: TemplateRow | undefined) => {
      const points = codePoints(key)
      for (const point of new Set(points)) {
        let list = containing.get(point)
        if (!list) containing.set(point, (list = []))
        list.push(candidates.length)
      }
      candidates.push({points, row, names: row ? 'row ' + row.key : 'label ' + key})
    }
    for (const [key, targets] of this.index) {
      const only = targets.length === 1 ? targets[0] : undefined
      add(key, only?.kind === 'row' && only.table === table ? only.row : undefined)
    }
    for (const key of printedLabelKeys) if (!this.index.has(key)) add(key, undefined)
    this.candidates.set(table, (made = {candidates, containing}))
    return made
  }

  /**
   * A group label and a row label in one cell (`（三）不予公开 1.属于国家秘密`, as
   * converters that merge columns print them): the group must be one of the table's
   * and the rest must name exactly one of its rows, in that group.
   */
  private matchCombined(label: string, table: TableKey): RowMatch | undefined {
    const key = normalizeLabel(label).key
    for (const [groupKey, targets] of this.index) {
      if (groupKey.length >= key.length || !key.startsWith(groupKey)) continue
      const group = targets.find((target) => target.kind === 'group' && target.table === table)
      if (!group || group.kind !== 'group') continue
      const rest = key.slice(groupKey.length).replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})/u, '')
      const rows = (this.index.get(rest) ?? []).flatMap((target) =>
        target.kind === 'row' && target.table === table && target.row.group === group.label ? [target.row] : []
      )
      if (rows.length === 1) return {kind: 'row', table, row: rows[0]!}
    }
    return undefined
  }

  private add(label: string, target: LabelTarget): void {
    const key = normalizeLabel(label).key
    if (key === '') return
    const list = this.index.get(key)
    if (!list) {
      this.index.set(key, [target])
    } else if (!list.some((existing) => sameTarget(existing, target))) {
      list.push(target)
    }
  }
}

/**
 * Reports a row taken by an approximate label (`row-label-approximate`, info): the label
 * as read (`actual`), the template's (`expected`) and the row's cells. Nothing for any
 * other answer, so it can be called on every row placed.
 */
export function reportApproximateRow(file: VFile, match: RowMatch | undefined, place?: Position | null): void {
  if (match?.kind !== 'row' || !match.approximate) return
  const {row, table, approximate} = match
  const number = allTables.find((candidate) => candidate.key === table)?.number ?? ''
  const edits = approximate.distance === 1 ? '1 character' : approximate.distance + ' characters'
  report(
    file,
    'row-label-approximate',
    'Row `' + approximate.text + '` of 表' + number + ' read as row `' + row.label + '`: its label is ' + edits +
      ' from that row\'s and nearer no other label',
    {
      place: place ?? undefined,
      severity: 'info',
      actual: approximate.text,
      expected: [row.label],
      cellIds: row.columns.map((column) => table + '.' + row.key + '.' + column)
    }
  )
}

/** The value of a label's number (`3`, `三`, `(三)` are 3), if it is one the forms use. */
function numberValue(number: string | null): number | undefined {
  if (number === null) return undefined
  const bare = number.replace(/[()]/gu, '')
  if (/^\d+$/u.test(bare)) return Number(bare)
  const index = '一二三四五六七八九十'.indexOf(bare)
  return bare.length === 1 && index >= 0 ? index + 1 : undefined
}

/** `table.row.key`, `table[column]` or `table{group}` → target in a template, if it has it. */
function resolve(id: string, template: Template): LabelTarget | undefined {
  const match = /^(\w+)(?:\.([\w.]+)|\[(\w+)\]|\{(.+)\})$/u.exec(id)
  const table = template.tables.find((candidate) => candidate.key === match?.[1])
  if (!match || !table) return undefined
  const [, , rowKey, columnKey, group] = match
  if (rowKey !== undefined) {
    const row = table.rows.find((candidate) => candidate.key === rowKey)
    return row ? {kind: 'row', table: table.key, row} : undefined
  }
  if (columnKey !== undefined) {
    const column = table.columns.find((candidate) => candidate.key === columnKey)
    return column ? {kind: 'column', table: table.key, column} : undefined
  }
  return group === undefined ? undefined : {kind: 'group', table: table.key, label: group}
}

function sameTarget(a: LabelTarget, b: LabelTarget): boolean {
  if (a.kind !== b.kind || a.table !== b.table) return false
  if (a.kind === 'row' && b.kind === 'row') return a.row.key === b.row.key
  if (a.kind === 'column' && b.kind === 'column') return a.column.key === b.column.key
  return a.kind === 'group' && b.kind === 'group' && a.label === b.label
}
