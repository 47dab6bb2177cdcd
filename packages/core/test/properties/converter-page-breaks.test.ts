import fc from 'fast-check'
import {fixtureReport, mulberry32, renderConverterMarkdown} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'

const reports = [fixtureReport(21), fixtureReport(22), fixtureReport(23)]

describe('pipe tables broken by pages at random places', () => {
  it('should lose no cell and read none wrong, whatever the breaks, furniture and restyling', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: reports.length - 1}),
        fc.integer({min: 1, max: 2 ** 31 - 1}),
        fc.double({min: 0.05, max: 0.6, noNaN: true}),
        fc.constantFrom('rows' as const, 'own-table' as const),
        fc.constantFrom('page-number' as const, 'page-footer' as const, 'running-head' as const, 'furniture-row' as const),
        fc.record({
          headerBreak: fc.boolean(),
          tableTitles: fc.boolean(),
          trailingBlankCell: fc.boolean(),
          splitReviewHeader: fc.boolean()
        }),
        (which, seed, chance, style, furniture, restyle) => {
          const report = reports[which]!
          const text = renderConverterMarkdown(report, {breaks: {random: mulberry32(seed), chance}, style, furniture, ...restyle})
          const result = parseReport(text)
          expect(result.cells).toEqual(report.cells)
          expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([])
        }
      ),
      {numRuns: 60, seed: 20}
    )
  })
})
