import {describe, expect, it} from 'vitest'
import {GridBuilder, cellAt, markupReading} from '../../src/index.js'

describe('GridBuilder', () => {
  it('should place cells after cells spanning down from rows above', () => {
    const grid = new GridBuilder('html', markupReading)
    grid.addRow()
    grid.placeCell({value: 'A', rowSpan: 2})
    grid.placeCell({value: 'B', colSpan: 2})
    grid.addRow()
    const c = grid.placeCell({value: 'C'})
    const d = grid.placeCell({value: 'D'})
    expect([c.column, d.column]).toEqual([1, 2])
    expect(cellAt(grid.table, 1, 0)?.value).toBe('A')
    expect(cellAt(grid.table, 0, 2)?.value).toBe('B')
    expect(cellAt(grid.table, 1, 3)).toBeUndefined()
  })

  it('should honour an explicit column', () => {
    const grid = new GridBuilder('space-aligned', {...markupReading, numbersMayWrap: true})
    grid.addRow()
    expect(grid.placeCell({value: 'x', column: 4}).column).toBe(4)
  })

  it('should refuse a cell before a row', () => {
    expect(() => new GridBuilder('html', markupReading).placeCell({value: 'x'})).toThrow(/before `addRow`/)
  })
})
