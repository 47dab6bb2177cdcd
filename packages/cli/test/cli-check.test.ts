import {readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runCli, withoutProgress} from './run-cli.js'
import {makeBrokenFolder, makeTempFolder, seedNames} from './temp-folder.js'

let folder = ''

beforeAll(async () => {
  folder = await makeBrokenFolder()
})

afterAll(async () => {
  await rm(folder, {recursive: true})
})

/** `file:line:column  severity  message  ruleId` lines → [place, severity, ruleId] (messages may be reworded). */
function fields(stdout: string): Array<[string, string, string]> {
  return stdout
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      const parts = line.split('  ')
      expect(parts.length).toBeGreaterThanOrEqual(4)
      return [parts[0] as string, parts[1] as string, parts.at(-1) as string]
    })
}

describe('xxgk check', () => {
  it('should print nothing and exit 0 when no report has an error or a warning', async () => {
    const run = await runCli(['check', 'seeds'])
    expect({...run, stderr: withoutProgress(run.stderr)}).toEqual({
      code: 0,
      signal: null,
      stdout: '',
      stderr: 'xxgk: 4 files: 4 parsed (4 ok, 0 partial; 0 with errors, 0 with warnings), 0 failed\n'
    })
  })

  it('should print every diagnostic with `--severity info`, by file then place', async () => {
    const run = await runCli(['check', 'seeds', '--severity', 'info', '--jobs', '1'])
    expect(run.code).toBe(0)
    expect(fields(run.stdout)).toEqual([
      ['seeds/000_a8104e43f552fa7c.txt:2:1', 'info', 'text-debris'],
      ['seeds/000_a8104e43f552fa7c.txt:9:30', 'info', 'text-debris'],
      ['seeds/001_f65f450d63e49374.txt:6:1', 'info', 'section-unnumbered'],
      ['seeds/001_f65f450d63e49374.txt:11:1', 'info', 'text-debris'],
      ['seeds/001_f65f450d63e49374.txt:26:1', 'info', 'section-unnumbered']
    ])
  })

  it('should print a missing table and each failed file as errors and exit 1', async () => {
    const run = await runCli(['check', folder])
    expect(run.code).toBe(1)
    expect(fields(run.stdout)).toEqual([
      [folder + '/empty.txt', 'error', 'EMPTY'],
      [folder + '/sub/missing-table.txt', 'error', 'table-missing'],
      [folder + '/sub/notes.txt', 'error', 'NOT_A_REPORT'],
      [folder + '/sub/random.docx', 'error', expect.stringMatching(/^(CORRUPT_DOCX|UNSUPPORTED_FORMAT)$/)]
    ])
    expect(run.stderr.split('\n')[0]).toBe('xxgk: 8 files: 5 parsed (4 ok, 1 partial; 1 with errors, 0 with warnings), 3 failed')
  })

  it('should print warnings with the place of the value and exit 0 when there is no error', async () => {
    const report = (await readFile(join(root, 'seeds', '004_8e4fae53c81d4e1a.txt'), 'utf8')).split('\n')
    // 一、本年新收: 3 natural persons, but a 总计 of 0.
    report[48] = (report[48] as string).replace('\t\t0\t', '\t\t3\t')
    const other = await makeTempFolder()
    await writeFile(join(other, 'unbalanced.txt'), report.join('\n'))
    const run = await runCli(['check', other])
    await rm(other, {recursive: true})
    expect(run.code).toBe(0)
    expect(fields(run.stdout)).toEqual([
      [other + '/unbalanced.txt:49:19', 'warning', 'consistency-column-balance'],
      [other + '/unbalanced.txt:49:31', 'warning', 'consistency-row-total']
    ])
    expect(withoutProgress(run.stderr)).toBe('xxgk: 1 file: 1 parsed (1 ok, 0 partial; 0 with errors, 1 with warnings), 0 failed\n')
  })

  it('should exit 1 for a report with an error even without failed files', async () => {
    const run = await runCli(['check', folder + '/sub/missing-table.txt', '--severity', 'error'])
    expect(run.code).toBe(1)
    expect(fields(run.stdout)).toEqual([[folder + '/sub/missing-table.txt', 'error', 'table-missing']])
  })

  it('should print one row per file with `--summary`, and messages in Chinese with `--lang zh`', async () => {
    const summary = await runCli(['check', folder, '--summary', '--jobs', '1'])
    const rows = summary.stdout.split('\n')
    expect(summary.code).toBe(1)
    expect(rows[0]).toBe('file\tstatus\terrors\twarnings\tinfos\trules')
    expect(rows.slice(5, 8)).toEqual([
      folder + '/empty.txt\tfailed\t1\t0\t0\tEMPTY 1',
      folder + '/sub/missing-table.txt\tpartial\t1\t0\t0\ttable-missing 1',
      folder + '/sub/notes.txt\tfailed\t1\t0\t0\tNOT_A_REPORT 1'
    ])
    expect(rows.slice(1, 5)).toEqual(seedNames.map((name) => folder + '/' + name + '\tok\t0\t0\t0\t'))
    const zh = await runCli(['check', folder + '/sub/missing-table.txt', '--lang', 'zh'])
    expect(zh.stdout).toBe(
      folder + '/sub/missing-table.txt  error  表四（政府信息公开行政复议、行政诉讼情况）：未找到该统计表，其单元格均为空值  table-missing\n'
    )
  })
})
