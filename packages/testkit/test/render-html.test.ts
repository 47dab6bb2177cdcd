import {describe, expect, it} from 'vitest'
import {fixtureReport, renderHtml} from '../src/index.js'
import {expectedTokens, numericTokens, tablesRegion} from './helpers.js'

const report = fixtureReport(4, {agency: '测试县司法局', year: 2024})
const page = renderHtml(report)

function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<br>|<\/p>|<\/td>|<\/tr>|<\/h1>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** Grid columns covered by each row of each table, counting rowspans from rows above. */
function tableWidths(html: string): number[][] {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((table) => {
    const carried: number[] = []
    return [...table[0].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row, rowIndex) => {
      let width = carried[rowIndex] ?? 0
      for (const cell of (row[1] ?? '').matchAll(/<td([^>]*)>/g)) {
        const colSpan = Number(/colspan="(\d+)"/.exec(cell[1] ?? '')?.[1] ?? 1)
        const rowSpan = Number(/rowspan="(\d+)"/.exec(cell[1] ?? '')?.[1] ?? 1)
        width += colSpan
        for (let below = 1; below < rowSpan; below++)
          carried[rowIndex + below] = (carried[rowIndex + below] ?? 0) + colSpan
      }
      return width
    })
  })
}

describe('renderHtml', () => {
  it('should be deterministic', () => {
    expect(renderHtml(fixtureReport(4, {agency: '测试县司法局', year: 2024}))).toBe(page)
  })

  it('should be a full utf-8 page', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain('<meta charset="utf-8">')
    expect(page.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('should wrap the report in government site chrome by default', () => {
    for (const piece of ['<nav class="nav">', '当前位置：', '<script>', '分享到：', '版权所有：', 'ICP备'])
      expect(page).toContain(piece)
  })

  it('should leave the chrome out when chrome is false', () => {
    const bare = renderHtml(report, {chrome: false})
    expect(bare.startsWith('<!doctype html>')).toBe(true)
    expect(bare).toContain('<meta charset="utf-8">')
    for (const piece of ['<nav', '当前位置', '<script', '分享到', '版权所有', 'ICP备'])
      expect(bare).not.toContain(piece)
    expect(numericTokens(tablesRegion(textOf(bare)))).toEqual(expectedTokens(report))
  })

  it('should contain the title, the period sentence and the six headings', () => {
    const text = textOf(page)
    expect(text.split('\n')).toContain('测试县司法局2024年政府信息公开工作年度报告')
    expect(text).toContain('本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。')
    for (const heading of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项'
    ]) {
      expect(text.split('\n')).toContain(heading)
    }
    expect(text).toContain('（一）主动公开')
  })

  it('should contain every value once, in template order', () => {
    expect(numericTokens(tablesRegion(textOf(page)))).toEqual(expectedTokens(report))
  })

  it('should use real rowspan and colspan, so every row of a table covers 4, 10 or 15 columns', () => {
    const widths = tableWidths(page)
    expect(widths.map((rows) => rows.length)).toEqual([14, 28, 4])
    expect(widths.map((rows) => [...new Set(rows)])).toEqual([[4], [10], [15]])
    expect(page).toContain('<td colspan="3" rowspan="3"')
    expect(page).toContain('<td colspan="7"')
    expect(page).toContain('<td rowspan="22"')
    expect(page).toContain('<td colspan="10"')
  })

  it('should wrap some cell text in p and span, break one header with br and print a blank cell as nbsp', () => {
    expect(page).toContain('>商业<br>企业</td>')
    expect(page).toMatch(/<td[^>]*><p style="text-align:center;"><span[^>]*>\d+<\/span><\/p><\/td>/)
    const blank = renderHtml(fixtureReport(4, {cells: {'applications.granted.research': null}}))
    expect(blank).toMatch(/<td[^>]*>&nbsp;<\/td>/)
    expect(page).not.toMatch(/<td[^>]*>&nbsp;<\/td>/)
  })
})
