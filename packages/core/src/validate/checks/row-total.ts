import {applicationsTable} from '@xxgk/schema'
import type {Check} from '../../types.js'
import {checkSum, type Equation} from '../check-sum.js'

const parts = applicationsTable.columns.filter((column) => column.key !== 'total').map((column) => column.key)

const equations: ReadonlyArray<Equation> = applicationsTable.rows.map((row) => {
  const prefix = 'applications.' + row.key + '.'
  return {where: '表三 ' + row.label + ' 总计', left: [prefix + 'total'], right: parts.map((key) => prefix + key)}
})

/** 表三, per row: 总计 = 自然人 + the five 法人或其他组织 columns. */
export const rowTotal: Check = {
  name: 'row-total',
  ruleId: 'consistency-row-total',
  run(context) {
    for (const equation of equations) checkSum(context, this.ruleId, equation)
  }
}
