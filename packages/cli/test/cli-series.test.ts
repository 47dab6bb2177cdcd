import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {cellIds, cellIds2019, seriesCellIds} from '@xxgk/schema'
import {fixtureReport, renderDocx, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'
import {makeTempFolder} from './temp-folder.js'

describe('xxgk parse of a folder of both forms', () => {
  it('should write one series CSV: the union of both forms’ cells, a `template` column, cells a form lacks empty', async () => {
    const folder = await makeTempFolder()
    const report2019 = fixtureReport(31, {template: '2019', year: 2020})
    const report2021 = fixtureReport(32, {year: 2021})
    await writeFile(join(folder, 'a-2020.txt'), renderText(report2019, 'tab-rows'))
    await writeFile(join(folder, 'b-2020.docx'), renderDocx(report2019))
    await writeFile(join(folder, 'c-2021.txt'), renderText(report2021, 'tab-rows'))
    const run = await runCli(['parse', folder, '--format', 'csv'])
    expect(run.code).toBe(0)
    const [header, ...rows] = run.stdout.trimEnd().split('\n').map((line) => line.split(','))
    expect(header).toEqual(['file', 'status', 'errorCode', 'agency', 'year', 'template', 'cellsRead', 'cellsNull', 'checksFailed', 'errors', 'warnings', ...seriesCellIds])
    const byColumn = (row: Array<string>) => Object.fromEntries(header!.map((column, index) => [column, row[index]]))
    const records = rows.map(byColumn)
    expect(records.map((record) => [record.template, record.year, record.status, record.warnings])).toEqual([
      ['2019', '2020', 'ok', '0'],
      ['2019', '2020', 'ok', '0'],
      ['2021', '2021', 'ok', '0']
    ])
    for (const record of records.slice(0, 2)) {
      for (const id of cellIds2019) expect(record[id], id).toBe(String(report2019.cells[id]!.toString()))
      for (const id of cellIds.filter((id) => !(cellIds2019 as ReadonlyArray<string>).includes(id))) expect(record[id], id).toBe('')
    }
    const of2021 = records[2]!
    for (const id of cellIds) expect(of2021[id], id).toBe(String(report2021.cells[id]))
    for (const id of seriesCellIds.slice(200)) expect(of2021[id], id).toBe('')
  })
})
