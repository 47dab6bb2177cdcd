import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {cellIds, seriesCellIds} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'
import {makeTempFolder, seedNames} from './temp-folder.js'

const header = ['file', 'status', 'errorCode', 'agency', 'year', 'template', 'errors', 'warnings', ...seriesCellIds].join(',')
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
      'file,status,errorCode,agency,year,template,errors,warnings,' + [...cellIds, ...seriesCellIds.slice(200)].join(',')
    )
    expect(run.stdout).toBe(expectedCsv)
    expect(run.stderr).toBe('xxgk: 4 files: 4 parsed (0 with errors, 0 with warnings), 0 failed\n')
  })

  it('should default to the wide CSV', async () => {
    const run = await runCli(['parse', 'seeds'])
    expect(run.stdout).toBe(expectedCsv)
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

  it('should write one row per file and cell in the long CSV, with the place of each value', async () => {
    const run = await runCli(['parse', 'seeds', '--format', 'csv-long'])
    const lines = run.stdout.split('\n')
    expect(run.code).toBe(0)
    expect(lines[0]).toBe('file,cellId,value,line,column')
    expect(lines.length).toBe(1 + 4 * 200 + 1)
    expect(lines.at(-1)).toBe('')
    expect(lines[1]).toBe('seeds/000_a8104e43f552fa7c.txt,activeDisclosure.regulations.made,0,25,2')
    expect(lines.filter((line) => line.startsWith('seeds/004_8e4fae53c81d4e1a.txt,activeDisclosure.fees.amount,'))).toEqual([
      'seeds/004_8e4fae53c81d4e1a.txt,activeDisclosure.fees.amount,10.78,42,9'
    ])
    expect(lines.slice(1, -1).map((line) => line.split(',')[1])).toEqual(seedNames.flatMap(() => cellIds))
  })

  it('should write one full record per line in NDJSON', async () => {
    const run = await runCli(['parse', 'seeds', '--format', 'ndjson'])
    const lines = run.stdout.split('\n')
    expect(lines.at(-1)).toBe('')
    const records = lines.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records.map((record) => Object.keys(record))).toEqual(
      seedNames.map(() => ['file', 'status', 'template', 'report', 'cells', 'diagnostics'])
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
