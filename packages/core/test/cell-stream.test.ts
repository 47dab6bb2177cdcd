import {fileURLToPath} from 'node:url'
import {describeFixtureFolder} from './fixture-folder.js'

/**
 * Whole reports as plain-text exports print them, a stream of cells without columns:
 * LibreOffice's Text filter, mammoth's raw text, html-to-text, `pdftotext -raw` and
 * `pdftotext` in reading order (see `stream-fixtures/README.md`).
 */
describeFixtureFolder('cell-stream reports end to end', fileURLToPath(new URL('stream-fixtures/', import.meta.url)))
