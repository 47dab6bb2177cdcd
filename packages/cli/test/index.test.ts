import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'

describe('@xxgk/cli', () => {
  it('should expose the public api', () => {
    expect(Object.keys(api).sort()).toEqual([
      'addToSummary',
      'collectFiles',
      'comparePaths',
      'createSummary',
      'csvFileColumns',
      'csvLongColumns',
      'formatDiagnostic',
      'formatFailure',
      'formatFiles',
      'formatHeader',
      'formatResult',
      'formatSummary',
      'outputFormats',
      'parseFile',
      'parseFiles',
      'readableExtensions',
      'severities',
      'toRecord',
      'unreadableReportExtensions',
      'writeFormatted',
      'writeResults'
    ])
  })

  it('should name the columns and formats', () => {
    expect(api.csvFileColumns).toEqual(['file', 'status', 'errorCode', 'agency', 'year', 'template', 'errors', 'warnings'])
    expect(api.csvLongColumns).toEqual(['file', 'cellId', 'value', 'line', 'column'])
    expect(api.outputFormats).toEqual(['csv', 'csv-long', 'ndjson', 'json'])
    expect(api.severities).toEqual(['error', 'warning', 'info'])
  })
})
