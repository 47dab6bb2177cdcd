import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

const root = fileURLToPath(new URL('fixtures/', import.meta.url))

/**
 * Fixture pairs: `<layout>/<name>.txt` ↔ `<layout>/<name>.json`, the full expected record
 * (meta, section keys, all 200 cells, every non-info diagnostic). `UPDATE=1` rewrites
 * the JSON: review the diff.
 */
describe('fixtures', () => {
  for (const layout of readdirSync(root)) {
    for (const name of readdirSync(root + layout).filter((file) => file.endsWith('.txt'))) {
      it('should parse ' + layout + '/' + name + ' to its expected record', () => {
        const {report, cells, diagnostics} = parseReport(readFileSync(root + layout + '/' + name, 'utf8'))
        const actual = {
          agency: report.meta.agency,
          year: report.meta.year,
          sections: report.sections.map((section) => section.key),
          cells,
          diagnostics: diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')
        }
        const expectedPath = root + layout + '/' + name.replace(/\.txt$/, '.json')
        if (process.env.UPDATE) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n')
        expect(existsSync(expectedPath), expectedPath + ' is missing: run with UPDATE=1 and review it').toBe(true)
        expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
      })
    }
  }
})
