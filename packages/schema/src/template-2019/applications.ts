import {applicationsTable} from '../template-2021/applications.js'
import type {TemplateRow, TemplateTable} from '../template-2021/types.js'

const otherDisposalRow: TemplateRow = {
  key: 'otherDisposal',
  label: '（六）其他处理',
  group: '三、本年度办理结果',
  columns: applicationsTable.rows[0]!.columns,
  unit: 'count'
}

/**
 * 三、收到和处理政府信息公开申请情况 of the 2019 form: the 2021 table but for （六）其他处理,
 * one row where 2021 has three (its cells `applications.otherDisposal.<column>`).
 */
export const applicationsTable2019: TemplateTable = {
  ...applicationsTable,
  rows: applicationsTable.rows.flatMap((row) => {
    if (!row.key.startsWith('otherDisposal.')) return [row]
    return row.key === 'otherDisposal.overdueCorrection' ? [otherDisposalRow] : []
  })
}
