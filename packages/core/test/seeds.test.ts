import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {ParseResultSchema} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url))
const names = readdirSync(seeds).filter((name) => name.endsWith('.txt'))

/** The part of a result the expected record fixes: meta, section keys, all 200 cells. */
function record(text: string) {
  const {report, cells, diagnostics} = parseReport(text)
  return {
    agency: report.meta.agency,
    year: report.meta.year,
    title: report.meta.title,
    template: report.meta.template,
    period: report.meta.period,
    sections: report.sections.map((section) => section.key),
    warnings: diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((d) => d.ruleId),
    cells
  }
}

describe('seeds', () => {
  it('should bundle the four seed reports', () => {
    expect(names).toHaveLength(4)
  })

  for (const name of names) {
    it('should parse `' + name + '` to its hand-checked record', () => {
      const text = readFileSync(seeds + name, 'utf8')
      const actual = record(text)
      const expectedPath = seeds + name.replace(/\.txt$/, '.json')
      if (process.env.UPDATE) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n')
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
    })

    it('should give `' + name + '` a result the schema accepts', () => {
      const result = parseReport(readFileSync(seeds + name, 'utf8'))
      expect(ParseResultSchema.safeParse(result).success).toBe(true)
    })
  }
})
