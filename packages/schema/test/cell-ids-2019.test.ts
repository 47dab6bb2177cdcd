import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {Tables2019Schema, cellIds, cellIds2019, seriesCellIds, template2019, templateCells2019} from '../src/index.js'

const specPath = fileURLToPath(new URL('../spec/cells-2019.tsv', import.meta.url))
const spec = readFileSync(specPath, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))

/** Every leaf path of a nested tables schema, as a dotted id. */
function leafIds(shape: Record<string, unknown>, prefix: string): Array<string> {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const inner = (schema as {shape?: Record<string, unknown>}).shape
    if (inner && !('value' in inner)) return leafIds(inner, prefix + key + '.')
    return [prefix + key]
  })
}

describe('cellIds2019', () => {
  it('should hold 198 distinct ids', () => {
    expect(cellIds2019.length).toBe(198)
    expect(new Set(cellIds2019).size).toBe(198)
  })

  it('should equal the ids of spec/cells-2019.tsv, in order', () => {
    expect([...cellIds2019]).toEqual(spec.map((row) => row[0]))
  })

  it('should be the ids of the 2019 template cells, in printed order', () => {
    expect(templateCells2019.map((cell) => cell.id)).toEqual([...cellIds2019])
    expect(template2019.cellIds).toBe(cellIds2019)
  })

  it('should give each 2019 cell the unit, row and column label of the spec', () => {
    const byId = new Map(spec.map((row) => [row[0], row]))
    for (const cell of templateCells2019) {
      const row = byId.get(cell.id)!
      expect(cell.unit, cell.id).toBe(row[4])
      const column = cell.column.group ? cell.column.group + ' / ' + cell.column.label : cell.column.label
      expect(column, cell.id).toBe(row[3])
      const label = cell.row.group ? cell.row.group + ' / ' + cell.row.label : cell.row.label
      // The spec names 表三's outcome rows by their own group, as the printed form nests them.
      expect(row[2]!.endsWith(cell.row.label), cell.id).toBe(true)
      if (cell.table.key === 'activeDisclosure') expect(label).toBe(row[2])
    }
  })

  it('should give the nested 2019 tables exactly the 198 ids as leaves', () => {
    const {extraRows, ...tables} = Tables2019Schema.shape
    expect(extraRows).toBeDefined()
    expect(leafIds(tables, '')).toEqual([...cellIds2019])
  })

  it('should make the series columns the 2021 ids, then the 2019 ids the 2021 form lacks', () => {
    expect(seriesCellIds.slice(0, 200)).toEqual([...cellIds])
    expect(seriesCellIds.slice(200)).toEqual(cellIds2019.filter((id) => !(cellIds as ReadonlyArray<string>).includes(id)))
    // 19 of 表二 (all but the three 处理决定数量) and the seven of the one-row （六）其他处理.
    expect(seriesCellIds).toHaveLength(200 + 19 + 7)
  })
})
