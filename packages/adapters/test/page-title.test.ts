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
