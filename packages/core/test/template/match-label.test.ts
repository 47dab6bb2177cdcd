import {template2019} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {LabelMatcher, configure, labelMatcherOf} from '../../src/index.js'

const matcher = new LabelMatcher(configure().labels)

function rowKey(labels: Array<string>, table: 'activeDisclosure' | 'applications' | 'reviewLitigation' = 'applications') {
  const match = matcher.matchRow(labels, table)
  return match.kind === 'row' ? match.row.key : match.kind
}

describe('LabelMatcher', () => {
  it('should match template rows whatever their brackets, spaces and numbering', () => {
    expect(rowKey(['(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)'])).toBe('partiallyGranted')
    expect(rowKey(['（三）不予公开', '1. 属于国家秘密'])).toBe('denied.stateSecret')
    expect(rowKey(['3.危及"三安全一稳定"'])).toBe('denied.threeSecurityOneStability')
    expect(rowKey(['(七) 总计'])).toBe('total')
    expect(rowKey(['四、结转下年度继续办理'])).toBe('carriedForward')
    expect(rowKey(['行政事业性收费'], 'activeDisclosure')).toBe('fees')
  })

  it('should match the wording variants published reports use', () => {
    expect(rowKey(['1.本单位不掌握相关政府信息'])).toBe('unableToProvide.notHeld')
    expect(rowKey(['2.其他法律法规禁止公开'])).toBe('denied.lawForbidden')
  })

  it('should let the innermost label decide and the outer one give the group', () => {
    expect(rowKey(['三、本年度办理结果', '（六）其他处理', '3.其他'])).toBe('otherDisposal.other')
    expect(matcher.matchRow(['（六）其他处理'], 'applications')).toEqual({
      kind: 'group',
      table: 'applications',
      label: '（六）其他处理'
    })
  })

  it('should not match a label loosely', () => {
    expect(rowKey(['本年新收申请'])).toBe('none')
    expect(rowKey(['属于国家'])).toBe('none')
    expect(rowKey(['规章'], 'applications')).toBe('none')
  })

  it('should let an outer label name a group, never the row, past a deeper label that names nothing', () => {
    // 四、结转… run into the rows above a cut-off label: the deeper text is this row's label.
    expect(matcher.matchRow(['四、结转下年度继续办理', '1.申请人无正当理由逾期不补正、行政机关不再处'], 'applications')).toEqual({kind: 'none'})
    expect(matcher.matchRow(['（七）总计', '2.申请人逾期未按收费通知要求缴纳费用、行政机'], 'applications')).toEqual({kind: 'none'})
    expect(matcher.matchRow(['（三）不予公开', '（注）'], 'applications')).toMatchObject({kind: 'group'})
    expect(matcher.matchRow(['（三）不予公开', '1.属于国家秘密'], 'applications')).toMatchObject({kind: 'row', row: {key: 'denied.stateSecret'}})
    expect(matcher.matchRow(['四、结转下年度继续办理'], 'applications')).toMatchObject({kind: 'row', row: {key: 'carriedForward'}})
  })

  it('should match column headers of each table', () => {
    expect(matcher.matchColumn('社会公益组织', 'applications')?.key).toBe('publicInterest')
    expect(matcher.matchColumn('其他', 'applications')?.key).toBe('otherOrg')
    expect(matcher.matchColumn('结果\n维持', 'reviewLitigation')?.key).toBe('upheld')
    expect(matcher.matchColumn('本年收费金额（单位：万元）', 'activeDisclosure')?.key).toBe('amount')
  })

  it('should accept extra spellings from an extension', () => {
    const custom = new LabelMatcher(configure([{labels: {'applications.granted': ['同意公开']}}]).labels)
    expect(custom.matchRow(['（一）同意公开'], 'applications')).toMatchObject({kind: 'row', row: {key: 'granted'}})
  })

  it('should refuse an extension label id the template does not have', () => {
    expect(() => new LabelMatcher({'applications.nope': ['x']})).toThrow(/Unknown label id `applications.nope`/)
  })
})

describe('LabelMatcher of the 2019 form', () => {
  const of2019 = labelMatcherOf(configure(), template2019)

  it('should name the 2019 form\'s rows and columns, （六）其他处理 one row', () => {
    expect(of2019.matchRow(['（六）其他处理'], 'applications')).toMatchObject({kind: 'row', row: {key: 'otherDisposal'}})
    expect(matcher.matchRow(['（六）其他处理'], 'applications')).toMatchObject({kind: 'group'})
    expect(of2019.matchRow(['其他对外管理服务事项'], 'activeDisclosure')).toMatchObject({kind: 'row', row: {key: 'otherManagementServices'}})
    expect(of2019.matchColumn('本年增/减', 'activeDisclosure')?.key).toBe('changeThisYear')
    expect(of2019.matchColumn('采购总金额', 'activeDisclosure')?.key).toBe('amount')
  })

  it('should keep a spelling qualified `@2021` to the 2021 form: 本年收费金额 is no 采购总金额', () => {
    expect(matcher.matchColumn('本年收费金额', 'activeDisclosure')?.key).toBe('amount')
    expect(of2019.matchColumn('本年收费金额', 'activeDisclosure')).toBeUndefined()
  })

  it('should leave out of one form an id only the other has, and refuse an id no form has', () => {
    const custom = labelMatcherOf(configure([{labels: {'applications.otherDisposal.unpaidFee': ['未缴费']}}]), template2019)
    expect(custom.lookup('未缴费')).toEqual([])
    expect(() => new LabelMatcher({'activeDisclosure.nope': ['x']}, template2019)).toThrow(/Unknown label id `activeDisclosure.nope`/)
    expect(() => new LabelMatcher({'activeDisclosure[amount]@2020': ['x']}, template2019)).toThrow(/Unknown template `2020`/)
  })
})

describe('labelMatcherOf', () => {
  it('should build one matcher per config and keep the spellings of its extensions', () => {
    const builtIn = configure()
    expect(labelMatcherOf(builtIn)).toBe(labelMatcherOf(configure()))
    const extended = configure([{labels: {'applications.granted': ['全部同意公开']}}])
    const matcher = labelMatcherOf(extended)
    expect(matcher).not.toBe(labelMatcherOf(builtIn))
    expect(matcher.matchRow(['全部同意公开'], 'applications')).toMatchObject({kind: 'row', row: {key: 'granted'}})
    expect(labelMatcherOf(builtIn).matchRow(['全部同意公开'], 'applications')).toEqual({kind: 'none'})
  })
})
