import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cellLabel, diagnosticText, locales, parseReport} from '../src/index.js'

const seed = readFileSync(new URL('../../../seeds/004_8e4fae53c81d4e1a.txt', import.meta.url), 'utf8')

describe('diagnosticText', () => {
  it('should name a cell as the form prints it', () => {
    expect(cellLabel('applications.newReceived.naturalPerson')).toBe('表三｜一、本年新收政府信息公开申请数量｜自然人')
    expect(cellLabel('custom.cell')).toBe('custom.cell')
    expect(locales).toEqual(['en', 'zh'])
  })

  it('should render a cell message in Chinese from its rule, cell and text as printed', () => {
    const {diagnostics} = parseReport(seed.replace('行政许可\t0', '行政许可\t5.5'))
    const fraction = diagnostics.find((diagnostic) => diagnostic.ruleId === 'number-not-integer')!
    expect(fraction.message).toBe(
      'Cell 表二｜第二十条第（五）项 / 行政许可｜本年处理决定数量 (`activeDisclosure.licensing.decisions`) holds `5.5`, a fraction where a count belongs'
    )
    expect(diagnosticText(fraction)).toBe(fraction.message)
    expect(diagnosticText(fraction, 'zh')).toBe('表二｜第二十条第（五）项 / 行政许可｜本年处理决定数量：件数单元格填写了小数，记为空值（原文“5.5”）')
  })

  it('should keep the equation of a consistency check after its meaning in Chinese', () => {
    const {diagnostics} = parseReport(seed.replace('0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0', '5\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'))
    const review = diagnostics.find((diagnostic) => diagnostic.ruleId === 'consistency-review-total')!
    expect(diagnosticText(review, 'zh')).toBe('表四：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结。' + review.message)
    expect(review.message).toBe('表四 行政复议 总计: 0 ≠ 5 + 0 + 0 + 0')
  })

  it("should keep a custom rule's own message in every language", () => {
    const custom = {ruleId: 'my-rule', message: 'Mine', cellId: 'applications.total.total' as const}
    expect(diagnosticText(custom, 'zh')).toBe('Mine')
  })

  it('should render every message in Chinese with `locale: zh`', () => {
    const text = seed.slice(0, seed.indexOf('四、政府信息公开行政复议')) + seed.slice(seed.indexOf('五、存在的主要问题'))
    const {diagnostics} = parseReport(text, {locale: 'zh'})
    expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.message])).toEqual([
      ['section-missing', '四、政府信息公开行政复议、行政诉讼情况：未找到该部分'],
      ['table-missing', '表四（政府信息公开行政复议、行政诉讼情况）：未找到该统计表，其单元格均为空值'],
      ['consistency-skipped', '所需数值为空，未进行该项勾稽关系检查'],
      ['consistency-skipped', '所需数值为空，未进行该项勾稽关系检查'],
      ['consistency-skipped', '所需数值为空，未进行该项勾稽关系检查']
    ])
  })
})

describe('custom checks', () => {
  it("should give a message a check makes with `file.message(reason)` the check's own rule id", () => {
    const {diagnostics} = parseReport(seed, {
      extensions: [
        {
          checks: [
            {
              name: 'fees-present',
              ruleId: 'my-fees-present',
              run({templateId, cells, file, positionOf}) {
                // 收费金额 is a cell of the 2021 form only: the check narrows to it.
                if (templateId !== '2021') return
                if (cells['activeDisclosure.fees.amount'] !== 0) file.message('收费金额不为零', {place: positionOf('activeDisclosure.fees.amount')})
              }
            }
          ]
        }
      ]
    })
    expect(diagnostics.map(({ruleId, message, severity, place}) => ({ruleId, message, severity, place}))).toEqual([
      {ruleId: 'my-fees-present', message: '收费金额不为零', severity: 'warning', place: {line: 42, column: 9}}
    ])
  })
})
