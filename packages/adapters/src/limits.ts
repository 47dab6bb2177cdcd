import {defaultLimits, type Limits} from '@xxgk/core'
import type {AdapterLimits, AdapterOptions} from './types.js'

const mebibyte = 1024 * 1024

/**
 * Default limits of the .docx reader: far above any real report (the largest seen are
 * a few MiB, their document.xml compresses about 10:1), low enough to refuse a bomb
 * before it costs memory.
 */
export const defaultDocxLimits: Limits & AdapterLimits = {
  ...defaultLimits,
  maxBytes: 64 * mebibyte,
  maxEntries: 2000,
  maxEntryBytes: 64 * mebibyte,
  maxRatio: 200,
  maxElements: 100_000
}

/** Default limits of the html and text readers (same as the .docx reader but `maxBytes`). */
export const defaultHtmlLimits: Limits & AdapterLimits = {
  ...defaultDocxLimits,
  maxBytes: 32 * mebibyte
}

/**
 * The limits in force: the defaults of a reader with the user's overrides.
 *
 * @example
 *   resolveAdapterLimits(defaultDocxLimits, {limits: {maxEntries: 50}}).maxEntries // 50
 */
export function resolveAdapterLimits(
  defaults: Limits & AdapterLimits,
  options: AdapterOptions | null | undefined
): Limits & AdapterLimits {
  const result = {...defaults}
  for (const [key, value] of Object.entries(options?.limits ?? {})) {
    // Skip `undefined` overrides, so `{maxBytes: undefined}` keeps the default.
    if (typeof value === 'number') (result as Record<string, number>)[key] = value
  }
  return result
}
