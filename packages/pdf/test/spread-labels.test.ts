import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'

const published = new URL('../../adapters/test/fixtures/published/', import.meta.url)
const fixtures = new URL('fixtures/spread-labels/', import.meta.url)

describe('labels spread across their cells (Word\'s 分散对齐)', () => {
  for (const name of ['large-values', 'page-breaks', 'wrapped-totals']) {
    it('should read ' + name + ' to every cell, its spread labels (`一 、 本 年 新 收 …`, `（ 七 ） 总 计`) matched', async () => {
      const expected = JSON.parse(await readFile(new URL(name + '.json', published), 'utf8')) as {cells: Record<string, number | null>}
      const result = await parsePdf(new Uint8Array(await readFile(new URL(name + '.spread-labels.pdf', fixtures))))
      expect(result.cells).toEqual(expected.cells)
      expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('row-unknown')
      expect(result.report.tables.applications.total.total.value).toBe(expected.cells['applications.total.total'])
    })
  }
})
