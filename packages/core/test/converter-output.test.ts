import {fileURLToPath} from 'node:url'
import {describeFixtureFolder} from './fixture-folder.js'

/**
 * Whole reports as a PDF-to-markdown converter prints them: `@opendocsg/pdf2md` run on
 * the LibreOffice PDFs of `packages/pdf/test/fixtures/libreoffice/` (see
 * `converter-fixtures/README.md`): most lines headed by font size, rows strung on one
 * line with footnote marks, `<!-- PAGE_BREAK -->` comments, numbers wrapped in cells.
 */
describeFixtureFolder('PDF-to-markdown converter output end to end', fileURLToPath(new URL('converter-fixtures/', import.meta.url)))
