import {fixtureReport, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'

describe('a row label read approximately by the mapping', () => {
  const report = fixtureReport(3)
  const ids = Object.keys(report.cells).filter((id) => id.startsWith('applications.denied.lawForbidden.'))

  it('should place the row’s values and say so with `row-label-approximate`', () => {
    const text = renderText(report, 'tab-rows')
    expect(text).toContain('其他法律行政法规禁止公开')
    const result = parseReport(text.replace('其他法律行政法规禁止公开', '其他法律行政止公开'))
    expect(ids).toHaveLength(7)
    for (const id of ids) expect(result.cells[id as keyof typeof result.cells], id).toBe(report.cells[id as keyof typeof report.cells])
    const approximate = result.diagnostics.filter((item) => item.ruleId === 'row-label-approximate')
    expect(approximate).toHaveLength(1)
    expect(approximate[0]).toMatchObject({severity: 'info', actual: '2.其他法律行政止公开', expected: ['2.其他法律行政法规禁止公开']})
    expect([...(approximate[0]!.cellIds ?? [])].sort()).toEqual([...ids].sort())
  })

  it('should say nothing of a label read exactly', () => {
    const result = parseReport(renderText(report, 'tab-rows'))
    expect(result.diagnostics.filter((item) => item.ruleId === 'row-label-approximate')).toEqual([])
  })
})
