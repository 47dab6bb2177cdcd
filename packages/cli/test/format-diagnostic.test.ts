import {describe, expect, it} from 'vitest'
import {parseDocx} from '@xxgk/adapters'
import {fixtureReport, renderDocx} from '@xxgk/testkit'
import {fileSummaryHeader, formatDiagnostic, formatFailure, formatFileSummary} from '../src/index.js'

describe('formatDiagnostic', () => {
  it('should print `file:line:column  severity  message  ruleId`', () => {
    expect(
      formatDiagnostic('seeds/x.txt', {
        ruleId: 'consistency-row-total',
        source: 'xxgk',
        severity: 'warning',
        message: 'Row 一、本年新收 does not add up',
        place: {line: 67, column: 2}
      })
    ).toBe('seeds/x.txt:67:2  warning  Row 一、本年新收 does not add up  consistency-row-total')
  })

  it('should print the file alone without a place and keep the message on one line', () => {
    expect(
      formatDiagnostic('a.docx', {ruleId: 'table-missing', source: 'xxgk', severity: 'error', message: '表四\nwas not found', place: null})
    ).toBe('a.docx  error  表四 was not found  table-missing')
  })

  it("should place a diagnostic with no line by its cell's table, row and column, counted from 1, in English or Chinese", async () => {
    const fixture = fixtureReport(5, {cells: {'applications.granted.research': null as unknown as number}})
    const {report, diagnostics} = await parseDocx(renderDocx(fixture))
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['cell-blank', 'consistency-skipped', 'consistency-skipped'])
    const blank = diagnostics[0]!
    expect(formatDiagnostic('r.docx', blank, {report})).toBe(
      'r.docx (table 2, row 6, column 6)  warning  Cell 表三｜三、本年度办理结果 / （一）予以公开｜法人或其他组织 / 科研机构 (`applications.granted.research`) is blank  cell-blank'
    )
    expect(formatDiagnostic('r.docx', blank, {report, locale: 'zh'})).toBe(
      'r.docx（第2个表格 第6行 第6列）  warning  表三｜三、本年度办理结果 / （一）予以公开｜法人或其他组织 / 科研机构：单元格为空，记为空值  cell-blank'
    )
    expect(formatDiagnostic('r.docx', blank)).toBe('r.docx  warning  ' + blank.message + '  cell-blank')
  })
})

describe('formatFailure', () => {
  it('should print a failed file as an error whose rule is its code', () => {
    expect(formatFailure('empty.txt', {code: 'EMPTY', message: 'The input is empty'})).toBe('empty.txt  error  The input is empty  EMPTY')
  })
})

describe('formatFileSummary', () => {
  it('should count a file\'s diagnostics by severity and by rule, most frequent first', () => {
    expect(fileSummaryHeader).toBe('file\tstatus\terrors\twarnings\tinfos\trules')
    const diagnostics = [
      {ruleId: 'cell-blank', severity: 'warning'},
      {ruleId: 'table-missing', severity: 'error'},
      {ruleId: 'cell-blank', severity: 'warning'},
      {ruleId: 'text-debris', severity: 'info'}
    ] as const
    expect(formatFileSummary('a.txt', 'partial', diagnostics)).toBe('a.txt\tpartial\t1\t2\t1\tcell-blank 2, table-missing 1, text-debris 1')
    expect(formatFileSummary('b.txt', 'ok', [])).toBe('b.txt\tok\t0\t0\t0\t')
  })
})
