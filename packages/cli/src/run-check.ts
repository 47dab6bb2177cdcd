import type {Locale} from '@xxgk/core'
import type {Severity} from '@xxgk/schema'
import {collectInputs} from './collect-inputs.js'
import {formatDiagnostic, formatFailure} from './format-diagnostic.js'
import {fileSummaryHeader, formatFileSummary} from './format-file-summary.js'
import {parseFiles} from './parse-files.js'
import {createProgress} from './progress.js'
import {readingOf} from './report-reading.js'
import {severities} from './severities.js'
import {withStopSignal} from './stop-signal.js'
import {addToSummary, createSummary, formatSummary} from './summary.js'
import type {CommandIo} from './types.js'

/** What `xxgk check` was asked to do. */
export interface CheckCommand {
  /** Files, folders and globs. */
  inputs: Array<string>
  /** Worker threads; `defaultJobs(availableParallelism())` when absent. */
  jobs?: number | null | undefined
  /** Least serious severity to print (default: `warning`). */
  severity?: Severity | null | undefined
  /** Print one row per file with its counts by rule instead of each diagnostic. */
  summary?: boolean | null | undefined
  /** Language of the messages and places: `en` (default) or `zh`. */
  locale?: Locale | null | undefined
  /** Show no progress (the summary is still printed). */
  quiet?: boolean | null | undefined
}

/**
 * `xxgk check`: parse the files and print their diagnostics on stdout like a linter,
 * `place  severity  message  ruleId` (see `formatDiagnostic`), files in path order and
 * each file's diagnostics by place; a failed file is an `error` line with its code. With
 * `summary`, one tab-separated row per file instead (see `formatFileSummary`). The
 * summary of the batch goes to stderr.
 *
 * @returns The exit code: `0` no error, `1` an `error` diagnostic or a failed file,
 *   `2` bad input, `130` interrupted.
 */
export async function runCheck(command: CheckCommand, io: CommandIo): Promise<number> {
  return withStopSignal((signal) => checkInputs(command, io, signal))
}

async function checkInputs(command: CheckCommand, io: CommandIo, signal: AbortSignal): Promise<number> {
  const files = await collectInputs(command.inputs, io, 'check')
  if (files === 2) return 2

  const shown = severities.slice(0, severities.indexOf(command.severity ?? 'warning') + 1)
  const summary = createSummary(files.length)
  const progress = createProgress(io, files.length, {quiet: Boolean(command.quiet), outputToFile: false})
  let failing = false
  if (command.summary) io.stdout.write(fileSummaryHeader + '\n')
  try {
    for await (const item of parseFiles(files, {
      jobs: command.jobs,
      signal,
      onProgress: (event) => progress.update(event)
    })) {
      addToSummary(summary, item)
      let text = ''
      if (item.status === 'failed') {
        failing = true
        text = command.summary
          ? formatFileSummary(item.file, 'failed', [{ruleId: item.error.code, severity: 'error'}]) + '\n'
          : formatFailure(item.file, item.error) + '\n'
      } else {
        const diagnostics = item.result.diagnostics
          .filter((diagnostic) => shown.includes(diagnostic.severity))
          .sort((a, b) => (a.place?.line ?? 1) - (b.place?.line ?? 1) || (a.place?.column ?? 1) - (b.place?.column ?? 1))
        if (command.summary) text = formatFileSummary(item.file, readingOf(item.result).status, diagnostics) + '\n'
        else {
          const options = {report: item.result.report, locale: command.locale}
          for (const diagnostic of diagnostics) text += formatDiagnostic(item.file, diagnostic, options) + '\n'
        }
        if (item.result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) failing = true
      }
      if (text && !io.stdout.write(text)) await new Promise((resolve) => io.stdout.once('drain', resolve))
    }
  } finally {
    progress.stop()
  }
  io.stderr.write(formatSummary(summary))
  return signal.aborted ? 130 : failing ? 1 : 0
}
