import {copyFile, rm, writeFile} from 'node:fs/promises'
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

describe('xxgk parse with bad files', () => {
  it('should keep going, give each bad file a failed row with its code, and exit 0', async () => {
    const run = await runCli(['parse', folder, '--jobs', '2'])
    const rows = run.stdout
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split(',').slice(0, 11))
    expect(run.code).toBe(0)
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ...seedNames.map((name) => [folder + '/' + name, 'ok', '']),
      [folder + '/empty.txt', 'failed', 'EMPTY'],
      [folder + '/sub/missing-table.txt', 'partial', ''],
      [folder + '/sub/notes.txt', 'failed', 'NOT_A_REPORT'],
      [folder + '/sub/random.docx', 'failed', expect.stringMatching(/^(CORRUPT_DOCX|UNSUPPORTED_FORMAT)$/)]
    ])
    // A failed row has every field after its code empty; the report without 表四 is partial: its 15 cells null, one error.
    expect(run.stdout.split('\n')[5]).toBe(folder + '/empty.txt,failed,EMPTY' + ','.repeat(8 + 226))
    expect(rows[5]).toEqual([folder + '/sub/missing-table.txt', 'partial', '', '卫滨区司法局', '2024', '2021', '185', '15', '0', '1', '0'])
  })

  it('should count parsed, failed and failed by reason in the summary on stderr', async () => {
    const run = await runCli(['parse', folder, '--format', 'ndjson'])
    const code = JSON.parse(run.stdout.split('\n')[7] as string).error.code as string
    expect(withoutProgress(run.stderr)).toBe(
      'xxgk: 8 files: 5 parsed (4 ok, 1 partial; 1 with errors, 0 with warnings), 3 failed\n' +
        'xxgk: failed by reason: ' +
        (code === 'CORRUPT_DOCX' ? 'CORRUPT_DOCX 1, EMPTY 1, NOT_A_REPORT 1' : 'EMPTY 1, NOT_A_REPORT 1, UNSUPPORTED_FORMAT 1') +
        '\n'
    )
  })

  it('should give failed records in JSON their code and message', async () => {
    const run = await runCli(['parse', folder, '--format', 'json', '--jobs', '1'])
    const records = JSON.parse(run.stdout) as Array<{file: string; status: string; error?: {code: string; message: string}}>
    expect(records.length).toBe(8)
    expect(records[4]).toEqual({file: folder + '/empty.txt', status: 'failed', error: {code: 'EMPTY', message: expect.any(String)}})
  })

  it('should leave failed files out of the long CSV', async () => {
    const run = await runCli(['parse', folder, '--format', 'csv-long'])
    expect(run.stdout.split('\n').length).toBe(1 + 5 * 200 + 1)
  })

  it('should read a file named explicitly whatever its extension', async () => {
    const run = await runCli(['parse', folder + '/sub/random.docx', folder + '/' + seedNames[0]])
    expect(run.stdout.split('\n').map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      'file,status',
      folder + '/' + seedNames[0] + ',ok',
      folder + '/sub/random.docx,failed',
      ''
    ])
  })

  it('should list reports in formats it cannot read, found in a folder, as failed rows counted in the summary', async () => {
    const mixed = await makeTempFolder()
    try {
      await copyFile(join(root, 'seeds', seedNames[0]!), join(mixed, seedNames[0]!))
      await writeFile(join(mixed, 'old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]))
      await writeFile(join(mixed, 'scan.pdf'), '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n')
      await writeFile(join(mixed, 'sheet.xlsx'), 'not a report')
      const run = await runCli(['parse', mixed])
      expect(run.stdout.split('\n').map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
        'file,status,errorCode',
        mixed + '/' + seedNames[0] + ',ok,',
        mixed + '/old.doc,failed,UNSUPPORTED_FORMAT',
        mixed + '/scan.pdf,failed,CORRUPT_PDF',
        ''
      ])
      expect(withoutProgress(run.stderr)).toBe('xxgk: 3 files: 1 parsed (1 ok, 0 partial; 0 with errors, 0 with warnings), 2 failed\nxxgk: failed by reason: CORRUPT_PDF 1, UNSUPPORTED_FORMAT 1\n')
    } finally {
      await rm(mixed, {recursive: true})
    }
  })

  it('should exit 2 without output when an input does not exist', async () => {
    const run = await runCli(['parse', 'seeds', 'no-such-folder'])
    expect(run).toEqual({code: 2, signal: null, stdout: '', stderr: 'xxgk: No such file or folder: `no-such-folder`\n'})
  })

  it('should exit 2 when the `--out` file cannot be written', async () => {
    const run = await runCli(['parse', 'seeds', '--out', folder + '/no-such-folder/out.csv'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.startsWith('xxgk: Cannot write `' + folder + '/no-such-folder/out.csv`: ENOENT')).toBe(true)
  })

  it('should exit 2 without output when a glob matches nothing', async () => {
    const run = await runCli(['parse', 'seeds/*.pdf'])
    expect(run).toEqual({code: 2, signal: null, stdout: '', stderr: 'xxgk: No files match `seeds/*.pdf`\n'})
  })
})
