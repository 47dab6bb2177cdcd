import {fixtureReport, renderConverterMarkdown, type PageBreakStyle, type PageFurniture} from '@xxgk/testkit'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromText, parseReport} from '../../src/index.js'
import {VFile} from 'vfile'
import {of2021} from '../of-template.js'

const styles: Array<PageBreakStyle> = ['rows', 'own-table']
const furnitures: Array<PageFurniture> = ['page-number', 'page-footer', 'running-head', 'furniture-row']

describe('markdown of a PDF converter: pipe tables broken by pages (class 1)', () => {
  const report = fixtureReport(11)
  for (const style of styles) {
    for (const furniture of furnitures) {
      it('should read every cell with a page break before every row (' + style + ', ' + furniture + ')', () => {
        const text = renderConverterMarkdown(report, {breaks: true, style, furniture})
        const result = parseReport(text)
        expect(result.cells).toEqual(report.cells)
        expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([])
      })
    }
  }

  it('should read a page break between the header row and its delimiter', () => {
    const text = renderConverterMarkdown(report, {headerBreak: true})
    expect(text).toMatch(/\| 申请人情况 \|[ |]*\n\n- \d+ -\n\n\| --- \|/u)
    expect(parseReport(text).cells).toEqual(report.cells)
  })

  it('should read the rows after a page break as rows of the table they continue, positions in the input', () => {
    const text = renderConverterMarkdown(report, {breaks: [[1, 6]]})
    const lines = text.split('\n')
    const rowLine = lines.findIndex((line) => line.includes('（二）部分公开')) + 1
    expect(lines[rowLine - 3]).toMatch(/^- \d+ -$/u)
    const result = parseReport(text)
    expect(result.cells).toEqual(report.cells)
    const partial = result.report.tables.applications.partiallyGranted.naturalPerson
    expect(partial.value).toBe(report.cells['applications.partiallyGranted.naturalPerson'])
    expect(partial.position?.start.line).toBe(rowLine)
    // A cell's span is its slot in the row, pipe included, as remark gives it.
    expect(text.slice(partial.position!.start.offset, partial.position!.end.offset).replaceAll('|', '').trim()).toBe(
      String(partial.value)
    )
    // One table, not two: the part after the page break has no header of its own.
    const tables = fromText(text, new VFile()).children.filter((block) => block.type === 'table')
    expect(tables).toHaveLength(3)
  })

  it('should read a promoted header of a part as data, not as a header', () => {
    const text = renderConverterMarkdown(report, {breaks: [[1, 3], [2, 3]], style: 'own-table'})
    const promoted = text.split('\n').findIndex((line) => line.includes('一、本年新收'))
    expect(text.split('\n')[promoted + 1]).toMatch(/^\| --- \|/u)
    const result = parseReport(text)
    expect(result.cells['applications.granted.total']).toBe(report.cells['applications.granted.total'])
    expect(result.cells['reviewLitigation.review.total']).toBe(report.cells['reviewLitigation.review.total'])
    expect(result.cells).toEqual(report.cells)
  })
})

describe('markdown of a PDF converter: tables renumbered and restyled (class 3)', () => {
  const report = fixtureReport(12)

  it('should read tables re-headed `## 表一：…` after the numbered sections', () => {
    const text = renderConverterMarkdown(report, {tableTitles: true})
    expect(text).toContain('## 表二：收到和处理政府信息公开申请情况')
    const result = parseReport(text)
    expect(result.cells).toEqual(report.cells)
    expect(result.report.sections.map((section) => section.key)).toEqual([
      'overview', 'activeDisclosure', 'applications', 'reviewLitigation', 'problems', 'otherMatters'
    ])
  })

  it('should read a blank trailing cell on every row', () => {
    const text = renderConverterMarkdown(report, {trailingBlankCell: true, breaks: true})
    expect(text).toMatch(/\| 34\d\d\d \|  \|\n|\| \d+ \|  \|\n/u)
    expect(parseReport(text).cells).toEqual(report.cells)
  })

  it('should read 表四 whose two header rows are split over two tables', () => {
    const text = renderConverterMarkdown(report, {splitReviewHeader: true})
    expect(text).toMatch(/\| 行政诉讼 \|[ |]*\n\| --- [-| ]*\n\n\| 结果维持 \|[^\n]*\n\| --- /u)
    const result = parseReport(text)
    expect(result.cells).toEqual(report.cells)
  })

  it('should read every class-3 change at once, with every page broken', () => {
    const text = renderConverterMarkdown(report, {
      breaks: true, style: 'own-table', furniture: 'running-head', headerBreak: true,
      tableTitles: true, trailingBlankCell: true, splitReviewHeader: true
    })
    expect(parseReport(text).cells).toEqual(report.cells)
  })
})

describe('markdown of a PDF converter: page furniture inside tables (class 4)', () => {
  const report = fixtureReport(13)

  it('should drop a page-number row `| — 3 — |  |` inside a table and say so', () => {
    const text = renderConverterMarkdown(report, {breaks: [[0, 2], [1, 7], [2, 2]], furniture: 'furniture-row'})
    expect(text).toMatch(/^\| — 3 — \|  \|/mu)
    const result = parseReport(text)
    expect(result.cells).toEqual(report.cells)
    const dropped = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-page-number')
    expect(dropped.map((diagnostic) => diagnostic.message)).toEqual([
      'Dropped page-number `— 2 —` inside a table',
      'Dropped page-number `— 3 —` inside a table',
      'Dropped page-number `— 4 —` inside a table'
    ])
  })

  it('should drop a running head between two parts of a table as page furniture', () => {
    const text = renderConverterMarkdown(report, {breaks: [[1, 9]], furniture: 'running-head'})
    const result = parseReport(text)
    expect(result.cells).toEqual(report.cells)
    const furniture = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-page-furniture')
    expect(furniture).toHaveLength(1)
    expect(furniture[0]!.message).toBe('Dropped page furniture `' + text.split('\n')[0] + '` inside a table')
  })

  it('should drop a page footer `第 3 页 共 9 页` between two parts of a table', () => {
    const text = renderConverterMarkdown(report, {breaks: [[1, 4], [1, 12]], furniture: 'page-footer'})
    expect(text).toContain('第 3 页 共 9 页')
    expect(parseReport(text).cells).toEqual(report.cells)
  })

  it('should keep a section heading between two tables as the end of the first', () => {
    const text = renderConverterMarkdown(report, {breaks: true})
    const tables = fromText(text, new VFile()).children.filter((block) => block.type === 'table')
    expect(tables.map((table) => table.children.length)).toEqual([14, 28, 4])
  })
})

describe('markdown of a converter that marks lines by their look (@opendocsg/pdf2md)', () => {
  const fixtures = new URL('../converter-fixtures/', import.meta.url)
  const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8')

  it('should read headed lines as plain lines and the rows strung with footnote marks, each cell at its place', () => {
    const text = read('pdf2md-0.3.2.large-values.md')
    const result = of2021(parseReport(text))
    const marks = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-converter-marks')
    expect(marks.map((diagnostic) => [diagnostic.severity, diagnostic.place?.line])).toEqual([
      ['info', 1],
      ['info', text.split('\n').findIndex((line) => line.includes('^')) + 1]
    ])
    expect(marks[0]!.message).toMatch(/^Read \d+ markdown headings as plain lines/u)
    // 表四's numbers, a converter's footnote: `(^72 39 57 282 450) １６ 236 …`.
    const upheld = result.report.tables.reviewLitigation.review.upheld
    expect(upheld.value).toBe(72)
    expect(text.slice(upheld.position!.start.offset, upheld.position!.end.offset)).toBe('72')
    expect(result.cells['reviewLitigation.litigationAfterReview.total']).toBe(549)
    expect(result.cells['activeDisclosure.regulations.made']).toBe(1086)
  })

  it('should drop a page-break comment line as debris, a page break for the readers', () => {
    const text = read('pdf2md-0.3.2.page-breaks.md')
    expect(text).toContain('<!-- PAGE_BREAK -->')
    const result = parseReport(text)
    const dropped = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-debris')
    expect(dropped.length).toBe(text.split('\n').filter((line) => line.trim() === '<!-- PAGE_BREAK -->').length)
    expect(dropped[0]!.message).toBe('Dropped the comment line `<!-- PAGE_BREAK -->`')
    // Rows on both sides of each break read: every cell of the report.
    expect(result.cells).toEqual(JSON.parse(read('pdf2md-0.3.2.page-breaks.json')))
    const paragraphs = result.report.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))
    expect(paragraphs.length).toBeGreaterThan(3)
    expect(paragraphs.filter((paragraph) => paragraph.includes('PAGE_BREAK'))).toEqual([])
  })

  it('should keep headings as headings in markdown a person wrote', () => {
    const text = '# 样例市商务局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本机关坚持以公开为常态。\n'
    const result = parseReport(text)
    expect(result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'text-converter-marks')).toBe(false)
    expect(result.report.sections[0]!.key).toBe('overview')
  })
})
