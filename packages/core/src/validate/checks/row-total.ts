import {templates, type Template} from '@xxgk/schema'
import type {Check} from '../../types.js'
import {applicationsOf} from '../applicant-columns.js'
import {checkSum, idOf, type Equation} from '../check-sum.js'

/** The equations of each template (one per row of its 表三), made once. */
const equationsOf = new Map<Template, ReadonlyArray<Equation>>(
  templates.map((template) => {
    const table = applicationsOf(template)
    const parts = table.columns.filter((column) => column.key !== 'total').map((column) => column.key)
    const equations = table.rows.map((row) => ({
      where: '表三 ' + row.label + ' 总计',
      left: [idOf('applications', row.key, 'total')],
      right: parts.map((key) => idOf('applications', row.key, key))
    }))
    return [template, equations]
  })
)

/** 表三, per row of the report's form: 总计 = 自然人 + the five 法人或其他组织 columns. */
export const rowTotal: Check = {
  name: 'row-total',
  ruleId: 'consistency-row-total',
  run(context) {
    for (const equation of equationsOf.get(context.template)!) checkSum(context, this.ruleId, equation)
  }
}
