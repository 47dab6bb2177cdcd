import type {ParseResult} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {labelMatcherOf, type Config} from './configure.js'
import {ParseError} from './parse-error.js'
import {cellLabel} from './report/diagnostic-text.js'
import {report} from './report/message.js'
import {toDiagnostics} from './report/to-diagnostics.js'
import {toSections} from './report/to-sections.js'
import {toTables} from './report/to-tables.js'
import {findTables} from './structure/find-tables.js'
import {readMeta} from './structure/meta.js'
import {findSections} from './structure/sections.js'
import {recognizeTemplate} from './structure/recognize-template.js'
import {mapTables} from './template/map-table.js'
import {template2019, template2021} from '@xxgk/schema'
import type {CheckContext, Root} from './types.js'

/**
 * From block tree to record: sections → meta → the form the tables fill → tables
 * recognised by content → template mapping by label → consistency checks → typed report.
 */
export function readReport(tree: Root, file: VFile, config: Config): ParseResult {
  const sections = findSections(tree, file)
  const tables = findTables(sections, labelMatcherOf(config), file)
  if (sections.sections.length === 0 && tables.length === 0) {
    throw new ParseError('NOT_A_REPORT', 'No section heading and no statistical table of a 政府信息公开工作年度报告 was found')
  }
  const meta = readMeta(sections, file)
  const matchers = {of2021: labelMatcherOf(config, template2021), of2019: labelMatcherOf(config, template2019)}
  const template = recognizeTemplate(sections, matchers, meta.year, file)
  const matcher = template === template2019 ? matchers.of2019 : matchers.of2021
  const mapping = mapTables(tables, matcher, file)
  for (const table of template.tables) {
    const tableCells = template.cells.filter((cell) => cell.table === table)
    if (mapping.found.has(table.key)) {
      for (const cell of tableCells) {
        if (!mapping.values.has(cell.id)) {
          report(file, 'cell-missing', 'Cell ' + cellLabel(cell.id) + ' (`' + cell.id + '`) was not found', {
            severity: 'warning',
            cellId: cell.id
          })
        }
      }
    } else {
      report(file, 'table-missing', '表' + table.number + ' (' + table.title + ') was not found; its cells are null', {
        severity: 'error',
        cellIds: tableCells.map((cell) => cell.id)
      })
    }
  }
  const {tables: typedTables, cells} = toTables(mapping, template)
  // The cells are the template's: `toTables` built them from its ids.
  const context = {
    templateId: template.id,
    template,
    cells,
    file,
    positionOf: (id: string) => mapping.values.get(id)?.position ?? undefined
  } as CheckContext
  for (const check of config.checks) {
    const before = file.messages.length
    check.run(context)
    // A check that reports through `file.message(reason)`, as documented, names no rule:
    // its messages carry the check's own rule id rather than none.
    for (const message of file.messages.slice(before)) message.ruleId ??= check.ruleId
  }
  // The record's shape is the template's: `toTables` built it from that template's cells.
  return {
    template: template.id,
    report: {meta: {...meta, template: template.id}, sections: toSections(sections.sections), tables: typedTables},
    cells,
    diagnostics: toDiagnostics(file)
  } as ParseResult
}
