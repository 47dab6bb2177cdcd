import {templates, type Template} from '@xxgk/schema'
import type {Check} from '../../types.js'
import {applicantColumns, outcomeRowsOf} from '../applicant-columns.js'
import {checkSum, idOf, type Equation} from '../check-sum.js'

/** The equations of each template, made once. */
const equationsOf = new Map<Template, ReadonlyArray<Equation>>(
  templates.map((template) => [
    template,
    applicantColumns.map(({key, words}) => ({
      where: '表三 （七）总计 ' + words,
      left: [idOf('applications', 'total', key)],
      right: outcomeRowsOf.get(template)!.map((row) => idOf('applications', row, key))
    }))
  ])
)

/** 表三, per column: （七）总计 = the sum of every outcome row （一）…（六） of the report's form. */
export const outcomeTotal: Check = {
  name: 'outcome-total',
  ruleId: 'consistency-outcome-total',
  run(context) {
    for (const equation of equationsOf.get(context.template)!) checkSum(context, this.ruleId, equation)
  }
}
