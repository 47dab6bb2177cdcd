import {describe, expect, it} from 'vitest'
import {fixtureReport, mulberry32, renderConverterMarkdown} from '../src/index.js'
import {expectedTokens, numericTokens, tablesRegion} from './helpers.js'

const report = fixtureReport(5, {agency: '测试县司法局', year: 2024})

/** The numbers of a text without its page furniture (`- 3 -`, `第 3 页 共 9 页`, `— 3 —`). */
function valueTokens(text: string): string[] {
  const kept = text.split('\n').filter((line) => !/^(?:[-—] \d+ [-—]|第 \d+ 页 共 9 页|\| — \d+ — \|[ |]*)$/u.test(line))
  return numericTokens(tablesRegion(kept.join('\n')))
}

describe('renderConverterMarkdown', () => {
  it('should hold every value once, in the template order, whatever breaks the tables', () => {
    for (const options of [
      {},
      {breaks: true as const, style: 'own-table' as const, furniture: 'furniture-row' as const},
      {breaks: {random: mulberry32(3), chance: 0.3}, headerBreak: true, tableTitles: true, splitReviewHeader: true}
    ]) {
      expect(valueTokens(renderConverterMarkdown(report, options))).toEqual(expectedTokens(report))
    }
  })

  it('should break a table before the rows asked for, the rows after it without header or delimiter', () => {
    const lines = renderConverterMarkdown(report, {breaks: [[1, 3]]}).split('\n')
    const row = lines.findIndex((line) => line.startsWith('| 一、本年新收政府信息公开申请数量 |'))
    expect(lines.slice(row - 4, row)).toEqual(['|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |', '', '- 2 -', ''])
    expect(lines[row + 1]).toMatch(/^\| 二、上年结转/u)
  })

  it('should promote the first row of each part to a header in style `own-table`', () => {
    const lines = renderConverterMarkdown(report, {breaks: [[2, 3]], style: 'own-table', furniture: 'page-footer'}).split('\n')
    const values = lines.findIndex((line) => /^\| \d+ \| \d+ \|/u.test(line))
    expect(lines.slice(values - 2, values + 2).map((line) => line.slice(0, 12))).toEqual(['第 2 页 共 9 页', '', lines[values]!.slice(0, 12), '| --- | --- '])
  })

  it('should add a blank trailing cell to every row and a cell to every delimiter', () => {
    const rows = renderConverterMarkdown(report, {trailingBlankCell: true}).split('\n').filter((line) => line.startsWith('|'))
    expect(rows.every((line) => line.endsWith(' |  |') || line.endsWith('| --- |'))).toBe(true)
  })
})
