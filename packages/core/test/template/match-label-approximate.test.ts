import fc from 'fast-check'
import {templates, type TableKey, type Template} from '@xxgk/schema'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {configure, diagnosticText, labelMatcherOf, normalizeLabel, type LabelMatcher, type RowMatch} from '../../src/index.js'
import {codePoints, editDistance, infixDistance} from '../../src/template/edit-distance.js'
import {reportApproximateRow} from '../../src/template/match-label.js'

const [of2021, of2019] = templates.map((template) => labelMatcherOf(configure(), template)) as [LabelMatcher, LabelMatcher]

/** `key` of the row matched, `key~distance` when approximately, else the kind of answer. */
function answer(match: RowMatch): string {
  if (match.kind !== 'row') return match.kind
  return match.row.key + (match.approximate ? '~' + match.approximate.distance : '')
}

function rowOf(labels: Array<string>, table: TableKey = 'applications', matcher = of2021): string {
  return answer(matcher.matchRow(labels, table))
}

describe('LabelMatcher: spaces inside labels', () => {
  it('should drop a stray space inside a label in normalisation, so the label matches exactly', () => {
    expect(normalizeLabel('只计这一情 形').key).toBe('只计这一情形')
    expect(normalizeLabel('行政 处罚').key).toBe('行政处罚')
    expect(rowOf(['行政 处罚'], 'activeDisclosure')).toBe('punishment')
    expect(rowOf(['（二）部分公开（区分处理的，只计这一情 形，不计其他情形）'])).toBe('partiallyGranted')
    expect(rowOf(['2.其他法律 行政法规 禁止公开'])).toBe('denied.lawForbidden')
  })

  it('should match a label with a stray space exactly across wrapped pieces', () => {
    expect(rowOf(['行政', '处罚'], 'activeDisclosure')).toBe('punishment')
    expect(rowOf(['第二十条第（六）项', '行政 处', '罚'], 'activeDisclosure')).toBe('punishment')
    expect(rowOf(['（二）部分公开（区分处理的，', '只计这一情 形，不计其他情形）'])).toBe('partiallyGranted')
    expect(rowOf(['三、本年度办理结果', '（二）部分公开（区分处理的，只计这', '一情 形，不计其他情', '形）'])).toBe('partiallyGranted')
    expect(rowOf(['（二）部分公开（区分处理的，只计这一情 形，', '不计其他情形）'], 'applications', of2019)).toBe('partiallyGranted')
  })

  it('should leave a piece of a label alone `none`, for the mapping to join to its other pieces', () => {
    expect(rowOf(['只计这一情 形'])).toBe('none')
    expect(rowOf(['5.要求行政机关确认或重新出具已获取信'])).toBe('none')
    expect(rowOf(['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申'])).toBe('none')
    expect(rowOf(['行政机关不再处理其政府信息公开申请'])).toBe('none')
  })
})

describe('LabelMatcher: labels a few characters off', () => {
  it('should read labels that lost, gained or changed characters as the one row they are near', () => {
    expect(of2021.matchRow(['其他法律行政止公开'], 'applications')).toEqual({
      kind: 'row',
      table: 'applications',
      row: expect.objectContaining({key: 'denied.lawForbidden'}),
      approximate: {distance: 3, text: '其他法律行政止公开'}
    })
    expect(rowOf(['2.其他法律行政止公开'])).toBe('denied.lawForbidden~3')
    expect(rowOf(['2.其他法律行政止公开'], 'applications', of2019)).toBe('denied.lawForbidden~3')
    // A look-alike character: 囯 for 国, 己 for 已, 末 for 未.
    expect(rowOf(['1.属于囯家秘密'])).toBe('denied.stateSecret~1')
    expect(rowOf(['5.要求行政机关确认或重新出具己获取信息'])).toBe('notProcessed.confirmation~1')
    expect(rowOf(['2.申请人逾期末按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'])).toBe('otherDisposal.unpaidFee~1')
    // A character lost inside, and one added.
    expect(rowOf(['4.无正当理由大量复申请'])).toBe('notProcessed.massRepeated~1')
    expect(rowOf(['3.危及“三安全和一稳定”'])).toBe('denied.threeSecurityOneStability~1')
    expect(rowOf(['行政事业收费'], 'activeDisclosure')).toBe('fees~1')
    expect(rowOf(['其他对外管理服务项'], 'activeDisclosure', of2019)).toBe('otherManagementServices~1')
  })

  it('should keep a bracket or quote lost or added an exact match (normalisation drops them)', () => {
    expect(rowOf(['（二）部分公开（区分处理的，只计这一情形，不计其他情形'])).toBe('partiallyGranted')
    expect(rowOf(['二）部分公开区分处理的，只计这一情形，不计其他情形）'])).toBe('partiallyGranted')
    expect(rowOf(['3.危及“三安全一稳定'])).toBe('denied.threeSecurityOneStability')
    // A look-alike NFKC folds (a Kangxi radical for 行) is no edit either.
    expect(rowOf(['\u2F8F政处罚'], 'activeDisclosure')).toBe('punishment')
  })

  it('should read a label wrapped over pieces approximately, joined', () => {
    expect(rowOf(['（三）不予公开', '2.其他法律行政', '止公开'])).toBe('denied.lawForbidden~3')
    const match = of2021.matchRow(['三、本年度办理结果', '（三）不予公开', '5.属于三类内部', '事物信息'], 'applications')
    expect(match).toMatchObject({kind: 'row', row: {key: 'denied.internalAffairs'}, approximate: {distance: 1, text: '5.属于三类内部事物信息'}})
  })

  it('should read the row an approximate label names before an outer label names a group', () => {
    expect(rowOf(['（三）不予公开', '2.其他法律行政止公开'])).toBe('denied.lawForbidden~3')
    expect(rowOf(['（三）不予公开', '2.其他法律行政止'])).toBe('group')
  })

  it('should never read a short label approximately', () => {
    for (const text of ['其地', '3.其地', '总汁', '（七）总汁', '行政处法', '行政许司', '重复申清', '2.重复申清', '予以公升', '复议后起', '规章制']) {
      expect(rowOf([text]), text).toBe('none')
      expect(rowOf([text], 'activeDisclosure'), text).toBe('none')
      expect(rowOf([text], 'reviewLitigation'), text).toBe('none')
    }
  })

  it('should leave a label between two rows `none`: `本年结转…` is neither 本年新收 nor 上年结转', () => {
    expect(rowOf(['一、本年结转政府信息公开申请数量'])).toBe('none')
    expect(rowOf(['二、上年新收政府信息公开申请数量'])).toBe('none')
    expect(rowOf(['一、本年新收政府倍息公开申请数量'])).toBe('newReceived~1')
    expect(rowOf(['8.属于行政执法事项'])).toBe('none')
    expect(rowOf(['7.属于行政查询案卷'])).toBe('none')
    expect(rowOf(['5.属于四类内部事务信息'])).toBe('denied.internalAffairs~1')
  })

  it('should read no row approximately whose number the label contradicts', () => {
    expect(rowOf(['5.属于三类内部事物信息'])).toBe('denied.internalAffairs~1')
    expect(rowOf(['（五）属于三类内部事物信息'])).toBe('denied.internalAffairs~1')
    expect(rowOf(['6.属于三类内部事物信息'])).toBe('none')
    expect(rowOf(['属于三类内部事物信息'])).toBe('denied.internalAffairs~1')
  })

  it('should read no column, group or label of another table or form as a row', () => {
    expect(rowOf(['社会公益组织'])).toBe('none')
    expect(rowOf(['社会公益组'])).toBe('none')
    expect(rowOf(['法律服务机购'])).toBe('none')
    expect(rowOf(['本年度办理结杲'])).toBe('none')
    expect(rowOf(['行政事业收费'])).toBe('none')
    expect(rowOf(['政府集中采购'], 'activeDisclosure')).toBe('none')
    expect(rowOf(['政府集中釆购'], 'activeDisclosure')).toBe('none')
    expect(rowOf(['政府集中釆购'], 'activeDisclosure', of2019)).toBe('procurement~1')
  })

  it('should give the same answer again from its caches', () => {
    const first = of2021.matchRow(['2.其他法律行政止公开'], 'applications')
    expect(of2021.matchRow(['2.其他法律行政止公开'], 'applications')).toBe(first)
    expect(of2021.matchRow(['（三）不予公开', '2.其他法律行政止公开'], 'applications')).toEqual(first)
  })
})

/** Near-miss spellings of a printed label: one or two characters deleted or replaced. */
function nearMisses(label: string, others: ReadonlyArray<string>): Set<string> {
  const characters = [...label]
  const otherCharacters = others.map((other) => [...other])
  // Replacements: a character no label has, and the character another row's label has
  // there (edits that make a label more like another row's).
  const replacements = (at: number) =>
    new Set(['口', ...otherCharacters.flatMap((other) => (other[at] !== undefined && other[at] !== characters[at] ? [other[at]] : []))])
  const variants = new Set<string>()
  const edited = (edits: ReadonlyArray<[number, string | null]>) => {
    const copy: Array<string | null> = [...characters]
    for (const [at, replacement] of edits) copy[at] = replacement
    variants.add(copy.filter((character) => character !== null).join(''))
  }
  for (let i = 0; i < characters.length; i++) {
    edited([[i, null]])
    for (const replacement of replacements(i)) edited([[i, replacement]])
    for (let j = i + 1; j < characters.length; j++) {
      for (const a of [null, '口']) for (const b of [null, '口']) edited([[i, a], [j, b]])
      for (const other of otherCharacters) {
        const a = other[i]
        const b = other[j]
        if (a !== undefined && b !== undefined && (a !== characters[i] || b !== characters[j])) edited([[i, a], [j, b]])
      }
    }
  }
  return variants
}

interface Tally {
  /** Near misses read as their own row, approximately. */
  right: number
  /** Near misses read as no row (split in two: not approximately, the pieces matched exactly or not at all). */
  none: number
  /** Read as another row: must never happen. */
  wrong: Array<string>
  /** Spellings whose key is still the row's own (an edit to its number or punctuation). */
  unchanged: number
  /** Spellings that became another label the matcher knows exactly (行政许可 → 行政处罚). */
  otherLabel: number
}

function tally(template: Template, split: boolean): Record<TableKey, Tally> {
  const matcher = labelMatcherOf(configure(), template)
  const known = matcher.labelKeys()
  const result = {} as Record<TableKey, Tally>
  for (const table of template.tables) {
    const counts: Tally = {right: 0, none: 0, wrong: [], unchanged: 0, otherLabel: 0}
    for (const row of table.rows) {
      const own = normalizeLabel(row.label).key
      const others = table.rows.filter((other) => other !== row).map((other) => other.label)
      for (const variant of nearMisses(row.label, others)) {
        const key = normalizeLabel(variant).key
        if (key === own) {
          counts.unchanged++
          continue
        }
        if (known.has(key)) {
          counts.otherLabel++
          continue
        }
        const middle = Math.ceil([...variant].length / 2)
        const labels = split ? [[...variant].slice(0, middle).join(''), [...variant].slice(middle).join('')] : [variant]
        const match = matcher.matchRow(labels, table.key)
        if (match.kind === 'row' && match.approximate) {
          if (match.row.key === row.key) counts.right++
          else counts.wrong.push(row.label + ' → ' + labels.join(' / ') + ' → ' + match.row.label)
        } else if (split || match.kind !== 'row') counts.none++
        // Whole, a near miss names nothing exactly (its key is no label's).
        else counts.wrong.push(row.label + ' → ' + variant + ' → ' + match.row.label + ' (exactly)')
      }
    }
    result[table.key] = counts
  }
  return result
}

describe('LabelMatcher: near misses of every template row label, both forms', () => {
  // Every row label of each form with one or two characters deleted or replaced (by one
  // no label has, or by the one another row's label has there): read as its own row or
  // `none`, never as another row. (A wrong row would have to be nearer the spelling by two
  // edits than its own row, which is one or two edits away: no spelling is but the other
  // row's label itself, left out here as no near miss.)
  it('should read the 2021 form\'s near misses as their own row or none, never another', () => {
    expect(tally(templates[0]!, false)).toEqual({
      activeDisclosure: {right: 40, none: 323, wrong: [], unchanged: 0, otherLabel: 7},
      applications: {right: 25484, none: 15536, wrong: [], unchanged: 482, otherLabel: 14},
      reviewLitigation: {right: 70, none: 179, wrong: [], unchanged: 0, otherLabel: 0}
    })
  })

  it('should read the 2019 form\'s near misses as their own row or none, never another', () => {
    expect(tally(templates[1]!, false)).toEqual({
      activeDisclosure: {right: 263, none: 662, wrong: [], unchanged: 0, otherLabel: 7},
      applications: {right: 16236, none: 13020, wrong: [], unchanged: 453, otherLabel: 10},
      reviewLitigation: {right: 70, none: 179, wrong: [], unchanged: 0, otherLabel: 0}
    })
  })

  it('should read them alike wrapped over two pieces', () => {
    const [split2021, split2019] = templates.map((template) => tally(template, true))
    expect(split2021).toEqual({
      activeDisclosure: {right: 40, none: 323, wrong: [], unchanged: 0, otherLabel: 7},
      applications: {right: 25484, none: 15536, wrong: [], unchanged: 482, otherLabel: 14},
      reviewLitigation: {right: 70, none: 179, wrong: [], unchanged: 0, otherLabel: 0}
    })
    expect(split2019).toEqual({
      activeDisclosure: {right: 263, none: 662, wrong: [], unchanged: 0, otherLabel: 7},
      applications: {right: 16236, none: 13020, wrong: [], unchanged: 453, otherLabel: 10},
      reviewLitigation: {right: 70, none: 179, wrong: [], unchanged: 0, otherLabel: 0}
    })
  })
})

describe('LabelMatcher: labels near one another', () => {
  // Every pair of labels a matcher knows (rows, groups, columns, spellings; either form)
  // up to eight edits apart, and every spelling on a shortest way of edits from one to
  // the other: read as no row, or approximately as the row whose label is nearest by two
  // edits or more (checked here against every label with a plain count of edits), and as
  // the first's (or the second's) row whenever it is within two edits of the first (the
  // second): never the other's, nor a third's.
  for (const [name, matcher] of [['2021', of2021], ['2019', of2019]] as const) {
    it('should read no spelling between two labels of the ' + name + ' form as the wrong row', () => {
      const known = matcher.labelKeys()
      const keys = [...known]
      const everyKey = [...new Set([...keys, ...printedKeys])]
      const between = new Map<string, Array<[string, number, string, number]>>()
      for (const from of keys) {
        for (const to of keys) {
          if (from === to) continue
          const path = editPath(from, to)
          if (path.length > 8) continue
          path.slice(0, -1).forEach((spelling, index) => {
            if (known.has(spelling)) return
            const list = between.get(spelling) ?? []
            list.push([from, index + 1, to, path.length - index - 1])
            between.set(spelling, list)
          })
        }
      }
      let read = 0
      for (const table of matcher.template.tables) {
        const nameOf = (key: string) => {
          const rows = matcher.lookup(key).filter((target) => target.table === table.key)
          const [only] = rows
          return rows.length === 1 && matcher.lookup(key).length === 1 && only?.kind === 'row' ? 'row ' + only.row.key : 'label ' + key
        }
        for (const [spelling, pairs] of between) {
          const match = matcher.matchRow([spelling], table.key)
          if (match.kind === 'none' || match.kind === 'group') continue
          expect(match.kind === 'row' && match.approximate !== undefined, spelling).toBe(true)
          if (match.kind !== 'row' || !match.approximate) continue
          read++
          const taken = 'row ' + match.row.key
          let nearest = Infinity
          let nearestOther = Infinity
          for (const key of everyKey) {
            const distance = levenshtein(spelling, key)
            if (nameOf(key) === taken) nearest = Math.min(nearest, distance)
            else nearestOther = Math.min(nearestOther, distance)
          }
          // (A spelling of the row may be nearer than the one taken, which begins or ends otherwise.)
          expect(nearest, spelling).toBeLessThanOrEqual(match.approximate.distance)
          expect(nearestOther, spelling).toBeGreaterThanOrEqual(match.approximate.distance + 2)
          for (const [from, fromSteps, to, toSteps] of pairs) {
            if (fromSteps <= 2) expect(nameOf(from), from + ' → ' + spelling + ' → ' + to).toBe(taken)
            if (toSteps <= 2) expect(nameOf(to), from + ' → ' + spelling + ' → ' + to).toBe(taken)
          }
        }
      }
      expect({spellings: between.size, read}).toEqual(name === '2021' ? {spellings: 9548, read: 142} : {spellings: 10888, read: 164})
    })
  }

  it('should count bounded distances as the plain count does, whole and to the nearest piece', () => {
    const text = fc.string({unit: fc.constantFrom('政', '府', '信', '息', '公', '开', '申', '请', '𠀋'), maxLength: 12})
    fc.assert(
      fc.property(text, text, fc.integer({min: 0, max: 5}), (a, b, limit) => {
        const [x, y] = [codePoints(a), codePoints(b)]
        expect(editDistance(x, y, limit)).toBe(Math.min(levenshtein(a, b), limit + 1))
        // The nearest piece, tried piece by piece.
        const pieces = [...b]
        let nearest = levenshtein(a, '')
        for (let start = 0; start < pieces.length; start++) {
          for (let end = start + 1; end <= pieces.length; end++) nearest = Math.min(nearest, levenshtein(a, pieces.slice(start, end).join('')))
        }
        expect(infixDistance(x, y, limit)).toBe(Math.min(nearest, limit + 1))
      }),
      {numRuns: 500}
    )
  })

  it('should count distances in characters, bounded', () => {
    expect(editDistance(codePoints('其他法律行政止公开'), codePoints('其他法律行政法规禁止公开'), 5)).toBe(3)
    expect(editDistance(codePoints('其他法律行政止公开'), codePoints('其他法律行政法规禁止公开'), 2)).toBe(3)
    expect(editDistance(codePoints('𠀋属于'), codePoints('属于'), 3)).toBe(1)
    expect(editDistance(codePoints('本年新收政府信息公开申请数量'), codePoints('上年结转政府信息公开申请数量'), 5)).toBe(3)
  })
})

/** Every printed label of either form, as keys. */
const printedKeys = templates.flatMap((template) =>
  template.tables.flatMap((table) =>
    [...table.rows.flatMap((row) => [row.label, row.group ?? '']), ...table.columns.flatMap((column) => [column.label, column.group ?? ''])]
      .map((label) => normalizeLabel(label).key)
      .filter((key) => key !== '')
  )
)

/** Plain Levenshtein distance in characters, the whole table of it. */
function levenshtein(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  let previous = Array.from({length: y.length + 1}, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[y.length]!
}

/**
 * The spellings on one shortest way of edits from one key to another, the last the
 * other key itself: `path.length` is their edit distance.
 */
function editPath(from: string, to: string): Array<string> {
  const a = [...from]
  const b = [...to]
  const table = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
  }
  // The edits, from the end back: each turns a character of `from` into `to`'s.
  const edits: Array<{at: number; remove: boolean; insert: string | null}> = []
  let i = a.length
  let j = b.length
  while (i > 0 || j > 0) {
    const here = table[i]![j]!
    if (i > 0 && j > 0 && here === table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      if (a[i - 1] !== b[j - 1]) edits.push({at: i - 1, remove: true, insert: b[j - 1]!})
      i--
      j--
    } else if (i > 0 && here === table[i - 1]![j]! + 1) {
      edits.push({at: i - 1, remove: true, insert: null})
      i--
    } else {
      edits.push({at: i, remove: false, insert: b[j - 1]!})
      j--
    }
  }
  // Applied from the end of `from` first, the places of the edits still to come hold.
  const path: Array<string> = []
  let current = [...a]
  for (const edit of edits) {
    current = [...current.slice(0, edit.at), ...(edit.insert === null ? [] : [edit.insert]), ...current.slice(edit.at + (edit.remove ? 1 : 0))]
    path.push(current.join(''))
  }
  return path
}

describe('reportApproximateRow', () => {
  it('should report a row read approximately as info, with the label as read and the template\'s', () => {
    const file = new VFile()
    reportApproximateRow(file, of2021.matchRow(['（三）不予公开', '2.其他法律行政止公开'], 'applications'), {
      start: {line: 12, column: 1},
      end: {line: 12, column: 12}
    })
    reportApproximateRow(file, of2021.matchRow(['1.属于国家秘密'], 'applications'))
    reportApproximateRow(file, of2021.matchRow(['其他'], 'applications'))
    reportApproximateRow(file, undefined)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({
      ruleId: 'row-label-approximate',
      source: 'xxgk',
      fatal: undefined,
      actual: '2.其他法律行政止公开',
      expected: ['2.其他法律行政法规禁止公开'],
      cellIds: expect.arrayContaining(['applications.denied.lawForbidden.naturalPerson', 'applications.denied.lawForbidden.total']),
      reason: 'Row `2.其他法律行政止公开` of 表三 read as row `2.其他法律行政法规禁止公开`: its label is 3 characters from that row\'s and nearer no other label'
    })
    expect(message!.place).toMatchObject({start: {line: 12}})
    const diagnostic = {ruleId: 'row-label-approximate', message: message!.reason, actual: message!.actual!, expected: message!.expected!}
    expect(diagnosticText(diagnostic, 'zh')).toBe(
      '行标签与模板某一行的标签仅差个别字（如 PDF 导出时丢字、错字），且与其他各行相差更远，已按该行读取（应为 2.其他法律行政法规禁止公开）（原文“2.其他法律行政止公开”）'
    )
  })
})
