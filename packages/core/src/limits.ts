import type {Limits} from './types.js'

/** Default input limits: far above any real report, low enough to refuse hostile input fast. */
export const defaultLimits: Limits = {
  maxChars: 32 * 1024 * 1024,
  maxLines: 500_000,
  maxLineLength: 200_000,
  maxTableCells: 20_000
}

/** Defaults with the given overrides. */
export function resolveLimits(overrides: Partial<Limits> | null | undefined): Limits {
  return {...defaultLimits, ...overrides}
}
