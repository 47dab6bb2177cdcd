import {reviewLitigationTable} from '@xxgk/schema'
import type {Check} from '../../types.js'
import {checkSum, idOf, type Equation} from '../check-sum.js'

const equations: ReadonlyArray<Equation> = reviewLitigationTable.rows.map((row) => ({
  where: '表四 ' + (row.group === undefined ? row.label : row.group + ' ' + row.label) + ' 总计',
  left: [idOf('reviewLitigation', row.key, 'total')],
  right: ['upheld', 'corrected', 'other', 'pending'].map((key) => idOf('reviewLitigation', row.key, key))
}))

/** 表四, per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const reviewTotal: Check = {
  name: 'review-total',
  ruleId: 'consistency-review-total',
  run(context) {
    for (const equation of equations) checkSum(context, this.ruleId, equation)
  }
}
