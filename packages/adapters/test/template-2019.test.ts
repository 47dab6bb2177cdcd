import {cellIds2019, sectionKeys, type ParseResult} from '@xxgk/schema'
import {fixtureReport, renderDocx, renderHtml} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseBytes, parseDocx, parseHtml} from '../src/index.js'

/**
 * A report on the 2019 form (国办公开办函〔2019〕60号) as .docx and html, its tables with
 * the form's merged cells (表二's two-column groups spanning three slots): the 198 cells
 * of that form, exactly, and no warning.
 */
describe('a 2019-form report as .docx and html', () => {
  for (const seed of [1, 2, 3]) {
    it('should give the 198 exact cells of fixture ' + seed + ' in every format', async () => {
      const report = fixtureReport(seed, {template: '2019'})
      const results: Record<string, ParseResult> = {
        docx: await parseDocx(renderDocx(report)),
        'docx bytes': await parseBytes(renderDocx(report), {filename: 'report.docx'}),
        html: await parseHtml(renderHtml(report)),
        'html without chrome': await parseHtml(renderHtml(report, {chrome: false})),
        'html bytes': await parseBytes(new TextEncoder().encode(renderHtml(report)), {filename: 'report.html'})
      }
      for (const [format, result] of Object.entries(results)) {
        expect(result.template, format).toBe('2019')
        expect(Object.keys(result.cells), format).toEqual([...cellIds2019])
        expect(result.cells, format).toEqual(report.cells)
        expect(result.report.meta, format).toMatchObject({agency: report.agency, year: report.year, template: '2019'})
        expect(result.report.sections.map((section) => section.key), format).toEqual([...sectionKeys])
        expect(result.diagnostics.filter((d) => d.severity !== 'info'), format).toEqual([])
      }
    })
  }

  it('should read 本年增/减 printed negative exactly from .docx and html', async () => {
    const base = fixtureReport(5, {template: '2019'})
    const changes = Object.fromEntries(
      Object.entries(base.cells)
        .filter(([id]) => id.endsWith('.changeThisYear'))
        .map(([id, value]) => [id, -value!])
    )
    const report = fixtureReport(5, {template: '2019', cells: changes})
    expect((await parseDocx(renderDocx(report))).cells).toEqual(report.cells)
    expect((await parseHtml(renderHtml(report))).cells).toEqual(report.cells)
    expect(report.cells['activeDisclosure.fees.changeThisYear']).toBeLessThan(0)
  })

  it('should place a .docx cell of 表二 by its table, row and column', async () => {
    const report = fixtureReport(4, {template: '2019'})
    const result = await parseDocx(renderDocx(report))
    if (result.template !== '2019') throw new Error('expected the 2019 form')
    const {amount} = result.report.tables.activeDisclosure.procurement
    expect(amount).toMatchObject({
      value: report.cells['activeDisclosure.procurement.amount'],
      raw: report.cells['activeDisclosure.procurement.amount']!.toFixed(2),
      status: 'number'
    })
    // 第二十条第（九）项: its 采购总金额 spans the last two of 表二's three value slots.
    expect(amount.source).toMatchObject({table: 0, column: 2})
  })
})
