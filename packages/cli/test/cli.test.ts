import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'

const help = `Usage: xxgk <command> [options] <files, folders or globs…>

Parse 政府信息公开工作年度报告 (annual information-disclosure reports) in text,
.docx or html into records, many files at once, in parallel.

Commands:
  parse <inputs…>       write one record per file, in path order
  check <inputs…>       print each report's diagnostics, like a linter
  schema                print the JSON Schema of a parsed record
  codebook              print what each cell column means: id, 表, row and
                        column labels, unit, template

Options:
  -f, --format <name>   parse output: csv (one row per file, a column per cell),
                        csv-long (one row per file and cell), ndjson or json
                        (full records), xlsx (an Excel workbook: the csv rows
                        and the codebook; needs --out or a redirect);
                        default: csv
                        codebook output: csv, md or json; default: csv
      --headers <lang>  parse, csv and xlsx: column headers as cell ids (id)
                        or the form's Chinese labels (zh); default: id
  -o, --out <file>      parse: write the output to a file instead of stdout
      --bom             parse: start CSV output with a byte order mark (Excel)
  -j, --jobs <n>        worker threads; 1 parses in the main thread; default:
                        1 on up to 2 cores, else one per core but one
  -q, --quiet           parse, check: no progress on stderr (the summary is
                        still printed)
      --severity <s>    check: least severe level to print (error, warning,
                        info); default: warning
      --summary         check: one row per file (status, counts by severity
                        and by rule) instead of each diagnostic
      --lang <lang>     check: messages in English (en) or Chinese (zh);
                        default: en
  -h, --help            print this help
  -v, --version         print the version

Each parsed report's status is ok (every cell read, or left blank or marked
by the report), or partial (a table missing, or cells null that could not
be read); cellsRead, cellsNull and checksFailed say how much.

Folders are walked for .txt .md .markdown .docx .pdf .html .htm .shtml .xhtml
files, and for .doc .wps reports, which are listed as failed
(UNSUPPORTED_FORMAT: save them as .docx first), skipping hidden entries and
node_modules; files named explicitly are read whatever their extension; globs
are expanded ('reports/**/*.docx').

Progress goes to stderr: a bar on a terminal, or when stderr is a log or a
pipe a plain line every 5 seconds (files done, rate, time left); a summary
is printed on stderr at the end. Ctrl-C stops the batch and leaves a valid,
shorter output.

Exit codes:
  0    done (parse: failed files are rows with status failed)
  1    check: an error diagnostic or a failed file; any command: a crash
  2    bad usage, or no file to read
  130  interrupted

Examples:
  xxgk parse reports/ --out reports.csv --bom
  xxgk parse 'reports/**/*.docx' --format ndjson > reports.ndjson
  xxgk parse reports/ --format xlsx --headers zh --out reports.xlsx
  xxgk check reports/2023
  xxgk check reports/2023 --summary --lang zh
  xxgk schema > report.schema.json
  xxgk codebook --format md > codebook.md
`

describe('xxgk', () => {
  it('should print the help with `--help`', async () => {
    expect(await runCli(['--help'])).toEqual({code: 0, signal: null, stdout: help, stderr: ''})
  })

  it('should print the help with `-h` after a command', async () => {
    expect(await runCli(['parse', '-h'])).toEqual({code: 0, signal: null, stdout: help, stderr: ''})
  })

  it('should print the version of the package with `--version`', async () => {
    const {version} = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    expect(await runCli(['--version'])).toEqual({code: 0, signal: null, stdout: version + '\n', stderr: ''})
  })

  it('should print the JSON Schema of a record with `schema`', async () => {
    const run = await runCli(['schema'])
    const schema = JSON.parse(run.stdout) as {$schema: string; oneOf: Array<{type: string; properties: Record<string, unknown>}>}
    expect(run.code).toBe(0)
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    // One record per form, told apart by `template`.
    expect(schema.oneOf.map((variant) => variant.type)).toEqual(['object', 'object'])
    expect(schema.oneOf.map((variant) => Object.keys(variant.properties))).toEqual([
      ['template', 'report', 'cells', 'diagnostics'],
      ['template', 'report', 'cells', 'diagnostics']
    ])
  })

  it('should print the codebook as CSV, markdown or JSON with `codebook`', async () => {
    const csv = await runCli(['codebook'])
    const lines = csv.stdout.split('\n')
    expect(csv.code).toBe(0)
    expect(lines.length).toBe(1 + 200 + 198 + 1)
    expect(lines).toContain('applications.otherDisposal.total,表三,收到和处理政府信息公开申请情况,三、本年度办理结果 / （六）其他处理,总计,count,2019,表三｜三、本年度办理结果 / （六）其他处理｜总计')
    expect(lines[0]).toBe('id,table,tableTitle,row,column,unit,template,header')
    expect(lines[1]).toBe(
      'activeDisclosure.regulations.made,表二,主动公开政府信息情况,第二十条第（一）项 / 规章,本年制发件数,count,2021,表二｜第二十条第（一）项 / 规章｜本年制发件数'
    )
    const md = await runCli(['codebook', '--format', 'md'])
    expect(md.stdout.split('\n').slice(0, 2)).toEqual([
      '| id | table | tableTitle | row | column | unit | template | header |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |'
    ])
    expect(md.stdout.split('\n')).toContain(
      '| applications.denied.stateSecret.research | 表三 | 收到和处理政府信息公开申请情况 | （三）不予公开 / 1.属于国家秘密 | 法人或其他组织 / 科研机构 | count | 2021 | 表三｜（三）不予公开 / 1.属于国家秘密｜法人或其他组织 / 科研机构 |'
    )
    const json = JSON.parse((await runCli(['codebook', '--format', 'json'])).stdout) as Array<Record<string, string>>
    expect(json.length).toBe(398)
    expect(json[9]).toEqual({
      id: 'activeDisclosure.fees.amount',
      table: '表二',
      tableTitle: '主动公开政府信息情况',
      row: '第二十条第（八）项 / 行政事业性收费',
      column: '本年收费金额（单位：万元）',
      unit: 'wan_yuan',
      template: '2021',
      header: '表二｜第二十条第（八）项 / 行政事业性收费｜本年收费金额（单位：万元）'
    })
    expect((await runCli(['codebook', '--bom'])).stdout).toBe('\uFEFF' + csv.stdout)
  })

  it('should exit 2 and say what is wrong on bad usage', async () => {
    const hint = 'Run `xxgk --help` for usage.\n'
    const cases: Array<[Array<string>, string]> = [
      [[], 'xxgk: Expected a command: parse, check, schema or codebook\n'],
      [['convert', 'seeds'], 'xxgk: Unknown command `convert`: expected parse, check, schema or codebook\n'],
      [['parse'], 'xxgk: Expected files, folders or globs to parse\n'],
      [['check'], 'xxgk: Expected files, folders or globs to check\n'],
      [['parse', 'seeds', '--format', 'xls'], 'xxgk: Expected `--format` to be csv, csv-long, ndjson, json or xlsx, got `xls`\n'],
      [['parse', 'seeds', '--jobs', '0'], 'xxgk: Expected `--jobs` to be a positive integer, got `0`\n'],
      [['parse', 'seeds', '--severity', 'info'], 'xxgk: `--severity` is not an option of `xxgk parse`\n'],
      [['check', 'seeds', '--format', 'csv'], 'xxgk: `--format` is not an option of `xxgk check`\n'],
      [['check', 'seeds', '--severity', 'fatal'], 'xxgk: Expected `--severity` to be error, warning or info, got `fatal`\n'],
      [['schema', 'seeds'], 'xxgk: `xxgk schema` takes no inputs\n'],
      [['codebook', 'seeds'], 'xxgk: `xxgk codebook` takes no inputs\n'],
      [['codebook', '--format', 'ndjson'], 'xxgk: Expected `--format` of `xxgk codebook` to be csv, md or json, got `ndjson`\n'],
      [['codebook', '--jobs', '2'], 'xxgk: `--jobs` is not an option of `xxgk codebook`\n'],
      [['parse', 'seeds', '--headers', 'en'], 'xxgk: Expected `--headers` to be id or zh, got `en`\n'],
      [['check', 'seeds', '--headers', 'zh'], 'xxgk: `--headers` is not an option of `xxgk check`\n'],
      [['check', 'seeds', '--lang', 'fr'], 'xxgk: Expected `--lang` to be en or zh, got `fr`\n'],
      [['parse', 'seeds', '--summary'], 'xxgk: `--summary` is not an option of `xxgk parse`\n'],
      [['codebook', '--quiet'], 'xxgk: `--quiet` is not an option of `xxgk codebook`\n']
    ]
    for (const [args, message] of cases) {
      expect(await runCli(args)).toEqual({code: 2, signal: null, stdout: '', stderr: message + hint})
    }
  })

  it('should exit 2 on an unknown option', async () => {
    const run = await runCli(['parse', 'seeds', '--colour'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.startsWith("xxgk: Unknown option '--colour'")).toBe(true)
  })
})
