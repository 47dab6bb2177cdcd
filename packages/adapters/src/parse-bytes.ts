import {checkText, ParseError, parseReport, parseTree} from '@xxgk/core'
import type {ParseResult} from '@xxgk/schema'
import {VFile} from 'vfile'
import {checkBytes} from './check-bytes.js'
import {decodeText} from './decode-text.js'
import {detectFormat} from './detect-format.js'
import {parseDocx} from './docx/parse-docx.js'
import {parseHtml} from './html/parse-html.js'
import {defaultDocxLimits, defaultHtmlLimits, resolveAdapterLimits} from './limits.js'
import {oleKind} from './ole-kind.js'
import {textWithHtmlTablesToTree} from './text-with-html-tables.js'
import {toParseError} from './to-parse-error.js'
import type {ParseBytesOptions} from './types.js'

/**
 * Parses a file of any supported format, picking the reader by `detectFormat`: .docx →
 * `parseDocx`, html → `parseHtml`, PDF → `parsePdf` of `@xxgk/pdf` (when installed: it is
 * its own package, so that users who read text never download a PDF engine), text and
 * markdown → `parseReport` on the decoded text (`decodeText`). Word 97–2003 .doc and
 * unknown binary files are refused; a .docx that is really a .doc (or a
 * password-protected .docx, which Word saves as OLE) says so.
 *
 * @throws {ParseError} the only error it throws; `UNSUPPORTED_FORMAT` for .doc, unknown
 *   binary files and PDF without `@xxgk/pdf`, `ENCRYPTED` for a password-protected .docx,
 *   and every code of the reader it picks.
 * @example
 *   const result = await parseBytes(new Uint8Array(await readFile(path)), {filename: path})
 */
export async function parseBytes(bytes: Uint8Array, options: ParseBytesOptions = {}): Promise<ParseResult> {
  const {filename, ...rest} = options
  const readerOptions = {...rest, path: rest.path ?? filename ?? undefined}
  checkBytes(bytes, resolveAdapterLimits(defaultDocxLimits, options).maxBytes)
  const format = detectFormat(bytes, filename)
  const named = filename ? ' `' + filename + '`' : ''
  switch (format) {
    case 'docx':
      return parseDocx(bytes, readerOptions)
    case 'html':
      return parseHtml(bytes, readerOptions)
    case 'text': {
      // Text has the html limit (32 MiB), not the .docx one the first check allowed.
      checkBytes(bytes, resolveAdapterLimits(defaultHtmlLimits, options).maxBytes)
      const text = decodeText(bytes)
      try {
        // Markdown that keeps tables with merged cells as html: each part by its reader.
        if (/<table\b/iu.test(text)) {
          const limits = resolveAdapterLimits(defaultHtmlLimits, options)
          checkText(text, limits)
          const file = new VFile({value: text, path: readerOptions.path})
          const tree = textWithHtmlTablesToTree(text, file, limits)
          if (tree) return parseTree(tree, readerOptions, file)
        }
        return parseReport(text, readerOptions)
      } catch (error) {
        throw toParseError(error, 'INTERNAL', 'Cannot parse the text' + named)
      }
    }
    case 'doc': {
      const claimsDocx = filename ? /\.docx$/iu.test(filename) : false
      if (oleKind(bytes) === 'encrypted') {
        throw new ParseError('ENCRYPTED', 'The file' + named + ' is a password-protected Office document (an OLE container holding an `EncryptedPackage`); remove the password and save it as .docx')
      }
      throw new ParseError('UNSUPPORTED_FORMAT', claimsDocx
        ? 'The file' + named + ' is named .docx but is a Word 97–2003 .doc (an OLE compound file); open it in Word and save it as .docx'
        : 'The file' + named + ' is a Word 97–2003 .doc, which is not supported; save it as .docx')
    }
    case 'pdf':
      return (await loadPdfReader(named)).parsePdf(bytes, readerOptions)
    default:
      throw new ParseError('UNSUPPORTED_FORMAT', 'The file' + named + ' is binary data of no supported format (.docx, html, text)')
  }
}

/** `@xxgk/pdf`, loaded on the first PDF: an optional peer, so text and .docx users never install PDFium. */
async function loadPdfReader(named: string): Promise<typeof import('@xxgk/pdf')> {
  try {
    return await import('@xxgk/pdf')
  } catch (error) {
    throw new ParseError('UNSUPPORTED_FORMAT', 'The file' + named + ' is a PDF; install `@xxgk/pdf` beside `@xxgk/adapters` to read PDFs (`npm install @xxgk/pdf`)', {cause: error})
  }
}
