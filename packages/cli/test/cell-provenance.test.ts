import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseReport} from '@xxgk/core'
import {cellIds} from '@xxgk/schema'
import {of2021} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {cellProvenance} from '../src/cell-provenance.js'
import {root} from './run-cli.js'

describe('cellProvenance', () => {
  it('should find the provenance of every cell id at its nested path in `report.tables`', async () => {
    const {report, cells} = of2021(parseReport(await readFile(join(root, 'seeds', '004_8e4fae53c81d4e1a.txt'), 'utf8')))
    expect(cellIds.map((id) => cellProvenance(report.tables, id)?.value)).toEqual(cellIds.map((id) => cells[id]))
    expect(cellProvenance(report.tables, 'activeDisclosure.fees.amount')).toEqual({
      value: 10.78,
      status: 'number',
      raw: '10.78 万元',
      annotation: '万元',
      position: {start: {line: 42, column: 9, offset: 1550}, end: {line: 42, column: 17, offset: 1558}},
      source: null
    })
  })

  it('should give undefined for a path that is not a cell', async () => {
    const {report} = parseReport(await readFile(join(root, 'seeds', '004_8e4fae53c81d4e1a.txt'), 'utf8'))
    expect(cellProvenance(report.tables, 'applications.denied' as never)).toBe(undefined)
    expect(cellProvenance(report.tables, 'applications.nothing.here' as never)).toBe(undefined)
  })
})
