import {stringify} from 'csv-stringify/sync'
import {codebookOf, templates, type CodebookEntry} from '@xxgk/schema'

/** The formats of `xxgk codebook`. */
export const codebookFormats = ['csv', 'md', 'json'] as const

/** A format of `xxgk codebook`. */
export type CodebookFormat = (typeof codebookFormats)[number]

/** The codebook's columns, in the order of every format. */
export const codebookColumns = ['id', 'table', 'tableTitle', 'row', 'column', 'unit', 'template', 'header'] as const

/** The codebook of both forms, the 2021 one first (the `template` column tells their cells apart): what `xxgk codebook` prints. */
export function codebookEntries(): Array<CodebookEntry> {
  return templates.flatMap((template) => codebookOf(template.cells, template.id))
}

/**
 * Writes out a codebook (`codebook` of `@xxgk/schema`): a CSV with a header, a markdown
 * table, or a JSON array of entries; each ends in a newline.
 */
export function formatCodebook(entries: ReadonlyArray<CodebookEntry>, format: CodebookFormat, bom = false): string {
  switch (format) {
    case 'csv':
      return stringify([[...codebookColumns], ...entries.map((entry) => codebookColumns.map((column) => entry[column]))], {bom})
    case 'md':
      return [
        '| ' + codebookColumns.join(' | ') + ' |',
        '|' + ' --- |'.repeat(codebookColumns.length),
        ...entries.map((entry) => '| ' + codebookColumns.map((column) => markdownCell(entry[column])).join(' | ') + ' |')
      ].join('\n') + '\n'
    case 'json':
      return JSON.stringify(entries, null, 2) + '\n'
  }
}

/** A pipe or a line break would end a markdown cell: escape the one, flatten the other. */
function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ')
}
