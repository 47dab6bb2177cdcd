import {template2021} from '@xxgk/schema'
import {fixtureReport} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'

/**
 * 表三 as some agencies simplify it: 法人或其他组织 printed as one column holding the sum
 * of its five (自然人 | 法人或其他组织 | 总计), as a markdown table.
 */
const report = fixtureReport(11)
const applications = template2021.tables.find((table) => table.key === 'applications')!
const cell = (row: string, column: string) => report.cells[('applications.' + row + '.' + column) as keyof typeof report.cells] as number
const group = ['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']

function mergedTable(change?: (row: string, values: Array<number>) => Array<number>): string {
  const lines = ['| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 法人或其他组织 | 总计 |', '|---|---|---|---|']
  for (const row of applications.rows) {
    const values = [cell(row.key, 'naturalPerson'), group.reduce((sum, column) => sum + cell(row.key, column), 0), cell(row.key, 'total')]
    lines.push('| ' + (row.group ? row.group + ' ' : '') + row.label + ' | ' + (change?.(row.key, values) ?? values).join(' | ') + ' |')
  }
  return [report.agency + report.year + '年政府信息公开工作年度报告', '', '三、收到和处理政府信息公开申请情况', '', ...lines, ''].join('\n')
}

describe('a column group printed as one column (法人或其他组织 without its five columns)', () => {
  it('should read 自然人 and 总计 of every row by the header, the group\'s five cells null, said once', () => {
    const result = parseReport(mergedTable())
    for (const row of applications.rows) {
      for (const column of ['naturalPerson', 'total']) {
        const id = 'applications.' + row.key + '.' + column
        expect((result.cells as Record<string, number | null>)[id], id).toBe(cell(row.key, column))
      }
      for (const column of group) expect((result.cells as Record<string, number | null>)['applications.' + row.key + '.' + column]).toBeNull()
    }
    const said = result.diagnostics.filter((d) => d.ruleId === 'column-group-merged')
    expect(said).toHaveLength(1)
    expect(said[0]!.message).toContain('`法人或其他组织` as one column')
  })

  it('should know the group by its other spelling (`法人或者其他组织`)', () => {
    const result = parseReport(mergedTable().replace('| 法人或其他组织 |', '| 法人或者其他组织 |'))
    expect(result.cells['applications.newReceived.naturalPerson']).toBe(cell('newReceived', 'naturalPerson'))
    expect(result.cells['applications.newReceived.total']).toBe(cell('newReceived', 'total'))
    expect(result.diagnostics.filter((d) => d.ruleId === 'column-group-merged')).toHaveLength(1)
  })

  it('should leave a row null whose 总计 is not 自然人 and the merged column together', () => {
    const result = parseReport(mergedTable((row, values) => (row === 'granted' ? [values[0]!, values[1]!, values[2]! + 7] : values)))
    expect(result.cells['applications.granted.naturalPerson']).toBeNull()
    expect(result.cells['applications.granted.total']).toBeNull()
    expect(result.diagnostics.filter((d) => d.cellIds?.includes('applications.granted.total')).map((d) => d.ruleId)).toContain('row-value-count')
    expect(result.cells['applications.newReceived.naturalPerson']).toBe(cell('newReceived', 'naturalPerson'))
  })

  it('should not take two numbers under the group\'s header for one merged column', () => {
    const text = mergedTable().replace('| 自然人 | 法人或其他组织 | 总计 |\n|---|---|---|---|', '| 自然人 | 法人或其他组织 | 法人或其他组织 | 总计 |\n|---|---|---|---|---|')
    const result = parseReport(text.replace(/^(\| 一、本年新收[^|]*\| \d+ \| )(\d+)/mu, '$1$2 | 0'))
    expect(result.cells['applications.newReceived.naturalPerson']).toBeNull()
    expect(result.cells['applications.newReceived.total']).toBeNull()
  })
})
