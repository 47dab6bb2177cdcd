import {parseReport} from '@xxgk/core'
import type {ParseResult} from '@xxgk/schema'
import {fixtureReport, of2021, renderDocx, renderHtml, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseBytes, parseDocx, parseHtml} from '../src/index.js'

/**
 * One report, many files: the same fixture as .docx, html (with and without site
 * chrome, UTF-8 string and bytes) and text must give the very cells the fixture holds,
 * the same meta and the same sections. The fixtures' values are distinct and non-zero,
 * so a shifted row or column cannot pass.
 */
describe('conformance', () => {
  for (const seed of [1, 2, 5]) {
    it(`should give the same cells, agency, year and sections for every format of fixture ${seed}`, async () => {
      const report = fixtureReport(seed)
      const results: Record<string, ParseResult> = {
        docx: await parseDocx(renderDocx(report)),
        html: await parseHtml(renderHtml(report)),
        'html without chrome': await parseHtml(renderHtml(report, {chrome: false})),
        'html bytes': await parseBytes(new TextEncoder().encode(renderHtml(report)), {filename: 'report.html'}),
        'text (tab rows)': parseReport(renderText(report, 'tab-rows')),
        'text (cell per line)': parseReport(renderText(report, 'cell-per-line'))
      }
      for (const [format, result] of Object.entries(results)) {
        expect(result.cells, format).toEqual(report.cells)
        expect(result.report.meta.agency, format).toBe(report.agency)
        expect(result.report.meta.year, format).toBe(report.year)
        expect(result.report.sections.map((section) => section.key), format).toEqual([
          'overview', 'activeDisclosure', 'applications', 'reviewLitigation', 'problems', 'otherMatters'
        ])
        expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info'), format).toEqual([])
      }
    })
  }

  it('should read blank cells of a fixture as null in every format', async () => {
    const report = fixtureReport(3, {cells: {'applications.granted.research': null, 'activeDisclosure.fees.amount': null}})
    const docx = of2021(await parseDocx(renderDocx(report)))
    const html = of2021(await parseHtml(renderHtml(report)))
    for (const result of [docx, html]) {
      expect(result.cells['applications.granted.research']).toBe(null)
      expect(result.cells['activeDisclosure.fees.amount']).toBe(null)
      expect(result.cells['applications.granted.commercial']).toBe(report.cells['applications.granted.commercial'])
    }
  })
})
