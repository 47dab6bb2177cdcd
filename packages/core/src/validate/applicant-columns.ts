import {applicationsTable, templates, type Template} from '@xxgk/schema'

/** The columns of 表三 with the words a person reads for them (the same on both forms). */
export const applicantColumns = applicationsTable.columns.map((column) => ({
  key: column.key,
  words: column.group === undefined ? column.label : column.group + '/' + column.label
}))

/** 表三 of a template. */
export function applicationsOf(template: Template) {
  return template.tables.find((table) => table.key === 'applications')!
}

/**
 * The outcome rows (一)…(六) of 表三 whose sum is （七）总计, per template: the 2019 form
 * has one （六）其他处理 row where the 2021 form has three.
 */
export const outcomeRowsOf = new Map<Template, ReadonlyArray<string>>(
  templates.map((template) => [
    template,
    applicationsOf(template)
      .rows.filter((row) => row.group !== undefined && row.key !== 'total')
      .map((row) => row.key)
  ])
)
