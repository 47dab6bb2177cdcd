import {once} from 'node:events'
import {createWriteStream} from 'node:fs'
import type {Writable} from 'node:stream'
import {finished} from 'node:stream/promises'
import {collectInputs} from './collect-inputs.js'
import type {FormattedResult} from './format-result.js'
import type {HeaderLanguage} from './header-languages.js'
import {formatFiles} from './parse-files.js'
import {createProgress} from './progress.js'
import {withStopSignal} from './stop-signal.js'
import {addToSummary, createSummary, formatSummary, type Summary} from './summary.js'
import type {CommandIo} from './types.js'
import type {OutputFormat} from './output-formats.js'
import {writeFormatted} from './write-results.js'

/** What `xxgk parse` was asked to do. */
export interface ParseCommand {
  /** Files, folders and globs. */
  inputs: Array<string>
  format: OutputFormat
  /** Output file; stdout when absent. */
  out?: string | null | undefined
  /** Worker threads; `defaultJobs(availableParallelism())` when absent. */
  jobs?: number | null | undefined
  /** Start CSV output with a byte order mark. */
  bom?: boolean | null | undefined
  /** Wide CSV and xlsx: cell ids (default) or Chinese labels as column headers. */
  headers?: HeaderLanguage | null | undefined
  /** Show no progress (the summary is still printed). */
  quiet?: boolean | null | undefined
}

/**
 * `xxgk parse`: collect the files, parse them in parallel, stream the records in path
 * order, show progress on stderr (see `progressKind`), print the summary on stderr.
 *
 * SIGINT or SIGTERM stops the batch: no new file starts, the records written so far
 * stay complete and a JSON array is closed.
 *
 * @returns The exit code: `0` done (failed files are rows of the output), `2` bad
 *   input (nothing to parse), `130` interrupted.
 */
export async function runParse(command: ParseCommand, io: CommandIo): Promise<number> {
  return withStopSignal((signal) => parseInputs(command, io, signal))
}

async function parseInputs(command: ParseCommand, io: CommandIo, signal: AbortSignal): Promise<number> {
  const files = await collectInputs(command.inputs, io, 'parse')
  if (files === 2) return 2

  let output: Writable = io.stdout
  if (command.out) {
    output = createWriteStream(command.out)
    try {
      await once(output, 'open')
    } catch (error) {
      io.stderr.write('xxgk: Cannot write `' + command.out + '`: ' + (error instanceof Error ? error.message : String(error)) + '\n')
      return 2
    }
  }
  const summary = createSummary(files.length)
  const progress = createProgress(io, files.length, {quiet: Boolean(command.quiet), outputToFile: Boolean(command.out)})
  try {
    const results = formatFiles(files, {
      format: command.format,
      jobs: command.jobs,
      signal,
      onProgress: (event) => progress.update(event)
    })
    await writeFormatted(counted(results, summary), output, {format: command.format, bom: command.bom, headers: command.headers})
  } finally {
    progress.stop()
    if (output !== io.stdout) {
      output.end()
      await finished(output)
    }
  }
  io.stderr.write(formatSummary(summary))
  return signal.aborted ? 130 : 0
}

async function* counted(results: AsyncIterable<FormattedResult>, summary: Summary): AsyncGenerator<FormattedResult> {
  for await (const item of results) {
    addToSummary(summary, item)
    yield item
  }
}
