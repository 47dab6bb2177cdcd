import {readFile} from 'node:fs/promises'
import type {CellId} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'

const texts = new URL('../../core/test/space-aligned-fixtures/', import.meta.url)
const fixtures = new URL('fixtures/vertical-groups/', import.meta.url)

/** The cells a fixture holds: the `.json` of its `pdftotext -layout` text (every cell's value, or `{right, cells}`). */
async function expectedCells(name: string): Promise<Record<string, number | null>> {
  const expected = JSON.parse(await readFile(new URL('pdftotext-' + name + '.json', texts), 'utf8')) as Record<string, unknown>
  return (typeof expected.right === 'number' ? expected.cells : expected) as Record<string, number | null>
}

const parse = async (name: string) => parsePdf(new Uint8Array(await readFile(new URL(name + '.pdf', fixtures))))

describe('group labels set down a narrow column, read from the borders', () => {
  for (const name of ['vertical-groups-two', 'vertical-groups-narrow-labels']) {
    it('should read ' + name + ' to every cell', async () => {
      const result = await parse(name)
      expect(result.cells).toEqual(await expectedCells(name))
    })
  }

  it('should read a group label one character a line as one label, and leave null the row a glyph overflowing from it lands in', async () => {
    const cells = await expectedCells('vertical-groups')
    const result = await parse('vertical-groups')
    // LibreOffice sets `处` of （六）其他处理, cut by a page, over the cell of （七）总计 below it.
    const total = Object.keys(cells).filter((id) => id.startsWith('applications.total.')) as Array<CellId>
    expect(total).toHaveLength(7)
    const read = result.cells as Record<string, number | null>
    for (const [id, value] of Object.entries(cells)) expect(read[id], id).toBe(total.includes(id as CellId) ? null : value)
    expect(result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'row-unknown')?.message).toBe(
      'Row `处（七）总计` of 表三 matches no template row; kept in `extraRows`'
    )
    expect(result.report.tables.applications.denied.stateSecret.total.value).toBe(cells['applications.denied.stateSecret.total'])
  })
})
