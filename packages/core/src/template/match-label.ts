import {template2021, templates, type TableKey, type Template, type TemplateColumn, type TemplateRow} from '@xxgk/schema'
import {normalizeLabel} from '../text/normalize-label.js'

/** What a label can stand for in the template. */
export type LabelTarget =
  | {kind: 'row'; table: TableKey; row: TemplateRow}
  | {kind: 'column'; table: TableKey; column: TemplateColumn}
  | {kind: 'group'; table: TableKey; label: string}

/** The answer for a row's labels. */
export type RowMatch =
  | {readonly kind: 'row'; readonly table: TableKey; readonly row: TemplateRow}
  | {readonly kind: 'group'; readonly table: TableKey; readonly label: string}
  | {readonly kind: 'ambiguous'; readonly candidates: ReadonlyArray<TemplateRow>}
  | {readonly kind: 'none'}

/** Pieces a wrapped row label may come in (lines of a narrow cell, words a space split). */
const maxWrappedPieces = 8

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
