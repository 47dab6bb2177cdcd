import {fixtureReport, renderHtml} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseHtml} from '../src/index.js'

const fixture = fixtureReport(3)
const title = fixture.agency + fixture.year + '年政府信息公开工作年度报告'

describe('html page title', () => {
  it("should take the report's title from the page's <title> when the body has no title line", async () => {
    const page = renderHtml(fixture).replace(/<h1 class="article-title">[^<]*<\/h1>/u, '')
    expect(page).toContain('<title>' + title + '_')
    const {report, diagnostics} = await parseHtml(page)
    expect(report.meta).toMatchObject({title, agency: '测试县交通运输局', year: 2024})
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('meta-'))).toEqual([])
    expect(report.meta.title).toBe('测试县交通运输局2024年政府信息公开工作年度报告')
  })

  it('should take no sentence naming the report for its title line (`根据《条例》…编制本报告。`)', async () => {
    // A page whose body opens with that sentence, the title in the <title> bar only.
    const page =
      '<html><head><title>' + title + '_测试县人民政府</title></head><body>' +
      '<p>根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告中所列数据统计期限为2024年1月1日至12月31日。</p>' +
      '<p>一、总体情况</p><p>本机关依法公开政府信息。</p></body></html>'
    const {report, diagnostics} = await parseHtml(page)
    expect(report.meta).toMatchObject({title, agency: '测试县交通运输局', year: 2024, period: {start: '2024-01-01', end: '2024-12-31'}})
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('meta-'))).toEqual([])
  })

  it('should take it from an <h1> outside the report, before the <title>', async () => {
    const page = renderHtml(fixture)
      .replace(/<h1 class="article-title">[^<]*<\/h1>/u, '')
      .replace(/<title>[^<]*<\/title>/u, '<title>首页</title>')
      .replace('<body>', '<body>\n<h1>' + title + '</h1>')
    const {report} = await parseHtml(page)
    expect(report.meta).toMatchObject({title, agency: '测试县交通运输局', year: 2024})
  })

  it('should leave the agency null when neither the body nor the page names the report', async () => {
    const page = renderHtml(fixture)
      .replace(/<h1 class="article-title">[^<]*<\/h1>/u, '')
      .replace(/<title>[^<]*<\/title>/u, '<title>首页</title>')
    const {report, diagnostics} = await parseHtml(page)
    expect(report.meta.agency).toBeNull()
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'meta-agency-missing').length).toBe(1)
  })
})
