import {defaultLimits, type Limits} from '@xxgk/core'

/**
 * Limits on a PDF, checked before and while it is read. A report is 3–30 pages of a few
 * thousand characters and a few hundred drawn lines each; these are far above that and
 * low enough to refuse a hostile file within seconds. An input over any of them is
 * refused with `ParseError` `TOO_LARGE`.
 */
export interface PdfLimits {
  /** Bytes of the file (default 64 MiB). */
  maxBytes: number
  /** Pages (default 500). */
  maxPages: number
  /** Characters on one page (default 100,000). */
  maxGlyphsPerPage: number
  /** Drawn objects on one page, counted into forms (default 200,000). */
  maxObjectsPerPage: number
  /**
   * Time to read the document in the engine (default 20,000 ms): a hard deadline in the
   * engine's thread, which is terminated when it passes, even inside one engine call; with
   * `isolate: false`, checked after each page.
   */
  maxMilliseconds: number
}

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
