import {applicationsTable} from '@xxgk/schema'
import type {Check} from '../../types.js'
import {checkSum} from '../check-sum.js'

const parts = applicationsTable.columns.filter((column) => column.key !== 'total').map((column) => column.key)

/** 表三, per row: 总计 = 自然人 + the five 法人或其他组织 columns. */
export const rowTotal: Check = {
  name: 'row-total',
  ruleId: 'consistency-row-total',
  run(context) {
    for (const row of applicationsTable.rows) {
      const prefix = 'applications.' + row.key + '.'
      checkSum(context, this.ruleId, {
        where: '表三 ' + row.label + ' 总计',
        left: [prefix + 'total'],
        right: parts.map((key) => prefix + key)
      })
    }
  }
}
