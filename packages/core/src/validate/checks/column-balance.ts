import type {Check} from '../../types.js'
import {applicantColumns} from '../applicant-columns.js'
import {checkSum, idOf, type Equation} from '../check-sum.js'

const equations: ReadonlyArray<Equation> = applicantColumns.map(({key, words}) => ({
  where: '表三 ' + words + ' 一+二 = 三(七)总计+四',
  left: [idOf('applications', 'newReceived', key), idOf('applications', 'carriedOver', key)],
  right: [idOf('applications', 'total', key), idOf('applications', 'carriedForward', key)]
}))

/**
 * 表三, per column, the 勾稽关系 the table states itself: 一、本年新收 + 二、上年结转 =
 * 三、（七）总计 + 四、结转下年度继续办理.
 */
export const columnBalance: Check = {
  name: 'column-balance',
  ruleId: 'consistency-column-balance',
  run(context) {
    for (const equation of equations) checkSum(context, this.ruleId, equation)
  }
}
