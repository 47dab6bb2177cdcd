import {readFileSync, readdirSync} from 'node:fs'
import {sectionKeys, type CellId, type ParseResult} from '@xxgk/schema'
import {cellEntries} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

type Cells = Partial<Record<CellId, number | null>>

/**
 * What a fixture must read to: every cell exactly, or (`{right, cells}`) never a wrong one,
 * and every section, or the `sections` named.
 */
type Expected = Cells | {right: number; sections?: Array<string>; cells: Cells}

/**
 * Whole reports of a fixture folder through `parseReport`: `name.json` is every cell's
 * value, or, for text whose numbers cannot all be read (`{right, cells}`), the value
 * printed in each cell and how many of them are read; every other cell must be null,
 * named by a diagnostic, never a wrong number.
 */
export function describeFixtureFolder(title: string, root: string): void {
  describe(title, () => {
    for (const name of readdirSync(root).filter((file) => /\.(?:txt|md)$/.test(file) && file !== 'README.md')) {
      const expected = JSON.parse(readFileSync(root + name.replace(/\.(?:txt|md)$/, '.json'), 'utf8')) as Expected
      const named = (result: ParseResult, id: CellId) => result.diagnostics.some((d) => d.cellId === id || d.cellIds?.includes(id))
      if ('right' in expected && typeof expected.right === 'number') {
        const {right, sections = sectionKeys, cells} = expected as {right: number; sections?: Array<string>; cells: Cells}
        it('should read ' + name + ' to ' + right + ' right cells, every other one null with a diagnostic', () => {
          const result = parseReport(readFileSync(root + name, 'utf8'))
          let read = 0
          for (const [id, value] of cellEntries(cells)) {
            const got = result.cells[id as keyof typeof result.cells]
            if (got === value) read++
            else expect(got, id).toBeNull()
            if (got === null) expect(named(result, id), id).toBe(true)
          }
          expect(read).toBe(right)
          expect(result.report.sections.map((section) => section.key)).toEqual([...sections])
        })
        continue
      }
      it('should read ' + name + ' to its exact 200 cells through parseReport', () => {
        const result = parseReport(readFileSync(root + name, 'utf8'))
        expect(result.cells).toEqual(expected)
        for (const [id, value] of cellEntries(expected as Cells)) {
          if (value === null) expect(named(result, id), id).toBe(true)
        }
        expect(result.report.sections.map((section) => section.key)).toEqual([...sectionKeys])
      })
    }
  })
}
