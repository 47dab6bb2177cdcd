import type {TemplateTable} from './types.js'

const outcomeColumns = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

/**
 * 四、政府信息公开行政复议、行政诉讼情况.
 *
 * The printed form is transposed: one data row of 15 numbers under three column groups.
 * Here each group is a row, so that cell ids read `reviewLitigation.<group>.<outcome>`.
 */
export const reviewLitigationTable: TemplateTable = {
  key: 'reviewLitigation',
  rowsAsColumnGroups: true,
  number: '四',
  title: '政府信息公开行政复议、行政诉讼情况',
  columns: [
    {key: 'upheld', label: '结果维持'},
    {key: 'corrected', label: '结果纠正'},
    {key: 'other', label: '其他结果'},
    {key: 'pending', label: '尚未审结'},
    {key: 'total', label: '总计'}
  ],
  rows: [
    {key: 'review', label: '行政复议', columns: outcomeColumns, unit: 'count'},
    {key: 'litigationDirect', group: '行政诉讼', label: '未经复议直接起诉', columns: outcomeColumns, unit: 'count'},
    {key: 'litigationAfterReview', group: '行政诉讼', label: '复议后起诉', columns: outcomeColumns, unit: 'count'}
  ]
}
