import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'

describe('@xxgk/cli', () => {
  it('should expose the public api', () => {
    expect(Object.keys(api).sort()).toEqual([
      'addToSummary',
      'codebookColumns',
      'codebookEntries',
      'codebookFormats',
      'collectFiles',
      'comparePaths',
      'createSummary',
      'csvFileColumns',
      'csvFileColumnsZh',
      'csvLongColumns',
      'defaultJobs',
      'fileSummaryHeader',
      'formatCodebook',
      'formatDiagnostic',
      'formatFailure',
      'formatFileSummary',
      'formatFiles',
      'formatHeader',
      'formatResult',
      'formatSummary',
      'headerLanguages',
      'inThreadMaxCores',
      'okMaxUnreadCells',
      'outputFormats',
      'parseFile',
      'parseFiles',
      'readableExtensions',
      'readingOf',
      'severities',
      'toRecord',
      'unreadableReportExtensions',
      'wideHeader',
      'wideRow',
      'writeFormatted',
      'writeResults',
      'writeXlsx',
      'xlsxSheets'
    ])
  })

  it('should name the columns and formats', () => {
    expect(api.csvFileColumns).toEqual([
      'file',
      'status',
      'errorCode',
      'agency',
      'year',
      'template',
      'cellsRead',
      'cellsNull',
      'checksFailed',
      'errors',
      'warnings'
    ])
    expect(api.csvLongColumns).toEqual([
      'file',
      'agency',
      'year',
      'template',
      'cellId',
      'status',
      'value',
      'raw',
      'line',
      'column',
      'sourceTable',
      'sourceRow',
      'sourceColumn',
      'page',
      'box'
    ])
    expect(api.codebookFormats).toEqual(['csv', 'md', 'json'])
    expect(api.headerLanguages).toEqual(['id', 'zh'])
    expect(api.outputFormats).toEqual(['csv', 'csv-long', 'ndjson', 'json', 'xlsx'])
    expect(api.xlsxSheets).toEqual(['records', 'codebook'])
    expect(api.severities).toEqual(['error', 'warning', 'info'])
  })
})
