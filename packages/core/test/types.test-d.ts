/**
 * Type tests: what the public types of checks and results accept and refuse. Checked by
 * the type checker (vitest's typecheck mode in `pnpm test`, and `pnpm typecheck`), never run.
 */
import type {CellId2019, CellId2021, DiagnosticRuleId, Position} from '@xxgk/schema'
import {describe, expectTypeOf, it} from 'vitest'
import {checkSum, parseReport, ruleIds, type Check, type CheckContext, type CheckContextOf, type RuleId} from '../src/index.js'

describe('rule ids', () => {
  it('should re-export the rule ids the diagnostics are typed by', () => {
    expectTypeOf<keyof typeof ruleIds>().toEqualTypeOf<RuleId>()
    const {diagnostics} = parseReport('')
    expectTypeOf(diagnostics).items.toHaveProperty('ruleId').toEqualTypeOf<DiagnosticRuleId>()
    expectTypeOf<'consistency-review-total'>().toExtend<(typeof diagnostics)[number]['ruleId']>()
  })

  it("should take a custom check's own rule id, and a built-in one", () => {
    expectTypeOf<Check['ruleId']>().toEqualTypeOf<DiagnosticRuleId>()
    expectTypeOf<{name: 'fees-present'; ruleId: 'my-fees-present'; run: () => void}>().toExtend<Check>()
    expectTypeOf<{name: 'row-total'; ruleId: 'consistency-row-total'; run: () => void}>().toExtend<Check>()
    expectTypeOf(checkSum).parameter(1).toEqualTypeOf<DiagnosticRuleId>()
  })
})

describe('CheckContext', () => {
  it('should type the cells both forms have without narrowing', () => {
    expectTypeOf<CheckContext['cells']['applications.total.total']>().toEqualTypeOf<number | null>()
    expectTypeOf<CheckContext['cells']['reviewLitigation.review.upheld']>().toEqualTypeOf<number | null>()
    // @ts-expect-error: 收费金额 is a cell of the 2021 form only
    expectTypeOf<CheckContext['cells']['activeDisclosure.fees.amount']>().toEqualTypeOf<number | null>()
    // @ts-expect-error: a misspelt id is no cell
    expectTypeOf<CheckContext['cells']['applications.totl.total']>().toEqualTypeOf<number | null>()
  })

  it("should type each form's cells by its own ids", () => {
    expectTypeOf<CheckContextOf<'2021'>['cells']['activeDisclosure.fees.amount']>().toEqualTypeOf<number | null>()
    expectTypeOf<CheckContextOf<'2019'>['cells']['activeDisclosure.procurement.amount']>().toEqualTypeOf<number | null>()
    expectTypeOf<keyof CheckContextOf<'2019'>['cells']>().toEqualTypeOf<CellId2019>()
    expectTypeOf<CheckContextOf<'2021'>['positionOf']>().parameter(0).toEqualTypeOf<CellId2021>()
  })

  it('should narrow cells, template and positionOf by templateId, also destructured', () => {
    const check: Check = {
      name: 'fees-present',
      ruleId: 'my-fees-present',
      run({templateId, template, cells, file, positionOf}) {
        if (templateId === '2021') {
          expectTypeOf(cells['activeDisclosure.fees.amount']).toEqualTypeOf<number | null>()
          expectTypeOf(template.id).toEqualTypeOf<'2021'>()
          expectTypeOf(positionOf('activeDisclosure.fees.amount')).toEqualTypeOf<Position | undefined>()
          // @ts-expect-error: 采购金额 is a cell of the 2019 form only
          void cells['activeDisclosure.procurement.amount']
          if (cells['activeDisclosure.fees.amount'] !== 0) file.message('收费金额不为零')
        } else {
          expectTypeOf(cells['activeDisclosure.procurement.amount']).toEqualTypeOf<number | null>()
          // @ts-expect-error: 收费金额 is a cell of the 2021 form only
          void cells['activeDisclosure.fees.amount']
        }
      }
    }
    void check
  })

  it('should give a check the cells to read, not to change', () => {
    const check: Check = {
      name: 'read-only',
      ruleId: 'my-read-only',
      run({cells}) {
        // @ts-expect-error: a check reads the cell map
        cells['applications.total.total'] = 0
      }
    }
    void check
  })
})
