import {configure, isParseError, labelNamesOf, pagesToTree, ParseError, parseTree, report, type Options, type PageContent, type Root} from '@xxgk/core'
import type {ParseResult, RuleId} from '@xxgk/schema'
import {VFile} from 'vfile'
import {resolvePdfLimits, type PdfLimits} from './limits.js'
import {readPdf, type EngineOptions} from './read-pdf.js'

/** Options of `parsePdf`: the core's options, with the PDF limits and where the engine runs added. */
export interface PdfOptions extends Options, EngineOptions {
  limits?: Partial<NonNullable<Options['limits']> & PdfLimits> | null | undefined
}

/** `%PDF-` must start within this many bytes (some producers put junk before it). */
const headerWindow = 1024

/**
 * Reads a PDF into the block tree the core parses: the tables drawn with borders into
 * the grid model (each cell with its `page` and `box`), the text around them into
 * paragraphs in reading order, page numbers and running heads dropped. Given a `file`,
 * what was dropped or could not be read is reported on it, naming the page.
 *
 * @throws {ParseError} `INVALID_INPUT`, `EMPTY`, `TOO_LARGE`, `CORRUPT_PDF`, `ENCRYPTED`,
 *   `NO_TEXT_LAYER`.
 * @example
 *   const tree = await pdfToTree(new Uint8Array(await readFile('report.pdf')))
 *   tree.children.filter((block) => block.type === 'table').length // 3
 */
export async function pdfToTree(bytes: Uint8Array, options: PdfOptions = {}, file?: VFile): Promise<Root> {
  if (!(bytes instanceof Uint8Array)) throw new ParseError('INVALID_INPUT', 'Expected the bytes of a PDF (a `Uint8Array`)')
  const limits = resolvePdfLimits(options.limits)
  if (bytes.length === 0) throw new ParseError('EMPTY', 'The PDF is empty (0 bytes)')
  if (bytes.length > limits.maxBytes) {
    throw new ParseError('TOO_LARGE', 'The PDF has ' + bytes.length + ' bytes, more than `limits.maxBytes` (' + limits.maxBytes + ')')
  }
  if (!hasHeader(bytes)) throw new ParseError('CORRUPT_PDF', 'The file does not begin with `%PDF-`: it is not a PDF')
  let content
  try {
    content = await readPdf(bytes, limits, {isolate: options.isolate})
  } catch (error) {
    if (isParseError(error)) throw error
    throw new ParseError('CORRUPT_PDF', 'The PDF cannot be read: ' + (error instanceof Error ? error.message : String(error)), {cause: error})
  }
  const glyphCount = content.pages.reduce((sum, page) => sum + page.glyphs.length, 0)
  if (glyphCount === 0) {
    const images = content.images.reduce((sum, count) => sum + count, 0)
    throw new ParseError('NO_TEXT_LAYER', images > 0
      ? 'The PDF has no text layer: its ' + content.pages.length + ' page(s) hold only images (' + images + '), a scan; run OCR on it first'
      : 'The PDF has no text on any of its ' + content.pages.length + ' page(s)')
  }
  const reading = pagesToTree(content.pages, undefined, labelNamesOf(configure(options.extensions ?? [])))
  if (file) {
    const perPage = (counts: ReadonlyArray<number>, ruleId: RuleId, severity: 'info' | 'warning', what: (count: number, page: PageContent) => string) => {
      for (const [index, count] of counts.entries()) {
        const page = content.pages[index]!
        if (count > 0) report(file, ruleId, 'Page ' + page.number + ': ' + what(count, page), {place: undefined, severity, actual: String(count)})
      }
    }
    perPage(content.unmapped, 'pdf-unmapped-glyphs', 'warning', (count, page) =>
      count + ' of ' + page.glyphs.length + ' characters use a font that maps them to no text; they are read as `\uFFFD`, so labels and numbers holding them stay unread')
    perPage(content.turns, 'pdf-text-turned', 'info', (turn) =>
      'its text runs ' + turnWords[turn] + ' from the page as shown; read turned so that it runs left to right')
    perPage(content.aside, 'pdf-glyphs-aside', 'warning', (count) =>
      count + ' character(s) set at an angle to the page\'s text (a watermark, a stamp, a line set sideways) were left out')
    perPage(reading.stamps, 'pdf-glyphs-stamp', 'warning', (count) =>
      count + ' character(s) far larger than the text they are drawn over or the table cell they stand in (a watermark, a stamp) were left out')
    perPage(content.hidden, 'pdf-glyphs-hidden', 'warning', (count) =>
      count + ' character(s) the page draws but does not show (invisible over its shown text, clipped away, or wholly beyond its crop box) were left out')
    perPage(reading.unruledRows, 'pdf-unruled-table', 'warning', (rows) =>
      rows + ' line(s) of numbers stand in no table whose borders part its rows; they were read from the places of their words, as space-aligned text, and a cell that cannot be placed for certain is null')
    const dropped = reading.furniture.reduce((sum, count) => sum + count, 0)
    if (dropped > 0) {
      const pages = reading.furniture.flatMap((count, index) => (count > 0 ? [content.pages[index]!.number] : []))
      report(file, 'pdf-page-furniture', dropped + ' line(s) of page numbers or running heads dropped (pages ' + pages.join(', ') + ')', {
        place: undefined,
        severity: 'info',
        actual: String(dropped)
      })
    }
  }
  return reading.tree
}

/**
 * Parses a PDF report into a typed, validated record: `pdfToTree` then the core's
 * recognition, mapping and checks (`parseTree`). Same result shape as `parseReport` and
 * `parseDocx`; values read from a table carry `source: {table, row, column, page, box}`,
 * the box in points from the page's top left.
 *
 * @throws {ParseError} the only error it throws: every code of `pdfToTree`, and
 *   `NOT_A_REPORT` when the document has no section heading and no template table.
 * @example
 *   const {report, cells} = await parsePdf(new Uint8Array(await readFile('report.pdf')))
 *   cells['applications.newReceived.total'] // 12
 */
export async function parsePdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ParseResult> {
  const file = new VFile({path: options.path ?? undefined})
  const tree = await pdfToTree(bytes, options, file)
  return parseTree(tree, options, file)
}

function hasHeader(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, headerWindow)
  for (let index = 0; index + 5 <= head.length; index++) {
    if (head[index] === 0x25 && head[index + 1] === 0x50 && head[index + 2] === 0x44 && head[index + 3] === 0x46 && head[index + 4] === 0x2d) {
      return true
    }
  }
  return false
}

/** How far a page's text is turned, in words: quarter turns clockwise. */
const turnWords = ['', 'a quarter turn clockwise', 'a half turn', 'a quarter turn anticlockwise']
