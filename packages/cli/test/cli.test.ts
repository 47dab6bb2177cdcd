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

Options:
  -f, --format <name>   parse output: csv (one row per file, a column per cell),
                        csv-long (one row per file and cell), ndjson or json
                        (full records); default: csv
  -o, --out <file>      parse: write the output to a file instead of stdout
      --bom             parse: start CSV output with a byte order mark (Excel)
  -j, --jobs <n>        worker threads; default: the number of cores
      --severity <s>    check: least severe level to print (error, warning,
                        info); default: warning
  -h, --help            print this help
  -v, --version         print the version

Folders are walked for .txt .md .markdown .docx .html .htm .shtml .xhtml
files, and for .doc .wps .pdf reports, which are listed as failed
(UNSUPPORTED_FORMAT: convert them first), skipping hidden entries and
node_modules; files named explicitly are read whatever their extension; globs
are expanded ('reports/**/*.docx').

A progress bar is shown on stderr when it is a terminal, and a summary is
printed on stderr at the end. Ctrl-C stops the batch and leaves a valid,
shorter output.

Exit codes:
  0    done (parse: failed files are rows with status failed)
  1    check: an error diagnostic or a failed file; any command: a crash
  2    bad usage, or no file to read
  130  interrupted

Examples:
  xxgk parse reports/ --out reports.csv --bom
  xxgk parse 'reports/**/*.docx' --format ndjson > reports.ndjson
  xxgk check reports/2023
  xxgk schema > report.schema.json
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

  it('should exit 2 and say what is wrong on bad usage', async () => {
    const hint = 'Run `xxgk --help` for usage.\n'
    const cases: Array<[Array<string>, string]> = [
      [[], 'xxgk: Expected a command: parse, check or schema\n'],
      [['convert', 'seeds'], 'xxgk: Unknown command `convert`: expected parse, check or schema\n'],
      [['parse'], 'xxgk: Expected files, folders or globs to parse\n'],
      [['check'], 'xxgk: Expected files, folders or globs to check\n'],
      [['parse', 'seeds', '--format', 'xlsx'], 'xxgk: Expected `--format` to be csv, csv-long, ndjson or json, got `xlsx`\n'],
      [['parse', 'seeds', '--jobs', '0'], 'xxgk: Expected `--jobs` to be a positive integer, got `0`\n'],
      [['parse', 'seeds', '--severity', 'info'], 'xxgk: `--severity` is not an option of `xxgk parse`\n'],
      [['check', 'seeds', '--format', 'csv'], 'xxgk: `--format` is not an option of `xxgk check`\n'],
      [['check', 'seeds', '--severity', 'fatal'], 'xxgk: Expected `--severity` to be error, warning or info, got `fatal`\n'],
      [['schema', 'seeds'], 'xxgk: `xxgk schema` takes no inputs\n']
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
