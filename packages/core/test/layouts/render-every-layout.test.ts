import {sectionKeys} from '@xxgk/schema'
import {fixtureReport, renderText, type TextLayout} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'

const layouts: Array<TextLayout> = ['cell-per-line', 'tab-rows', 'pipe', 'space-aligned']
const headingStyles = [{}, {numberedHeadings: false}, {markdownHeadings: true}]

describe('one report in every text layout', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const report = fixtureReport(seed)
    for (const layout of layouts) {
      for (const style of headingStyles) {
        it('should read seed ' + seed + ' as ' + layout + ' ' + JSON.stringify(style) + ' to its exact cells', () => {
          const result = parseReport(renderText(report, layout, style))
          expect(result.cells).toEqual(report.cells)
          expect(result.report.meta).toMatchObject({agency: report.agency, year: report.year, template: '2021'})
          expect(result.report.sections.map((section) => section.key)).toEqual([...sectionKeys])
          expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([])
        })
      }
    }
  }

  it('should give a blank cell null with a diagnostic naming it, in every layout', () => {
    const report = fixtureReport(9, {cells: {'applications.denied.thirdParty.research': null}})
    for (const layout of layouts) {
      const result = parseReport(renderText(report, layout))
      expect(result.cells['applications.denied.thirdParty.research'], layout).toBeNull()
      const others = Object.entries(result.cells).filter(([id]) => id !== 'applications.denied.thirdParty.research')
      for (const [id, value] of others) expect(value, layout + ' ' + id).toBe(report.cells[id])
      const named = result.diagnostics.filter((diagnostic) => diagnostic.cellId === 'applications.denied.thirdParty.research' || diagnostic.cellIds?.includes('applications.denied.thirdParty.research'))
      expect(named.length, layout).toBeGreaterThan(0)
    }
  })
})
