import {VFile} from 'vfile'
import type {ParseResult} from '@xxgk/schema'
import {configure, labelNamesOf, type Config} from './configure.js'
import {resolveLimits} from './limits.js'
import {internalGuard} from './parse-error.js'
import {readReport} from './read-report.js'
import {diagnosticText, type Locale} from './report/diagnostic-text.js'
import {fromText} from './blocks/from-text.js'
import {checkText} from './text/check-text.js'
import type {Options, Root} from './types.js'

/**
 * Parses the text of a report into a typed, validated record.
 *
 * The pipeline: check the text → `fromText` (block tree, every table layout into the
 * one grid model) → user transforms → `readReport` (sections, meta, tables by label,
 * consistency checks) → `{report, cells, diagnostics}`.
 *
 * @throws {ParseError} when the input is unusable as a whole (empty, binary,
 *   mis-decoded, too large, not a report); never for anything a report contains.
 * @example
 *   const {report, cells, diagnostics} = parseReport(text)
 *   report.meta.agency // '沂源县司法局'
 *   cells['applications.newReceived.total'] // 0
 */
export function parseReport(text: string, options: Options = {}): ParseResult {
  const limits = resolveLimits(options.limits)
  checkText(text, limits)
  const file = new VFile({value: text, path: options.path ?? undefined})
  const config = configure(options.extensions ?? [])
  return inLocale(internalGuard(() => runTree(fromText(text, file, limits, labelNamesOf(config)), file, config)), options.locale)
}

/**
 * Parses a block tree made by an adapter (docx, html) or by a user's own reader: the
 * same recognition, mapping and checks as `parseReport`, without the text stage.
 */
export function parseTree(tree: Root, options: Options = {}, file = new VFile({path: options.path ?? undefined})): ParseResult {
  return inLocale(internalGuard(() => runTree(tree, file, configure(options.extensions ?? []))), options.locale)
}

/** The result with its messages rendered in a language; English is how they are made. */
function inLocale(result: ParseResult, locale: Locale | null | undefined): ParseResult {
  if (!locale || locale === 'en') return result
  for (const diagnostic of result.diagnostics) diagnostic.message = diagnosticText(diagnostic, locale)
  return result
}

function runTree(tree: Root, file: VFile, config: Config): ParseResult {
  let current = tree
  for (const transform of config.transforms) current = transform(current, file) ?? current
  return readReport(current, file, config)
}

