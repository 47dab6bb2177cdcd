import {readFile} from 'node:fs/promises'
import type {ParseResult} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'

const published = new URL('../../adapters/test/fixtures/published/', import.meta.url)
const fixtures = new URL('fixtures/', import.meta.url)

const parse = async (path: string) => parsePdf(new Uint8Array(await readFile(new URL(path, fixtures))))

/** Every cell's place (page and box), by its path in the report's tables. */
function boxes(result: ParseResult) {
  const found: Record<string, unknown> = {}
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return
    if ('source' in node) found[path] = (node as {source: unknown}).source
    else for (const [key, child] of Object.entries(node)) walk(child, path + '.' + key)
  }
  walk(result.report.tables, 'tables')
  return found
}

describe('borders drawn as filled rectangles (as Word and WPS draw them)', () => {
  for (const name of ['large-values', 'page-breaks', 'wrapped-totals']) {
    it('should read ' + name + ' to every cell from its rectangles, each at the box its stroked twin gives', async () => {
      const expected = JSON.parse(await readFile(new URL(name + '.json', published), 'utf8')) as {cells: Record<string, number | null>}
      const filled = await parse('filled-borders/' + name + '.filled-borders.pdf')
      const stroked = await parse('libreoffice/' + name + '.pdf')
      expect(filled.cells).toEqual(expected.cells)
      expect(filled.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('pdf-unruled-table')
      const places = boxes(filled)
      expect(Object.keys(places).length).toBeGreaterThanOrEqual(200)
      expect(places).toEqual(boxes(stroked))
      expect(filled.report.tables.applications.newReceived.total.source).toEqual(stroked.report.tables.applications.newReceived.total.source)
    })
  }
})
