import type {Check} from '../../types.js'
import {applicantColumns, outcomeRows} from '../applicant-columns.js'
import {checkSum, type Equation} from '../check-sum.js'

const equations: ReadonlyArray<Equation> = applicantColumns.map(({key, words}) => ({
  where: '表三 （七）总计 ' + words,
  left: ['applications.total.' + key],
  right: outcomeRows.map((row) => 'applications.' + row + '.' + key)
}))

/** 表三, per column: （七）总计 = the sum of every outcome row （一）…（六）. */
export const outcomeTotal: Check = {
  name: 'outcome-total',
  ruleId: 'consistency-outcome-total',
  run(context) {
    for (const equation of equations) checkSum(context, this.ruleId, equation)
  }
}
