import {fileURLToPath} from 'node:url'
import {describeFixtureFolder} from './fixture-folder.js'

/**
 * Whole reports in the space-aligned layout: real `pdftotext -layout` output of the
 * filled official form, and display-width exports.
 */
describeFixtureFolder('space-aligned reports end to end', fileURLToPath(new URL('space-aligned-fixtures/', import.meta.url)))
