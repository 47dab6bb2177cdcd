import {sectionKeys, type CellId} from '@xxgk/schema'
import {cellEntries, fixtureReport, renderText, type TextLayout} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'
import {of2021} from '../of-template.js'

const layouts: Array<TextLayout> = ['cell-per-line', 'tab-rows', 'pipe', 'space-aligned', 'cell-stream', 'text-rows', 'tab-slots']
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
    const blank = 'applications.denied.thirdParty.research'
    const report = fixtureReport(9, {cells: {[blank]: null}})
    const names = (result: ReturnType<typeof parseReport>, id: CellId) =>
      result.diagnostics.some((diagnostic) => diagnostic.cellId === id || diagnostic.cellIds?.includes(id))
    for (const layout of layouts) {
      const result = parseReport(renderText(report, layout))
      expect(result.cells[blank], layout).toBeNull()
      expect(names(result, blank), layout).toBe(true)
      // Layouts that keep no columns cannot tell which cell of the row is blank: the
      // row's other cells are null too, each named by a diagnostic.
      const rowLost = layout === 'cell-stream' || layout === 'text-rows'
      for (const [id, value] of cellEntries(result.cells)) {
        if (id === blank) continue
        if (rowLost && id.startsWith('applications.denied.thirdParty.')) {
          expect(value, layout + ' ' + id).toBeNull()
          expect(names(result, id), layout + ' ' + id).toBe(true)
        } else {
          expect(value, layout + ' ' + id).toBe(report.cells[id])
        }
      }
    }
  })
})

describe('one cell per line without blank lines between rows', () => {
  for (const seed of [1, 2, 3]) {
    it('should read seed ' + seed + ' as a stream of cells to its exact cells, positions after the tab', () => {
      const report = fixtureReport(seed)
      const text = renderText(report, 'cell-per-line')
      const start = text.indexOf('二、主动公开政府信息情况')
      const end = text.indexOf('五、存在的主要问题及改进情况')
      const tables = text.slice(start, end).split('\n').filter((line) => line.trim() !== '' || line.includes('\t'))
      const joined = text.slice(0, start) + tables.join('\n') + '\n' + text.slice(end)
      const result = of2021(parseReport(joined))
      expect(result.cells).toEqual(report.cells)
      const regulations = result.report.tables.activeDisclosure.regulations.made
      expect(regulations.position?.start.column).toBe(2)
      expect(joined.slice(regulations.position!.start.offset!, regulations.position!.end.offset!)).toBe(String(report.cells['activeDisclosure.regulations.made']))
    })
  }
})
