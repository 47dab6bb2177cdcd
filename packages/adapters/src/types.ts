import type {Limits, Options, PdfLimits} from '@xxgk/core'

/**
 * Limits on binary inputs, checked before and while they are unpacked. An input over
 * any of them is refused with a `ParseError`: `TOO_LARGE` for `maxBytes`, `ZIP_BOMB`
 * for the others.
 */
export interface AdapterLimits {
  /** Bytes of the input file (default 64 MiB for .docx, 32 MiB for html and text). */
  maxBytes: number
  /** Entries in a .docx zip (default 2000). */
  maxEntries: number
  /** Uncompressed bytes of one .docx part that is read (default 64 MiB). */
  maxEntryBytes: number
  /** Uncompressed ÷ compressed bytes, of the whole zip and of each part read (default 200). */
  maxRatio: number
  /**
   * Start tags in an html page (default 100,000; a report page has a few thousand):
   * counted before the page is parsed, since a parse tree costs far more than its text.
   */
  maxElements: number
}

/** Options of the adapters: the core's options, with the adapters' limits added. */
export interface AdapterOptions extends Options {
  /** Limits on the input: the core's (`maxTableCells`, `maxChars`…) and the adapters'. */
  limits?: Partial<Limits & AdapterLimits> | null | undefined
}

/** Options of `parseBytes`: the adapters' options and the file's name, for dispatch. */
export interface ParseBytesOptions extends Omit<AdapterOptions, 'limits'> {
  /**
   * Limits on the input: the core's, the adapters' and, for a PDF, those of `@xxgk/pdf`
   * (`maxPages`, `maxMilliseconds`…), passed on to the reader the file goes to.
   */
  limits?: Partial<Limits & AdapterLimits & PdfLimits> | null | undefined
  /** Name of the file (`report.docx`); its extension is used when the bytes do not say. */
  filename?: string | null | undefined
  /**
   * PDFs only, passed to `parsePdf` of `@xxgk/pdf`: `false` runs the PDF engine in the
   * calling thread instead of a worker thread of its own, where `limits.maxMilliseconds`
   * is a hard deadline (default `true`).
   */
  isolate?: boolean | null | undefined
}

/** What `detectFormat` finds a file to be. */
export type DetectedFormat = 'docx' | 'html' | 'text' | 'doc' | 'pdf' | 'unknown'
