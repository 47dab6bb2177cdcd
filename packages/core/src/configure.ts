import {template2021, templates, type Template} from '@xxgk/schema'
import {defaults} from './defaults.js'
import {LabelMatcher} from './template/match-label.js'
import type {LabelNames} from './grid/from-space-aligned.js'
import type {Check, Extension, Transform} from './types.js'

/** Everything the parser knows, built-ins and extensions merged. */
export interface Config {
  labels: Record<string, Array<string>>
  checks: Array<Check>
  transforms: Array<Transform>
}

/**
 * Merges the built-ins and users' extensions, in order, into one config; names listed
 * in any `disable` are removed from checks and transforms (by `Check.name` or the
 * transform function's `name`).
 */
export function configure(extensions: ReadonlyArray<Extension> = []): Config {
  if (extensions.length === 0) return (builtIn ??= build([]))
  return build(extensions)
}

/** The built-ins alone, built once: most calls pass no extension. */
let builtIn: Config | undefined

function build(extensions: ReadonlyArray<Extension>): Config {
  const config: Config = {labels: {}, checks: [], transforms: []}
  const disabled = new Set<string>()
  for (const extension of [defaults, ...extensions]) {
    for (const [id, spellings] of Object.entries(extension.labels ?? {})) {
      config.labels[id] = [...(config.labels[id] ?? []), ...spellings]
    }
    if (extension.checks) config.checks.push(...extension.checks)
    if (extension.transforms) config.transforms.push(...extension.transforms)
    for (const name of extension.disable ?? []) disabled.add(name)
  }
  if (disabled.size > 0) {
    config.checks = config.checks.filter((check) => !disabled.has(check.name))
    config.transforms = config.transforms.filter((transform) => !disabled.has(transform.name))
  }
  return config
}

const matchers = new WeakMap<Config, Map<Template, LabelMatcher>>()

/**
 * The label matcher of a config for a template, built once per config and template (it
 * indexes every label of the template and of the extensions, and keeps the answers it gives).
 */
export function labelMatcherOf(config: Config, template: Template = template2021): LabelMatcher {
  let byTemplate = matchers.get(config)
  if (!byTemplate) matchers.set(config, (byTemplate = new Map()))
  let matcher = byTemplate.get(template)
  if (!matcher) {
    matcher = new LabelMatcher(config.labels, template)
    byTemplate.set(template, matcher)
  }
  return matcher
}

const names = new WeakMap<Config, LabelNames>()

/**
 * What a config's labels (the forms' own and its extensions' spellings) say of a text, for
 * the readers that can only tell where a label ends by the label itself; built once per config.
 */
export function labelNamesOf(config: Config): LabelNames {
  let known = names.get(config)
  if (!known) {
    const matchers = templates.map((template) => labelMatcherOf(config, template))
    known = {
      namesAnything: (text) => matchers.some((matcher) => matcher.lookup(text).length > 0),
      namesOneRow: (text) =>
        matchers.some((matcher) => {
          const targets = matcher.lookup(text)
          return targets.length === 1 && targets[0]!.kind === 'row'
        })
    }
    names.set(config, known)
  }
  return known
}
