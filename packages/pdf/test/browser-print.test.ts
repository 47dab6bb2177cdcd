import {readFile} from 'node:fs/promises'
import type {CellId} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {of2021} from '@xxgk/testkit'
import {parsePdf} from '../src/index.js'

const published = new URL('../../adapters/test/fixtures/published/', import.meta.url)

describe('a page printed to PDF by a browser (cells spaced apart, label cells without borders)', () => {
  it('should read the table whose borders do not part its labels from the places of its words, never a wrong cell', async () => {
    const expected = JSON.parse(await readFile(new URL('large-values.json', published), 'utf8')) as {cells: Record<string, number | null>}
    const result = of2021(await parsePdf(new Uint8Array(await readFile(new URL('fixtures/browser-print/large-values.chromium.pdf', import.meta.url)))))
    const cells = result.cells as Record<string, number | null>
    let right = 0
    for (const [id, value] of Object.entries(expected.cells)) {
      if (cells[id] === null) expect(result.diagnostics.some((d) => d.cellId === id || d.cellIds?.includes(id as CellId)), id).toBe(true)
      else {
        expect(cells[id], id).toBe(value)
        right++
      }
    }
    // 109 when the borders alone were read, 143 before drawn rules parted the words of two cells.
    expect(right).toBe(157)
    // 表二 and 表四 are ruled cell by cell and read from their borders; 表三 from its words.
    expect(result.diagnostics.filter((d) => d.ruleId === 'pdf-unruled-table').map((d) => d.message.split(' stand')[0])).toEqual([
      'Page 2: 15 line(s) of numbers'
    ])
    expect(result.report.tables.activeDisclosure.regulations.made.source).toMatchObject({page: 1})
  })
})
