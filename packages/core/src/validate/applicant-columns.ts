import {applicationsTable} from '@xxgk/schema'

/** The columns of 表三 with the words a person reads for them. */
export const applicantColumns = applicationsTable.columns.map((column) => ({
  key: column.key,
  words: column.group === undefined ? column.label : column.group + '/' + column.label
}))

/** The outcome rows (一)…(六) of 表三 whose sum is （七）总计. */
export const outcomeRows = applicationsTable.rows
  .filter((row) => row.group !== undefined && row.key !== 'total')
  .map((row) => row.key)
