import {spawnSync} from 'node:child_process'
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import ExcelJS from 'exceljs'
import {cellIds, cellIds2019, seriesCellIds} from '@xxgk/schema'
import {fixtureReport, renderDocx, renderText} from '@xxgk/testkit'
import {beforeAll, describe, expect, it} from 'vitest'
import {codebookColumns, codebookEntries, csvFileColumns, wideHeader} from '../src/index.js'
import {refuseOutput} from '../src/output-formats.js'
import {binary, root, runCli, withoutProgress} from './run-cli.js'
import {makeTempFolder} from './temp-folder.js'

type Cell = ExcelJS.CellValue

/** Every row of a sheet as its cells' values, `columns` wide (an empty cell is `null`). */
function rowsOf(sheet: ExcelJS.Worksheet, columns: number): Array<Array<Cell>> {
  return Array.from({length: sheet.rowCount}, (_, row) => Array.from({length: columns}, (_, column) => sheet.getRow(row + 1).getCell(column + 1).value))
}

async function readWorkbook(source: string | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  if (typeof source === 'string') await workbook.xlsx.readFile(source)
  else await workbook.xlsx.load(source as unknown as ArrayBuffer)
  return workbook
}

const report2019 = fixtureReport(31, {template: '2019', year: 2020})
const report2021 = fixtureReport(32, {year: 2021})
const width = csvFileColumns.length + seriesCellIds.length
let folder = ''
let out = ''

beforeAll(async () => {
  folder = await makeTempFolder()
  out = await makeTempFolder()
  await writeFile(join(folder, 'a-2020.txt'), renderText(report2019, 'tab-rows'))
  await writeFile(join(folder, 'b-2021.docx'), renderDocx(report2021))
  await writeFile(join(folder, 'c-empty.txt'), '')
})

describe('xxgk parse --format xlsx', () => {
  it('should write a sheet of records, numbers as numbers and nulls empty, and the codebook, with 1 and 2 jobs', async () => {
    for (const jobs of ['1', '2']) {
      const path = join(out, 'reports-' + jobs + '.xlsx')
      const run = await runCli(['parse', folder, '--format', 'xlsx', '--out', path, '--jobs', jobs])
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toBe('')
      const workbook = await readWorkbook(path)
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['records', 'codebook'])

      const [header, of2019, of2021, empty] = rowsOf(workbook.getWorksheet('records')!, width)
      expect(workbook.getWorksheet('records')!.rowCount).toBe(4)
      expect(header).toEqual([...csvFileColumns, ...seriesCellIds])
      expect(of2019!.slice(0, 11)).toEqual([join(folder, 'a-2020.txt'), 'ok', null, report2019.agency, 2020, '2019', 198, 0, 0, 0, 0])
      expect(of2021!.slice(0, 11)).toEqual([join(folder, 'b-2021.docx'), 'ok', null, report2021.agency, 2021, '2021', 200, 0, 0, 0, 0])
      const cellsOf = (row: Array<Cell>) => Object.fromEntries(seriesCellIds.map((id, index) => [id, row[11 + index]]))
      const only2019 = new Set<string>(cellIds2019)
      expect(cellsOf(of2019!)).toEqual(Object.fromEntries(seriesCellIds.map((id) => [id, only2019.has(id) ? report2019.cells[id] : null])))
      const of2021Cells = new Set<string>(cellIds)
      expect(cellsOf(of2021!)).toEqual(Object.fromEntries(seriesCellIds.map((id) => [id, of2021Cells.has(id) ? report2021.cells[id] : null])))
      expect(empty).toEqual([join(folder, 'c-empty.txt'), 'failed', 'EMPTY', ...Array.from({length: width - 3}, () => null)])

      const codebook = rowsOf(workbook.getWorksheet('codebook')!, codebookColumns.length)
      expect(codebook.length).toBe(1 + 200 + 198)
      expect(codebook[0]).toEqual([...codebookColumns])
      expect(codebook.slice(1)).toEqual(codebookEntries().map((entry) => codebookColumns.map((column) => entry[column])))
      expect(codebook[1]).toEqual([
        'activeDisclosure.regulations.made',
        '表二',
        '主动公开政府信息情况',
        '第二十条第（一）项 / 规章',
        '本年制发件数',
        'count',
        '2021',
        '表二｜第二十条第（一）项 / 规章｜本年制发件数'
      ])
      expect(withoutProgress(run.stderr)).toBe('xxgk: 3 files: 2 parsed (2 ok, 0 partial; 0 with errors, 0 with warnings), 1 failed\nxxgk: failed by reason: EMPTY 1\n')
    }
  })

  it('should name the columns in Chinese with --headers zh', async () => {
    const path = join(out, 'zh.xlsx')
    expect((await runCli(['parse', folder, '--format', 'xlsx', '--headers', 'zh', '--out', path])).code).toBe(0)
    const [header] = rowsOf((await readWorkbook(path)).getWorksheet('records')!, width)
    expect(header).toEqual(wideHeader('zh'))
    expect(header!.slice(0, 3)).toEqual(['文件', '状态', '错误代码'])
    expect(header![11]).toBe('表二｜第二十条第（一）项 / 规章｜本年制发件数')
  })

  it('should write the workbook to stdout when stdout is a pipe or a file', async () => {
    const run = spawnSync(process.execPath, [binary, 'parse', 'seeds', '--format', 'xlsx'], {cwd: root})
    expect(run.status).toBe(0)
    const [header, first] = rowsOf((await readWorkbook(run.stdout)).getWorksheet('records')!, width)
    expect(header![0]).toBe('file')
    expect(first!.slice(0, 11)).toEqual(['seeds/000_a8104e43f552fa7c.txt', 'ok', null, '沂源县司法局', 2024, '2021', 200, 0, 0, 0, 0])
  })

  it('should refuse to write the workbook to a terminal', () => {
    const message = '`--format xlsx` writes a binary workbook: give `--out FILE.xlsx`, or redirect stdout to a file'
    expect(refuseOutput('xlsx', undefined, true)).toBe(message)
    expect(refuseOutput('xlsx', 'a.xlsx', true)).toBeUndefined()
    expect(refuseOutput('xlsx', undefined, false)).toBeUndefined()
    expect(refuseOutput('csv', undefined, true)).toBeUndefined()
  })
})
