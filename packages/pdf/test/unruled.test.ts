import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'

const published = new URL('../../adapters/test/fixtures/published/', import.meta.url)
const unruled = new URL('fixtures/unruled/', import.meta.url)

async function read(name: string) {
  const expected = JSON.parse(await readFile(new URL(name + '.json', published), 'utf8')) as {cells: Record<string, number | null>}
  const result = await parsePdf(new Uint8Array(await readFile(new URL(name + '-unruled.pdf', unruled))))
  const differing = Object.keys(expected.cells).filter((id) => result.cells[id as keyof typeof result.cells] !== expected.cells[id])
  return {expected, result, differing}
}

describe('tables drawn without borders', () => {
  it('should read every cell of a report whose tables have no rule, from the places of its words', async () => {
    const {result, differing} = await read('large-values')
    expect(differing).toEqual([])
    expect(result.report.tables.applications.newReceived.total.source).toEqual({
      table: 1,
      row: 3,
      column: 9,
      page: 2,
      // The box of the word `8281` itself: there is no cell border to give one.
      box: {left: 510, top: 280.1, right: 535.4, bottom: 290.1}
    })
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'pdf-unruled-table').map((diagnostic) => diagnostic.message.split(' stand')[0])).toEqual([
      'Page 1: 6 line(s) of numbers',
      'Page 2: 27 line(s) of numbers',
      'Page 3: 2 line(s) of numbers'
    ])
  })

  it('should read the totals wrapped over the lines above and below their row, as their row sums them', async () => {
    const {result, differing} = await read('wrapped-totals')
    expect(differing).toEqual([])
    expect(result.cells['applications.newReceived.total']).toBe(31200)
    expect(result.cells['applications.total.total']).toBe(31231)
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-truncated')).toEqual([])
  })
})
