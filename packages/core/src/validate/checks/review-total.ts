import {reviewLitigationTable} from '@xxgk/schema'
import type {Check} from '../../types.js'
import {checkSum, type Equation} from '../check-sum.js'

const equations: ReadonlyArray<Equation> = reviewLitigationTable.rows.map((row) => {
  const prefix = 'reviewLitigation.' + row.key + '.'
  return {
    where: '表四 ' + (row.group === undefined ? row.label : row.group + ' ' + row.label) + ' 总计',
    left: [prefix + 'total'],
    right: ['upheld', 'corrected', 'other', 'pending'].map((key) => prefix + key)
  }
})

/** 表四, per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const reviewTotal: Check = {
  name: 'review-total',
  ruleId: 'consistency-review-total',
  run(context) {
    for (const equation of equations) checkSum(context, this.ruleId, equation)
  }
}
