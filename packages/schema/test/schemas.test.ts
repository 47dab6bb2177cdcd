import {describe, expect, expectTypeOf, it} from 'vitest'
import {
  CellsSchema,
  ParseResultSchema,
  TablesSchema,
  cellIds,
  toJsonSchema,
  type Cells,
  type ParseResult
} from '../src/index.js'

const absent = {value: null, status: 'absent', raw: null, annotation: null, position: null, source: null}

/** Every leaf path of the nested tables schema, as a dotted id. */
function leafIds(shape: Record<string, unknown>, prefix: string): Array<string> {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const inner = (schema as {shape?: Record<string, unknown>}).shape
    if (inner && !('value' in inner)) return leafIds(inner, prefix + key + '.')
    return [prefix + key]
  })
}

describe('schemas', () => {
  it('should give the nested tables exactly the 200 cell ids as leaves', () => {
    const {extraRows, ...tables} = TablesSchema.shape
    expect(extraRows).toBeDefined()
    expect(leafIds(tables, '')).toEqual([...cellIds])
  })

  it('should accept a flat map of numbers and nulls and refuse a missing id', () => {
    const cells = Object.fromEntries(cellIds.map((id, index) => [id, index % 2 ? null : index]))
    expect(CellsSchema.safeParse(cells).success).toBe(true)
    const {['applications.total.total']: _removed, ...partial} = cells
    expect(CellsSchema.safeParse(partial).success).toBe(false)
  })

  it('should refuse a cell value with an unknown status', () => {
    const cells = Object.fromEntries(cellIds.map((id) => [id, null]))
    const nested = JSON.parse(JSON.stringify(buildTables(absent)))
    nested.applications.total.total.status = 'guessed'
    const result = ParseResultSchema.safeParse({
      report: {
        meta: {title: null, agency: null, year: null, template: '2021', period: null, contact: null},
        sections: [],
        tables: nested
      },
      cells,
      diagnostics: []
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['report', 'tables', 'applications', 'total', 'total', 'status'])
  })

  it('should infer the flat map type from the cell ids', () => {
    expectTypeOf<Cells['applications.denied.stateSecret.research']>().toEqualTypeOf<number | null>()
    expectTypeOf<ParseResult['report']['meta']['year']>().toEqualTypeOf<number | null>()
  })

  it('should export a JSON Schema of the record', () => {
    const schema = toJsonSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const properties = schema.properties as Record<string, {properties?: Record<string, unknown>}>
    expect(Object.keys(properties)).toEqual(['report', 'cells', 'diagnostics'])
    expect(Object.keys(properties.cells!.properties!)).toEqual([...cellIds])
  })
})

function buildTables(value: unknown): Record<string, unknown> {
  const tables: Record<string, unknown> = {extraRows: []}
  for (const id of cellIds) {
    const path = id.split('.')
    let target = tables
    for (const segment of path.slice(0, -1)) target = (target[segment] ??= {}) as Record<string, unknown>
    target[path.at(-1)!] = value
  }
  return tables
}
