import {fixtureReport, renderHtml, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseBytes} from '../src/index.js'
import {htmlTablesInText} from '../src/text-with-html-tables.js'

/**
 * Markdown as pandoc (`-t gfm`) and turndown print a report whose tables have merged
 * cells: the prose as markdown, each table as raw html.
 */
function markdownWithHtmlTables(seed: number): {text: string; cells: Record<string, number | null>} {
  const report = fixtureReport(seed)
  const tables = [...renderHtml(report).matchAll(/<table[\s\S]*?<\/table>/gu)].map((match) => match[0])
  const lines = renderText(report, 'pipe', {markdownHeadings: true}).split('\n')
  const out: Array<string> = []
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.startsWith('|')) {
      out.push(lines[index]!)
      continue
    }
    while (lines[index + 1]?.startsWith('|')) index++
    out.push(tables.shift()!)
  }
  expect(tables).toEqual([])
  return {text: out.join('\n'), cells: report.cells}
}

describe('htmlTablesInText', () => {
  it('should find each table that starts a line, nested tables inside it, up to its last `>`', () => {
    const text = '一、总体情况\n<table><tr><td><TABLE></TABLE></td></tr></table >\n正文 <table>不在行首</table>\n<table>未闭合'
    expect(htmlTablesInText(text)).toEqual([{from: 7, to: 56}])
    expect(text.slice(7, 56)).toBe('<table><tr><td><TABLE></TABLE></td></tr></table >')
  })

  it('should stop past the limit it is given', () => {
    expect(htmlTablesInText('<table></table>\n'.repeat(10), 3)).toHaveLength(4)
  })

  it('should find none in text without tables, and stay linear on unclosed tags', () => {
    expect(htmlTablesInText('规章\t1\n')).toEqual([])
    expect(htmlTablesInText('<table'.repeat(200_000))).toEqual([])
    // Tags after text on one long line: each character looked at once (this took minutes).
    expect(htmlTablesInText('x <table> '.repeat(500_000))).toEqual([])
    expect(htmlTablesInText('一、总体情况\n<table><tr><td>规章</td></tr></table>\n')).toEqual([{from: 7, to: 42}])
  })
})

describe('markdown with raw html tables', () => {
  for (const seed of [3, 4]) {
    it('should read seed ' + seed + ' to its exact cells, each value pointing at its text in the input', async () => {
      const {text, cells} = markdownWithHtmlTables(seed)
      const result = await parseBytes(new TextEncoder().encode(text), {filename: 'report.md'})
      expect(result.cells).toEqual(cells)
      expect(result.report.sections.map((section) => section.key)).toHaveLength(6)
      expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([])
      const total = result.report.tables.applications.total.total
      expect(total.source).toMatchObject({table: 1})
      const start = total.position!.start.offset!
      expect(text.slice(start, total.position!.end.offset!)).toContain(String(cells['applications.total.total']))
      const heading = result.report.sections.find((section) => section.key === 'applications')!
      expect(text.split('\n')[heading.position!.start.line - 1]).toBe('## 三、收到和处理政府信息公开申请情况')
    })
  }
})

describe('hostile markdown with html tables', () => {
  it('should refuse more tables than the element limit before parsing them', async () => {
    const text = '一、总体情况\n' + '<table></table>\n'.repeat(200_001)
    await expect(parseBytes(new TextEncoder().encode(text), {filename: 'report.md'})).rejects.toMatchObject({code: 'TOO_LARGE'})
  })
})
