import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cellIds, templateCells} from '../src/index.js'

const specPath = fileURLToPath(new URL('../spec/cells-2021.tsv', import.meta.url))
const spec = readFileSync(specPath, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))

describe('cellIds', () => {
  it('should hold 200 distinct ids', () => {
    expect(cellIds.length).toBe(200)
    expect(new Set(cellIds).size).toBe(200)
  })

  it('should equal the ids of spec/cells-2021.tsv, in order', () => {
    expect([...cellIds]).toEqual(spec.map((row) => row[0]))
  })

  it('should be the ids of the template cells, in printed order', () => {
    expect(templateCells.map((cell) => cell.id)).toEqual([...cellIds])
  })

  it('should give each template cell the unit and column label of the spec', () => {
    const byId = new Map(spec.map((row) => [row[0], row]))
    for (const cell of templateCells) {
      const row = byId.get(cell.id)!
      expect(cell.unit).toBe(row[4])
      const column = cell.column.group ? cell.column.group + ' / ' + cell.column.label : cell.column.label
      expect(column).toBe(row[3])
    }
  })
})
