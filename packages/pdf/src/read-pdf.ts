import {extractPdf} from './engine.js'
import {readPdfIsolated} from './isolated.js'
import type {PdfLimits} from './limits.js'
import {unpack, type PdfContent} from './packed.js'

/** Where the PDF engine runs. */
export interface EngineOptions {
  /**
   * Run the engine in a worker thread of its own (default `true`), where
   * `limits.maxMilliseconds` is a hard deadline: the thread is terminated when it passes,
   * even inside one engine call. `false` runs it in the calling thread (for runtimes
   * without `node:worker_threads`), where that limit is only checked after each page, so
   * one hostile page can hold the thread for as long as the engine takes on it.
   */
  isolate?: boolean | null | undefined
}

/**
 * Reads every page of a PDF into glyphs (with boxes and font sizes) and the straight
 * lines drawn on it (stroked segments, and filled rectangles thin enough to be lines):
 * the engine's whole output, in page points from the top left.
 *
 * @throws {ParseError} `ENCRYPTED` (a password is needed to open it), `CORRUPT_PDF`
 *   (not a readable PDF), `TOO_LARGE` (over `limits`, past `limits.maxMilliseconds`, or
 *   past the engine's 2 GiB of memory), `INTERNAL` (the engine's thread cannot start).
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits, options: EngineOptions = {}): Promise<PdfContent> {
  if (options.isolate === false) return unpack(await extractPdf(bytes, limits))
  return readPdfIsolated(bytes, limits)
}
