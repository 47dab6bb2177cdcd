import {cellIds} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {distinctCells, fixtureReport} from '../src/index.js'

describe('fixtureReport', () => {
  it('should hold all 200 cells of distinctCells for its seed', () => {
    const report = fixtureReport(7)
    expect(Object.keys(report.cells)).toEqual([...cellIds])
    expect(report.cells).toEqual(distinctCells(7))
  })

  it('should pick the agency and year from the seed', () => {
    expect(fixtureReport(0)).toMatchObject({agency: '测试县司法局', year: 2021})
    expect(fixtureReport(1)).toMatchObject({agency: '样例市生态环境局', year: 2022})
  })

  it('should take agency and year from the overrides', () => {
    const report = fixtureReport(5, {agency: '测试县司法局', year: 2024})
    expect(report.agency).toBe('测试县司法局')
    expect(report.year).toBe(2024)
  })

  it('should merge overridden cells over the generated ones', () => {
    const report = fixtureReport(3, {
      cells: {'applications.granted.research': null, 'activeDisclosure.fees.amount': 1.5}
    })
    expect(report.cells['applications.granted.research']).toBeNull()
    expect(report.cells['activeDisclosure.fees.amount']).toBe(1.5)
    expect(report.cells['applications.granted.total']).toBe(distinctCells(3)['applications.granted.total'])
    expect(Object.keys(report.cells)).toHaveLength(200)
  })
})
