import {describe, expect, expectTypeOf, it} from 'vitest'
import {
  CellsSchema,
  ParseResultSchema,
  TablesSchema,
  cellIds,
  cellIds2019,
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
      template: '2021',
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
    const variants = (schema.oneOf ?? schema.anyOf) as Array<{properties: Record<string, {properties?: Record<string, unknown>; const?: string}>}>
    expect(variants.map((variant) => variant.properties.template!.const)).toEqual(['2021', '2019'])
    const [of2021, of2019] = variants.map((variant) => variant.properties)
    expect(Object.keys(of2021!)).toEqual(['template', 'report', 'cells', 'diagnostics'])
    expect(Object.keys(of2021!.cells!.properties!)).toEqual([...cellIds])
    expect(Object.keys(of2019!.cells!.properties!)).toEqual([...cellIds2019])
  })

  it('should tell the two templates apart by `template` and refuse cells of the other form', () => {
    const result = (template: '2019' | '2021', ids: ReadonlyArray<string>) => ({
      template,
      report: {
        meta: {title: null, agency: null, year: null, template, period: null, contact: null},
        sections: [],
        tables: buildTables(absent, ids)
      },
      cells: Object.fromEntries(ids.map((id) => [id, null])),
      diagnostics: []
    })
    expect(ParseResultSchema.safeParse(result('2019', cellIds2019)).success).toBe(true)
    expect(ParseResultSchema.safeParse(result('2021', cellIds)).success).toBe(true)
    expect(ParseResultSchema.safeParse({...result('2019', cellIds2019), template: '2021'}).success).toBe(false)
    expect(ParseResultSchema.safeParse({...result('2019', cellIds), template: '2019'}).success).toBe(false)
    expectTypeOf<Extract<ParseResult, {template: '2019'}>['cells']['applications.otherDisposal.total']>().toEqualTypeOf<number | null>()
  })
})

function buildTables(value: unknown, ids: ReadonlyArray<string> = cellIds): Record<string, unknown> {
  const tables: Record<string, unknown> = {extraRows: []}
  for (const id of ids) {
    const path = id.split('.')
    let target = tables
    for (const segment of path.slice(0, -1)) target = (target[segment] ??= {}) as Record<string, unknown>
    target[path.at(-1)!] = value
  }
  return tables
}
