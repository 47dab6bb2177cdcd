import type {ParseResult} from '@xxgk/schema'
import type {Plugin} from 'unified'
import type {Node} from 'unist'
import {configure, labelNamesOf} from './configure.js'
import {resolveLimits} from './limits.js'
import {readReport} from './read-report.js'
import {checkText} from './text/check-text.js'
import {fromText} from './blocks/from-text.js'
import type {Options, Root} from './types.js'

declare module 'unified' {
  interface CompileResultMap {
    ParseResult: ParseResult
  }
}

/**
 * unified plugin: parse report text into the block tree (`Root`), the same as the first
 * stage of `parseReport`. Transformers added with `.use()` after it see that tree.
 *
 * @example
 *   const file = await unified().use(xxgkParse).use(myPlugin).use(xxgkReport).process(text)
 *   file.result // {report, cells, diagnostics}
 */
export const xxgkParse: Plugin<[Options?], string, Root> = function (options) {
  const limits = resolveLimits(options?.limits)
  const labels = labelNamesOf(configure(options?.extensions ?? []))
  this.parser = (document, file) => {
    checkText(document, limits)
    return fromText(document, file, limits, labels) as Root & Node
  }
}

/**
 * unified plugin: compile the block tree into the typed record: sections, meta, tables
 * by label, consistency checks. Diagnostics are also on `file.messages`.
 */
export const xxgkReport: Plugin<[Options?], Root, ParseResult> = function (options) {
  const config = configure(options?.extensions ?? [])
  this.compiler = (tree, file) => readReport(tree as Root, file, config)
}
