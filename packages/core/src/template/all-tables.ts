import {templates, type TemplateTable} from '@xxgk/schema'

/** Every table of every template (the forms share 表四 and most rows of 表三). */
export const allTables: ReadonlyArray<TemplateTable> = [...new Set(templates.flatMap((template) => template.tables))]
