import type {TemplateTable} from '../template-2021/types.js'

const documentColumns = ['newlyMade', 'newlyPublished', 'totalPublished'] as const
const itemColumns = ['previousYearItems', 'changeThisYear', 'decisions'] as const

/**
 * 二、主动公开政府信息情况 as the 2019 form prints it (国办公开办函〔2019〕60号): documents
 * made, published and published in all; items of the year before, their change (signed)
 * and decisions; fee items; centralised procurement.
 */
export const activeDisclosureTable2019: TemplateTable = {
  key: 'activeDisclosure',
  rowsAsColumnGroups: false,
  number: '二',
  title: '主动公开政府信息情况',
  columns: [
    {key: 'newlyMade', label: '本年新制作数量'},
    {key: 'newlyPublished', label: '本年新公开数量'},
    {key: 'totalPublished', label: '对外公开总数量'},
    {key: 'previousYearItems', label: '上一年项目数量'},
    {key: 'changeThisYear', label: '本年增/减', unit: 'signed_count'},
    {key: 'decisions', label: '处理决定数量'},
    {key: 'items', label: '采购项目数量'},
    {key: 'amount', label: '采购总金额', unit: 'yuan'}
  ],
  rows: [
    {key: 'regulations', group: '第二十条第（一）项', label: '规章', columns: documentColumns, unit: 'count'},
    {key: 'normativeDocuments', group: '第二十条第（一）项', label: '规范性文件', columns: documentColumns, unit: 'count'},
    {key: 'licensing', group: '第二十条第（五）项', label: '行政许可', columns: itemColumns, unit: 'count'},
    {
      key: 'otherManagementServices',
      group: '第二十条第（五）项',
      label: '其他对外管理服务事项',
      columns: itemColumns,
      unit: 'count'
    },
    {key: 'punishment', group: '第二十条第（六）项', label: '行政处罚', columns: itemColumns, unit: 'count'},
    {key: 'enforcement', group: '第二十条第（六）项', label: '行政强制', columns: itemColumns, unit: 'count'},
    {
      key: 'fees',
      group: '第二十条第（八）项',
      label: '行政事业性收费',
      columns: ['previousYearItems', 'changeThisYear'],
      unit: 'count'
    },
    {key: 'procurement', group: '第二十条第（九）项', label: '政府集中采购', columns: ['items', 'amount'], unit: 'count'}
  ]
}
