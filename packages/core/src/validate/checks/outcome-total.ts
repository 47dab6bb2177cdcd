import type {Check} from '../../types.js'
import {applicantColumns, outcomeRows} from '../applicant-columns.js'
import {checkSum} from '../check-sum.js'

/** 表三, per column: （七）总计 = the sum of every outcome row （一）…（六）. */
export const outcomeTotal: Check = {
  name: 'outcome-total',
  ruleId: 'consistency-outcome-total',
  run(context) {
    for (const {key, words} of applicantColumns) {
      checkSum(context, this.ruleId, {
        where: '表三 （七）总计 ' + words,
        left: ['applications.total.' + key],
        right: outcomeRows.map((row) => 'applications.' + row + '.' + key)
      })
    }
  }
}
