/**
 * Type tests: what the public types accept and refuse. Checked by the type checker
 * (vitest's typecheck mode in `pnpm test`, and `pnpm typecheck`), never run.
 */
import {describe, expectTypeOf, it} from 'vitest'
import {
  CellIdSchema,
  DiagnosticSchema,
  cellIds,
  cellIds2019,
  codebook,
  crosswalk,
  crosswalkCells,
  ruleIds,
  seriesCellIds,
  template2019,
  template2021,
  templateOf,
  templates,
  type CellId,
  type CellId2019,
  type CellId2021,
  type CellIdOf,
  type CellMap,
  type Cells,
  type Cells2019,
  type CellsOf,
  type Diagnostic,
  type DiagnosticRuleId,
  type ParseResult,
  type RuleId
} from '../src/index.js'

describe('rule ids', () => {
  it('should type a diagnostic rule id as a built-in or any string', () => {
    expectTypeOf<Diagnostic['ruleId']>().toEqualTypeOf<DiagnosticRuleId>()
    expectTypeOf<'consistency-row-total'>().toExtend<Diagnostic['ruleId']>()
    expectTypeOf<'cell-blank'>().toExtend<Diagnostic['ruleId']>()
    expectTypeOf<'my-fees-present'>().toExtend<Diagnostic['ruleId']>()
    expectTypeOf<string>().toExtend<Diagnostic['ruleId']>()
  })

  it('should keep the built-in ids in the union (what the editor offers), not fold them into string', () => {
    expectTypeOf<Extract<Diagnostic['ruleId'], RuleId>>().toEqualTypeOf<RuleId>()
    expectTypeOf<Diagnostic['ruleId']>().not.toEqualTypeOf<string>()
    expectTypeOf<RuleId>().not.toEqualTypeOf<string>()
  })

  it('should derive RuleId from the runtime record', () => {
    expectTypeOf<keyof typeof ruleIds>().toEqualTypeOf<RuleId>()
    expectTypeOf<'consistency-column-balance'>().toExtend<RuleId>()
    expectTypeOf<'table-missing'>().toExtend<RuleId>()
    // @ts-expect-error: no built-in rule of that name
    const misspelt: RuleId = 'consistency-colum-balance'
    void misspelt
  })

  it('should infer the same diagnostic from its schema', () => {
    expectTypeOf<ReturnType<typeof DiagnosticSchema.parse>>().toEqualTypeOf<Diagnostic>()
  })
})

describe('cell ids', () => {
  it('should derive each form’s ids from its runtime list', () => {
    expectTypeOf(cellIds).items.toEqualTypeOf<CellId2021>()
    expectTypeOf(cellIds2019).items.toEqualTypeOf<CellId2019>()
    expectTypeOf(seriesCellIds).items.toEqualTypeOf<CellId>()
    expectTypeOf<CellId>().toEqualTypeOf<CellId2021 | CellId2019>()
    expectTypeOf(CellIdSchema.parse).returns.toEqualTypeOf<CellId>()
  })

  it('should tell the forms’ ids apart', () => {
    expectTypeOf<'activeDisclosure.fees.amount'>().toExtend<CellId2021>()
    expectTypeOf<'activeDisclosure.fees.amount'>().not.toExtend<CellId2019>()
    expectTypeOf<'activeDisclosure.procurement.amount'>().toExtend<CellId2019>()
    expectTypeOf<'activeDisclosure.procurement.amount'>().not.toExtend<CellId2021>()
    expectTypeOf<'applications.newReceived.total'>().toExtend<CellId2021 & CellId2019>()
    expectTypeOf<CellIdOf<'2021'>>().toEqualTypeOf<CellId2021>()
    expectTypeOf<CellIdOf<'2019'>>().toEqualTypeOf<CellId2019>()
  })

  it('should refuse a misspelt cell id', () => {
    // @ts-expect-error: `newRecieved` is not a row of either form
    const misspelt: CellId = 'applications.newRecieved.total'
    // @ts-expect-error: a row alone is not a cell
    const row: CellId = 'applications.newReceived'
    void [misspelt, row]
  })
})

describe('cell maps', () => {
  it('should key each form’s flat map by its own ids', () => {
    expectTypeOf<keyof Cells>().toEqualTypeOf<CellId2021>()
    expectTypeOf<keyof Cells2019>().toEqualTypeOf<CellId2019>()
    expectTypeOf<CellsOf<'2021'>>().toEqualTypeOf<Cells>()
    expectTypeOf<CellsOf<'2019'>>().toEqualTypeOf<Cells2019>()
    expectTypeOf<Cells['applications.denied.stateSecret.research']>().toEqualTypeOf<number | null>()
    expectTypeOf<Cells>().toExtend<CellMap>()
    expectTypeOf<Cells2019>().toExtend<CellMap>()
    expectTypeOf<CellMap['activeDisclosure.fees.amount']>().toEqualTypeOf<number | null | undefined>()
  })

  it('should type a result’s cells by the form `template` names', () => {
    const result = {} as ParseResult
    // Unnarrowed, an id both forms have reads; one only 2021 has does not.
    expectTypeOf(result.cells['applications.total.total']).toEqualTypeOf<number | null>()
    // @ts-expect-error: 收费金额 is a cell of the 2021 form only
    void result.cells['activeDisclosure.fees.amount']
    if (result.template === '2021') expectTypeOf(result.cells['activeDisclosure.fees.amount']).toEqualTypeOf<number | null>()
    else expectTypeOf(result.cells['activeDisclosure.procurement.amount']).toEqualTypeOf<number | null>()
  })

  it('should type a diagnostic’s cells as cell ids', () => {
    expectTypeOf<Diagnostic['cellId']>().toEqualTypeOf<CellId | undefined>()
    expectTypeOf<Diagnostic['cellIds']>().toEqualTypeOf<Array<CellId> | undefined>()
  })
})

describe('templates', () => {
  it('should type a template’s cells by its form', () => {
    expectTypeOf(template2021.cellIds).items.toEqualTypeOf<CellId2021>()
    expectTypeOf(template2019.cells).items.toHaveProperty('id').toEqualTypeOf<CellId2019>()
    expectTypeOf(templateOf('2019')).toEqualTypeOf(template2019)
    expectTypeOf<(typeof templates)[number]['cellIds'][number]>().toEqualTypeOf<CellId>()
    const template = templates[0]!
    if (template.id === '2019') expectTypeOf(template.cellIds).items.toEqualTypeOf<CellId2019>()
  })

  it('should type the codebook and the crosswalk by id', () => {
    expectTypeOf(codebook).items.toHaveProperty('id').toEqualTypeOf<CellId>()
    expectTypeOf(crosswalk).items.toHaveProperty('cell2019').toEqualTypeOf<CellId2019>()
    expectTypeOf(crosswalk).items.toHaveProperty('cells2021').items.toEqualTypeOf<CellId2021>()
    expectTypeOf(crosswalkCells({}, '2021', '2019')).toEqualTypeOf<Cells2019>()
  })
})
