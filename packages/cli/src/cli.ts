#!/usr/bin/env node
// Arguments are read with node:util `parseArgs` (no dependency); the help text is
// written by hand in `help.ts`, so it reads well and tests compare it exactly.
import {createRequire} from 'node:module'
import {parseArgs} from 'node:util'
import type {Severity} from '@xxgk/schema'
import type {CodebookFormat} from './format-codebook.js'
import {headerLanguages, type HeaderLanguage} from './header-languages.js'
import {helpText} from './help.js'
import {outputFormats, refuseOutput, type OutputFormat} from './output-formats.js'
import {severities} from './severities.js'

/** The options each command takes. */
const commandOptions: Record<string, ReadonlyArray<string> | undefined> = {
  parse: ['format', 'out', 'bom', 'jobs', 'headers', 'quiet'],
  check: ['jobs', 'severity', 'summary', 'lang', 'quiet'],
  schema: [],
  codebook: ['format', 'bom']
}

const io = {stdout: process.stdout, stderr: process.stderr}
// A closed pipe (`xxgk parse … | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return 0
  io.stderr.write('xxgk: ' + (error instanceof Error ? (error.stack ?? error.message) : String(error)) + '\n')
  return 1
})

async function main(args: Array<string>): Promise<number> {
  let parsed
  try {
    parsed = readArgs(args)
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  const [command, ...inputs] = positionals
  if (values.help) return print(helpText)
  if (values.version) return print(String((createRequire(import.meta.url)('../package.json') as {version: string}).version) + '\n')
  if (command === undefined) return usage('Expected a command: parse, check, schema or codebook')
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) return usage('Expected `--jobs` to be a positive integer, got `' + values.jobs + '`')
  const allowed = commandOptions[command]
  if (!allowed) return usage('Unknown command `' + command + '`: expected parse, check, schema or codebook')
  const other = Object.keys(values).find((name) => !allowed.includes(name))
  if (other) return usage('`--' + other + '` is not an option of `xxgk ' + command + '`')

  if (command === 'schema') {
    if (inputs.length > 0) return usage('`xxgk schema` takes no inputs')
    const {toJsonSchema} = await import('@xxgk/schema')
    return print(JSON.stringify(toJsonSchema(), null, 2) + '\n')
  }
  if (command === 'codebook') {
    if (inputs.length > 0) return usage('`xxgk codebook` takes no inputs')
    const format = values.format ?? 'csv'
    const {codebookEntries, codebookFormats, formatCodebook} = await import('./format-codebook.js')
    if (!codebookFormats.includes(format as CodebookFormat)) return usage('Expected `--format` of `xxgk codebook` to be csv, md or json, got `' + format + '`')
    return print(formatCodebook(codebookEntries(), format as CodebookFormat, Boolean(values.bom)))
  }
  if (inputs.length === 0) return usage('Expected files, folders or globs to ' + command)
  if (command === 'check') {
    const severity = values.severity ?? 'warning'
    if (!severities.includes(severity as Severity)) return usage('Expected `--severity` to be error, warning or info, got `' + severity + '`')
    const lang = values.lang ?? 'en'
    if (lang !== 'en' && lang !== 'zh') return usage('Expected `--lang` to be en or zh, got `' + lang + '`')
    const {runCheck} = await import('./run-check.js')
    return runCheck({inputs, jobs, severity: severity as Severity, summary: values.summary, locale: lang, quiet: values.quiet}, io)
  }
  const format = values.format ?? 'csv'
  if (!outputFormats.includes(format as OutputFormat)) return usage('Expected `--format` to be csv, csv-long, ndjson, json or xlsx, got `' + format + '`')
  const refused = refuseOutput(format as OutputFormat, values.out, Boolean(io.stdout.isTTY))
  if (refused) return usage(refused)
  const headers = values.headers ?? 'id'
  if (!headerLanguages.includes(headers as HeaderLanguage)) return usage('Expected `--headers` to be id or zh, got `' + headers + '`')
  const {runParse} = await import('./run-parse.js')
  const parse = {inputs, format: format as OutputFormat, out: values.out, jobs, bom: values.bom, headers: headers as HeaderLanguage, quiet: values.quiet}
  return runParse(parse, io)
}

function readArgs(args: Array<string>) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: {type: 'string', short: 'f'},
      out: {type: 'string', short: 'o'},
      bom: {type: 'boolean'},
      jobs: {type: 'string', short: 'j'},
      severity: {type: 'string'},
      headers: {type: 'string'},
      summary: {type: 'boolean'},
      lang: {type: 'string'},
      quiet: {type: 'boolean', short: 'q'},
      help: {type: 'boolean', short: 'h'},
      version: {type: 'boolean', short: 'v'}
    }
  })
}

function print(text: string): number {
  io.stdout.write(text)
  return 0
}

function usage(message: string): number {
  io.stderr.write('xxgk: ' + message + '\nRun `xxgk --help` for usage.\n')
  return 2
}
