import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {cellIds, seriesCellIds} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {runCli, withoutProgress} from './run-cli.js'
import {makeTempFolder, seedNames} from './temp-folder.js'

const fileColumns = ['file', 'status', 'errorCode', 'agency', 'year', 'template', 'cellsRead', 'cellsNull', 'checksFailed', 'errors', 'warnings']
const header = [...fileColumns, ...seriesCellIds].join(',')
/** The cells of the 2021 form; the series columns after them are the 2019 form's own. */
const ids2021 = new Set<string>(cellIds)

const seedRows: Array<[name: string, agency: string, year: number]> = [
  ['000_a8104e43f552fa7c.txt', '沂源县司法局', 2024],
  ['001_f65f450d63e49374.txt', '嘉祥县司法局', 2022],
  ['003_d764aaae447f3579.txt', '卫滨区司法局', 2024],
  ['004_8e4fae53c81d4e1a.txt', '隆德县司法局', 2023]
]

/**
 * The wide CSV of the seeds: every cell 0, but 隆德's fees, 10.78 (万元); the cells only
 * the 2019 form has empty, never 0.
 */
const expectedCsv =
  [
    header,
    ...seedRows.map(([name, agency, year]) =>
      [
        'seeds/' + name,
        'ok',
        '',
        agency,
        year,
        '2021',
        200,
        0,
        0,
        0,
        0,
        ...seriesCellIds.map((id) =>
          !ids2021.has(id) ? '' : name.startsWith('004_') && id === 'activeDisclosure.fees.amount' ? '10.78' : '0'
        )
      ].join(',')
    )
  ].join('\n') + '\n'

describe('xxgk parse', () => {
  it('should print one row per seed with the 200 cells and the 26 of the 2019 form in the wide CSV', async () => {
    const run = await runCli(['parse', 'seeds', '--format', 'csv'])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(
      'file,status,errorCode,agency,year,template,cellsRead,cellsNull,checksFailed,errors,warnings,' + [...cellIds, ...seriesCellIds.slice(200)].join(',')
    )
    expect(run.stdout).toBe(expectedCsv)
    expect(withoutProgress(run.stderr)).toBe('xxgk: 4 files: 4 parsed (4 ok, 0 partial; 0 with errors, 0 with warnings), 0 failed\n')
  })

  it('should default to the wide CSV', async () => {
    const run = await runCli(['parse', 'seeds'])
    expect(run.stdout).toBe(expectedCsv)
  })

  it('should print only the summary on stderr with `--quiet`, for parse and check', async () => {
    const summary = 'xxgk: 4 files: 4 parsed (4 ok, 0 partial; 0 with errors, 0 with warnings), 0 failed\n'
    expect(await runCli(['parse', 'seeds', '--quiet'])).toEqual({code: 0, signal: null, stdout: expectedCsv, stderr: summary})
    expect(await runCli(['check', 'seeds', '-q'])).toEqual({code: 0, signal: null, stdout: '', stderr: summary})
  })

  it('should give byte-identical output with `--jobs 1` and `--jobs 2`', async () => {
    const one = await runCli(['parse', 'seeds', '--jobs', '1'])
    const two = await runCli(['parse', 'seeds', '--jobs', '2'])
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(one.stdout).toBe(expectedCsv)
  })

  it('should accept files and globs, in path order whatever the order given', async () => {
    const run = await runCli(['parse', 'seeds/004_8e4fae53c81d4e1a.txt', 'seeds/00[0-1]_*.txt', 'seeds/003_d764aaae447f3579.txt'])
    expect(run.stdout).toBe(expectedCsv)
  })

  it('should write one row per file and cell in the long CSV, with its status, raw text and place', async () => {
    const run = await runCli(['parse', 'seeds', '--format', 'csv-long'])
    const lines = run.stdout.split('\n')
    expect(run.code).toBe(0)
    expect(lines[0]).toBe('file,agency,year,template,cellId,status,value,raw,line,column,sourceTable,sourceRow,sourceColumn,page,box')
    expect(lines.length).toBe(1 + 4 * 200 + 1)
    expect(lines.at(-1)).toBe('')
    expect(lines[1]).toBe('seeds/000_a8104e43f552fa7c.txt,沂源县司法局,2024,2021,activeDisclosure.regulations.made,number,0,0,25,2,,,,,')
    expect(lines.filter((line) => line.includes(',activeDisclosure.fees.amount,') && line.startsWith('seeds/004_'))).toEqual([
      'seeds/004_8e4fae53c81d4e1a.txt,隆德县司法局,2023,2021,activeDisclosure.fees.amount,number,10.78,10.78 万元,42,9,,,,,'
    ])
    expect(lines.slice(1, -1).map((line) => line.split(',')[4])).toEqual(seedNames.flatMap(() => cellIds))
  })

  it('should read a PDF and give each of its cells its table place, page and box in the long CSV', async () => {
    const run = await runCli(['parse', 'packages/pdf/test/fixtures/conformance/large-values.pdf', '--format', 'csv-long'])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n').filter((line) => line.includes(',applications.newReceived.total,'))).toEqual([
      'packages/pdf/test/fixtures/conformance/large-values.pdf,样例市商务局,2023,2021,applications.newReceived.total,number,8281,8281,,,2,4,10,2,507.1 282.2 541.6 299.1'
    ])
  })

  it('should name the wide CSV columns with the form\'s Chinese labels with `--headers zh`', async () => {
    const run = await runCli(['parse', 'seeds', '--headers', 'zh'])
    const [head, ...rows] = run.stdout.split('\n')
    const columns = head!.split(',')
    expect(columns.slice(0, 11)).toEqual([
      '文件',
      '状态',
      '错误代码',
      '机关',
      '年度',
      '模板',
      '读出单元格数',
      '空值单元格数',
      '未通过勾稽关系数',
      '错误数',
      '警告数'
    ])
    expect(columns[11]).toBe('表二｜第二十条第（一）项 / 规章｜本年制发件数')
    expect(columns[11 + 199]).toBe('表四｜行政诉讼 / 复议后起诉｜总计')
    // After the 2021 form's 200 cells, the 26 only the 2019 form has, named by its labels.
    expect(columns.at(-1)).toBe('表三｜三、本年度办理结果 / （六）其他处理｜总计')
    expect(new Set(columns).size).toBe(11 + 226)
    expect(rows.join('\n')).toBe(expectedCsv.slice(expectedCsv.indexOf('\n') + 1))
  })

  it('should write one full record per line in NDJSON', async () => {
    const run = await runCli(['parse', 'seeds', '--format', 'ndjson'])
    const lines = run.stdout.split('\n')
    expect(lines.at(-1)).toBe('')
    const records = lines.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records.map((record) => Object.keys(record))).toEqual(
      seedNames.map(() => ['file', 'status', 'cellsRead', 'cellsNull', 'checksFailed', 'template', 'report', 'cells', 'diagnostics'])
    )
    expect(records.map((record) => [record.status, record.cellsRead, record.cellsNull, record.checksFailed])).toEqual(
      seedNames.map(() => ['ok', 200, 0, 0])
    )
    expect(records.map((record) => record.file)).toEqual(seedNames.map((name) => 'seeds/' + name))
    expect((records[3]?.cells as Record<string, number>)['activeDisclosure.fees.amount']).toBe(10.78)
  })

  it('should write one JSON array', async () => {
    const run = await runCli(['parse', 'seeds', '--format', 'json'])
    const records = JSON.parse(run.stdout) as Array<{file: string; status: string; report: {meta: {agency: string}}}>
    expect(run.stdout.startsWith('[\n{"file":"seeds/000_a8104e43f552fa7c.txt","status":"ok",')).toBe(true)
    expect(run.stdout.endsWith('}\n]\n')).toBe(true)
    expect(records.map((record) => [record.file, record.status, record.report.meta.agency])).toEqual(
      seedRows.map(([name, agency]) => ['seeds/' + name, 'ok', agency])
    )
  })

  it('should start the CSV with a byte order mark with `--bom`', async () => {
    const run = await runCli(['parse', 'seeds', '--bom'])
    expect(run.stdout).toBe('\uFEFF' + expectedCsv)
  })

  it('should write to a file with `--out`', async () => {
    const folder = await makeTempFolder()
    const out = join(folder, 'seeds.csv')
    const run = await runCli(['parse', 'seeds', '--out', out])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(await readFile(out, 'utf8')).toBe(expectedCsv)
    await rm(folder, {recursive: true})
  })
})
