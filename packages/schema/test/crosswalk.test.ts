import {describe, expect, it} from 'vitest'
import {cellIds, cellIds2019, crosswalk, crosswalkCells, crosswalkUnmatched} from '../src/index.js'

describe('crosswalk', () => {
  it('should pair 表三 and 表四 one to one, （六）其他处理 as a sum, and three 处理决定数量 of 表二', () => {
    expect(crosswalk.filter((entry) => entry.relation === 'same')).toHaveLength(154 + 15 + 3)
    expect(crosswalk.find((entry) => entry.cell2019 === 'applications.otherDisposal.research')).toEqual({
      relation: 'sum',
      cell2019: 'applications.otherDisposal.research',
      cells2021: [
        'applications.otherDisposal.overdueCorrection.research',
        'applications.otherDisposal.unpaidFee.research',
        'applications.otherDisposal.other.research'
      ]
    })
    expect(crosswalk.filter((entry) => entry.cell2019.startsWith('activeDisclosure.')).map((entry) => entry.cell2019)).toEqual([
      'activeDisclosure.licensing.decisions',
      'activeDisclosure.punishment.decisions',
      'activeDisclosure.enforcement.decisions'
    ])
  })

  it('should list the cells without counterpart: 表二 but the 处理决定数量, on both sides', () => {
    expect(crosswalkUnmatched['2019']).toHaveLength(19)
    expect(crosswalkUnmatched['2019']).toContain('activeDisclosure.procurement.amount')
    expect(crosswalkUnmatched['2021']).toEqual([
      'activeDisclosure.regulations.made',
      'activeDisclosure.regulations.repealed',
      'activeDisclosure.regulations.inForce',
      'activeDisclosure.normativeDocuments.made',
      'activeDisclosure.normativeDocuments.repealed',
      'activeDisclosure.normativeDocuments.inForce',
      'activeDisclosure.fees.amount'
    ])
  })

  it('should give a 2021 report on the 2019 ids: shared cells copied, （六） summed', () => {
    const cells = Object.fromEntries(cellIds.map((id, index) => [id, index + 1]))
    const on2019 = crosswalkCells(cells, '2021', '2019')
    expect(Object.keys(on2019)).toEqual([...cellIds2019])
    expect(on2019['applications.granted.total']).toBe(cells['applications.granted.total'])
    expect(on2019['reviewLitigation.review.upheld']).toBe(cells['reviewLitigation.review.upheld'])
    expect(on2019['activeDisclosure.licensing.decisions']).toBe(7)
    expect(on2019['applications.otherDisposal.naturalPerson']).toBe(
      cells['applications.otherDisposal.overdueCorrection.naturalPerson']! +
        cells['applications.otherDisposal.unpaidFee.naturalPerson']! +
        cells['applications.otherDisposal.other.naturalPerson']!
    )
    expect(on2019['activeDisclosure.regulations.newlyMade']).toBeNull()
  })

  it('should leave a sum null when one of its parts is null, never read a null as 0', () => {
    const cells: Record<string, number | null> = Object.fromEntries(cellIds.map((id) => [id, 5]))
    cells['applications.otherDisposal.unpaidFee.total'] = null
    const on2019 = crosswalkCells(cells, '2021', '2019')
    expect(on2019['applications.otherDisposal.total']).toBeNull()
    expect(on2019['applications.otherDisposal.commercial']).toBe(15)
  })

  it('should give a 2019 report on the 2021 ids: the one-row （六） not split, 表二 only its 处理决定数量', () => {
    const cells = Object.fromEntries(cellIds2019.map((id, index) => [id, index + 1]))
    const on2021 = crosswalkCells(cells, '2019', '2021')
    expect(Object.keys(on2021)).toEqual([...cellIds])
    expect(on2021['applications.otherDisposal.overdueCorrection.total']).toBeNull()
    expect(on2021['applications.otherDisposal.other.total']).toBeNull()
    expect(on2021['applications.total.total']).toBe(cells['applications.total.total'])
    expect(on2021['activeDisclosure.punishment.decisions']).toBe(cells['activeDisclosure.punishment.decisions'])
    expect(on2021['activeDisclosure.fees.amount']).toBeNull()
    expect(Object.values(on2021).filter((value) => value !== null)).toHaveLength(154 + 15 + 3)
  })

  it('should copy a report onto its own template', () => {
    const cells = Object.fromEntries(cellIds2019.map((id, index) => [id, index]))
    expect(crosswalkCells(cells, '2019', '2019')).toEqual(cells)
  })
})
