import {defaultLimits, type Limits, type PdfLimits} from '@xxgk/core'

export type {PdfLimits}

const mebibyte = 1024 * 1024

export const defaultPdfLimits: Limits & PdfLimits = {
  ...defaultLimits,
  maxBytes: 64 * mebibyte,
  maxPages: 500,
  maxGlyphsPerPage: 100_000,
  maxObjectsPerPage: 200_000,
  maxMilliseconds: 20_000
}

/** The limits in force: the defaults with the user's overrides (`undefined` keeps a default). */
export function resolvePdfLimits(overrides: Partial<Limits & PdfLimits> | null | undefined): Limits & PdfLimits {
  const result = {...defaultPdfLimits}
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === 'number') (result as Record<string, number>)[key] = value
  }
  return result
}
