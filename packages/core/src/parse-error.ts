/**
 * Every code a `ParseError` can carry, with what it means. The README's error table is
 * checked against this record by `test/parse-error.test.ts`.
 */
export const parseErrorCodes = {
  INVALID_INPUT: 'the input is not of a type the entry point takes (a string or bytes)',
  EMPTY: 'the input is empty or only white space',
  BINARY: 'the input is binary data, not text (NUL bytes, control characters, a PDF or image signature)',
  BAD_ENCODING: 'the text is mis-decoded (GBK read as UTF-8, many U+FFFD replacement characters)',
  TOO_LARGE: 'the input exceeds a limit (bytes, lines, line length, table size, docx part size)',
  NOT_A_REPORT: 'the input is readable but is not a 政府信息公开工作年度报告',
  CORRUPT_DOCX: 'the .docx is not a readable zip or lacks word/document.xml',
  TRUNCATED: 'the file ends before its structure does (a cut download)',
  ENCRYPTED: 'the file needs a password to open (a .docx saved as an encrypted OLE container, a PDF with a user password)',
  CORRUPT_PDF: 'the PDF cannot be read: damaged, cut short, or not a PDF behind a .pdf name',
  NO_TEXT_LAYER: 'the PDF has no text to read: its pages are images (a scan), which need OCR first',
  ZIP_BOMB: 'the .docx would inflate past the limits (entry count, part size, compression ratio)',
  XML_ENTITY: 'the XML declares entities or a DTD (entity expansion is refused)',
  UNSUPPORTED_FORMAT: 'the file is of a format no reader handles (.doc, images; .pdf without `@xxgk/pdf` installed)',
  INTERNAL: 'an unexpected failure inside the parser: a bug, with the original error as `cause`; please report it'
} as const

/** A stable code of `ParseError`. */
export type ParseErrorCode = keyof typeof parseErrorCodes

/**
 * The one error the entry points throw: the input is unusable as a whole. Anything
 * else escaping `parseReport`, `parseDocx`, `parseHtml` or the CLI is a bug.
 *
 * @example
 *   try { parseReport('') } catch (error) { if (isParseError(error)) error.code // 'EMPTY' }
 */
export class ParseError extends Error {
  override readonly name = 'ParseError'
  readonly code: ParseErrorCode

  constructor(code: ParseErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.code = code
  }
}

/** Whether a value is a `ParseError` (also across realms and bundled copies). */
export function isParseError(value: unknown): value is ParseError {
  return (
    value instanceof ParseError ||
    (value instanceof Error && value.name === 'ParseError' && typeof (value as ParseError).code === 'string')
  )
}

/**
 * Runs a stage and keeps the promise that only `ParseError` escapes: anything else is a
 * bug, thrown as `INTERNAL` with the original error as `cause`.
 */
export function internalGuard<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (isParseError(error)) throw error
    throw new ParseError('INTERNAL', 'Unexpected failure: ' + (error instanceof Error ? error.message : String(error)), {cause: error})
  }
}
