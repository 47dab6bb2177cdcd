import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {sectionKeys} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

const root = fileURLToPath(new URL('space-aligned-fixtures/', import.meta.url))

/**
 * Whole reports in the space-aligned layout: real `pdftotext -layout` output of the
 * filled official form, and display-width exports; `name.json` is every cell's value.
 */
describe('space-aligned reports end to end', () => {
  for (const name of readdirSync(root).filter((file) => file.endsWith('.txt'))) {
    it('should read ' + name + ' to its exact 200 cells through parseReport', () => {
      const expected = JSON.parse(readFileSync(root + name.replace(/\.txt$/, '.json'), 'utf8')) as Record<string, number | null>
      const result = parseReport(readFileSync(root + name, 'utf8'))
      expect(result.cells).toEqual(expected)
      for (const [id, value] of Object.entries(expected)) {
        if (value === null) expect(result.diagnostics.some((d) => d.cellId === id || d.cellIds?.includes(id)), id).toBe(true)
      }
      expect(result.report.sections.map((section) => section.key)).toEqual([...sectionKeys])
    })
  }
})
