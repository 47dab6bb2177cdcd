import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import type {Table} from '@xxgk/core'
import {of2021} from '@xxgk/testkit'
import {htmlToTree, parseHtml} from '../src/html/index.js'
import {parseErrorCode} from './expect-parse-error.js'
import {activeDisclosureHtml, pageWithChrome, reportArticle} from './report-html.js'

/** A table's cells as `column+colSpan×rowSpan:value`, row by row. */
function layout(table: Table): Array<Array<string>> {
  return table.children.map((row) => row.children.map((cell) => `${cell.column}+${cell.colSpan}x${cell.rowSpan}:${cell.value}`))
}

function texts(html: string): Array<string> {
  return htmlToTree(html).children.map((block) => (block.type === 'table' ? '[table ' + block.index + ']' : block.type + ' ' + block.value))
}

describe('htmlToTree', () => {
  it('should read lines of block elements as paragraphs with their source positions', () => {
    const html = '<p>一、总体情况</p>\n<div>第一行<br>第二行&nbsp;&nbsp;续<span>写</span></div><h2>标题</h2>'
    const tree = htmlToTree(html)
    expect(tree.children).toEqual([
      {
        type: 'paragraph',
        value: '一、总体情况',
        position: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 10, offset: 9}}
      },
      {
        type: 'paragraph',
        value: '第一行',
        position: {start: {line: 2, column: 6, offset: 19}, end: {line: 2, column: 9, offset: 22}}
      },
      {
        type: 'paragraph',
        value: '第二行 续写',
        position: {start: {line: 2, column: 13, offset: 26}, end: {line: 2, column: 36, offset: 49}}
      },
      {
        type: 'heading',
        depth: 2,
        value: '标题',
        position: {start: {line: 2, column: 53, offset: 66}, end: {line: 2, column: 55, offset: 68}}
      }
    ])
    const sources = tree.children.map((block) => html.slice(block.position!.start.offset, block.position!.end.offset))
    expect(sources).toEqual(['一、总体情况', '第一行', '第二行&nbsp;&nbsp;续<span>写', '标题'])
  })

  it('should collapse white space as a browser shows it and trim full-width indents', () => {
    expect(texts('<p>\n   　　2024年，\n   本机关   主动公开  </p><p>&nbsp;</p><pre>a  b\nc</pre>')).toEqual([
      'paragraph 2024年， 本机关 主动公开',
      'paragraph a  b',
      'paragraph c'
    ])
  })

  it('should read `rowspan` and `colspan` into the grid, with cell positions and sources', () => {
    const html =
      '<table>\n<thead><tr><th rowspan="2">甲</th><th colspan="2">乙</th></tr>\n<tr><th>丙</th><th>丁</th></tr></thead>\n' +
      '<tbody><tr><td>戊</td><td><p>1</p></td><td><span>2</span></td></tr></tbody></table>'
    const [table] = htmlToTree(html).children as Array<Table>
    expect(layout(table!)).toEqual([
      ['0+1x2:甲', '1+2x1:乙'],
      ['1+1x1:丙', '2+1x1:丁'],
      ['0+1x1:戊', '1+1x1:1', '2+1x1:2']
    ])
    expect(table!.layout).toBe('html')
    expect(table!.aligned).toBe(true)
    expect(table!.index).toBe(0)
    expect(table!.children[2]!.children[2]).toEqual({
      type: 'tableCell',
      value: '2',
      column: 2,
      colSpan: 1,
      rowSpan: 1,
      position: {start: {line: 4, column: 49, offset: 155}, end: {line: 4, column: 50, offset: 156}},
      source: {table: 0, row: 2, column: 2}
    })
  })

  it('should stop `rowspan="0"` and overlong row spans at the end of their row group, and cap `colspan`', () => {
    const html =
      '<table><tbody><tr><td rowspan="0">a</td><td rowspan="9">b</td><td colspan="0">c</td></tr><tr><td>d</td></tr></tbody>' +
      '<tbody><tr><td>e</td><td colspan="5000">f</td></tr></tbody></table>'
    expect(layout(htmlToTree(html).children[0] as Table)).toEqual([
      ['0+1x2:a', '1+1x2:b', '2+1x1:c'],
      ['2+1x1:d'],
      ['0+1x1:e', '1+1000x1:f']
    ])
  })

  it('should join the lines of a cell without spaces between CJK and keep numbers apart', () => {
    const html = '<table><tr><td>商业<br>企业</td><td><p>12</p><p>34</p></td><td>（二）部分公开<br/>（区分处理的）</td></tr></table>'
    expect(layout(htmlToTree(html).children[0] as Table)).toEqual([['0+1x1:商业企业', '1+1x1:12 34', '2+1x1:（二）部分公开（区分处理的）']])
  })

  it('should read a `<caption>` as a paragraph before its table', () => {
    expect(texts('<table><caption>表二</caption><tr><td>a</td></tr></table>')).toEqual(['paragraph 表二', '[table 0]'])
  })

  it('should read a table holding tables as layout: its cells as blocks, inner tables as tables', () => {
    const html =
      '<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>1</td></tr></table></td><td>旁注</td></tr></table>' +
      '<table><tr><td>后</td></tr></table>'
    expect(texts(html)).toEqual(['paragraph 一、总体情况', '[table 0]', 'paragraph 旁注', '[table 1]'])
  })

  it('should find the report inside a page and leave out its chrome', () => {
    expect(texts(pageWithChrome(reportArticle()))).toEqual([
      'heading 测试县司法局2024年政府信息公开工作年度报告',
      'paragraph 本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。',
      'paragraph 一、总体情况',
      'paragraph 2024年，测试县司法局认真贯彻落实《条例》。',
      'paragraph 二、主动公开政府信息情况',
      '[table 0]',
      'paragraph 三、收到和处理政府信息公开申请情况',
      'paragraph 四、政府信息公开行政复议、行政诉讼情况',
      'paragraph 五、存在的主要问题及改进情况',
      'paragraph 六、其他需要报告的事项'
    ])
  })

  it('should keep an article header that holds the title, though headers are chrome', () => {
    const html =
      '<header class="site-header">测试县人民政府</header>' +
      '<article><header class="article-header"><h1>测试县司法局2024年政府信息公开工作年度报告</h1></header>' +
      '<p>一、总体情况</p><p>二、主动公开政府信息情况</p></article>'
    expect(texts(html)).toEqual([
      'heading 测试县司法局2024年政府信息公开工作年度报告',
      'paragraph 一、总体情况',
      'paragraph 二、主动公开政府信息情况'
    ])
  })

  it('should not take report content for chrome: classed header cells, headings or inline spans', () => {
    const html =
      '<div class="header">测试县人民政府</div>' +
      '<div class="article"><p class="top"><span class="head">一、总体情况</span></p><p><span class="share">正文</span></p>' +
      '<table><tr class="head"><td class="header">信息内容</td><td class="top">本年制发件数</td></tr><tr><td>规章</td><td>5</td></tr></table></div>'
    const tree = htmlToTree(html)
    expect(tree.children.map((block) => (block.type === 'table' ? layout(block) : block.value))).toEqual([
      '一、总体情况',
      '正文',
      [['0+1x1:信息内容', '1+1x1:本年制发件数'], ['0+1x1:规章', '1+1x1:5']]
    ])
  })

  it('should read a page without section headings or template tables whole, chrome left out', () => {
    expect(texts('<div class="nav">首页</div><p>会议通知</p><div class="footer">版权所有</div>')).toEqual(['paragraph 会议通知'])
  })
})

describe('parseHtml', () => {
  it('should parse a report page with chrome: meta, sections and the cells of its table', async () => {
    const {report, cells} = await parseHtml(pageWithChrome(reportArticle()))
    expect(report.meta.agency).toBe('测试县司法局')
    expect(report.meta.year).toBe(2024)
    expect(report.meta.title).toBe('测试县司法局2024年政府信息公开工作年度报告')
    expect(report.sections.map((section) => section.key)).toEqual([
      'overview', 'activeDisclosure', 'applications', 'reviewLitigation', 'problems', 'otherMatters'
    ])
    expect(Object.fromEntries(Object.entries(cells).filter(([id]) => id.startsWith('activeDisclosure.')))).toEqual({
      'activeDisclosure.regulations.made': 11,
      'activeDisclosure.regulations.repealed': 12,
      'activeDisclosure.regulations.inForce': 13,
      'activeDisclosure.normativeDocuments.made': 21,
      'activeDisclosure.normativeDocuments.repealed': 22,
      'activeDisclosure.normativeDocuments.inForce': 23,
      'activeDisclosure.licensing.decisions': 31,
      'activeDisclosure.punishment.decisions': 41,
      'activeDisclosure.enforcement.decisions': 51,
      'activeDisclosure.fees.amount': 6.5
    })
  })

  it('should give values their place in the html source', async () => {
    const html = '<p>二、主动公开政府信息情况</p>\n' + activeDisclosureHtml()
    const {report} = of2021(await parseHtml(html))
    const made = report.tables.activeDisclosure.regulations.made
    expect(made.value).toBe(11)
    expect(made.source).toEqual({table: 0, row: 2, column: 1})
    expect(made.position).toEqual({start: {line: 2, column: 151, offset: 170}, end: {line: 2, column: 153, offset: 172}})
    expect(html.slice(made.position!.start.offset, made.position!.end.offset)).toBe('11')
  })

  it('should decode a GBK page declared in `<meta http-equiv>`', async () => {
    const bytes = iconv.encode(pageWithChrome(reportArticle('示范县人力资源和社会保障局'), 'gbk'), 'gbk')
    expect(bytes.subarray(0, 400).includes(0xe4)).toBe(false)
    const {report, cells} = of2021(await parseHtml(new Uint8Array(bytes)))
    expect(report.meta.agency).toBe('示范县人力资源和社会保障局')
    expect(cells['activeDisclosure.fees.amount']).toBe(6.5)
  })

  it('should decode an undeclared GB18030 page by sniffing, and a UTF-8 page mislabelled GBK as UTF-8', async () => {
    const html = '<p>二、主动公开政府信息情况</p>' + activeDisclosureHtml()
    const undeclared = of2021(await parseHtml(new Uint8Array(iconv.encode(html, 'gb18030'))))
    expect(undeclared.cells['activeDisclosure.regulations.made']).toBe(11)
    const mislabelled = new TextEncoder().encode('<meta charset="gb2312">' + html)
    expect(of2021(await parseHtml(mislabelled)).cells['activeDisclosure.regulations.made']).toBe(11)
  })

  it('should decode a page by its byte order mark', async () => {
    const html = '<p>二、主动公开政府信息情况</p>' + activeDisclosureHtml()
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(html, 'utf16le'))])
    expect(of2021(await parseHtml(utf16)).cells['activeDisclosure.regulations.made']).toBe(11)
  })

  it('should reject a page with no report with `NOT_A_REPORT`', async () => {
    const page = '<html><body><div class="nav">首页</div><h1>关于召开会议的通知</h1><p>请各单位按时参会。</p><table><tr><td>时间</td><td>地点</td></tr></table></body></html>'
    expect(await parseErrorCode(() => parseHtml(page))).toBe('NOT_A_REPORT')
  })

  it('should refuse unusable input with its code', async () => {
    expect(await parseErrorCode(() => parseHtml(42 as unknown as string))).toBe('INVALID_INPUT')
    expect(await parseErrorCode(() => parseHtml('  \n '))).toBe('EMPTY')
    expect(await parseErrorCode(() => parseHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0, 0, 1])))).toBe('BINARY')
    expect(await parseErrorCode(() => parseHtml(new Uint8Array(200).fill(0xff)))).toBe('BAD_ENCODING')
    expect(await parseErrorCode(() => parseHtml('<p>x</p>'.repeat(100), {limits: {maxChars: 100}}))).toBe('TOO_LARGE')
    expect(await parseErrorCode(() => parseHtml(new Uint8Array(1000).fill(0x41), {limits: {maxBytes: 100}}))).toBe('TOO_LARGE')
    expect(await parseErrorCode(() => parseHtml('<div>'.repeat(20_000) + '一、总体情况'))).toBe('TOO_LARGE')
    // A million cells are refused by counting tags, before a parse tree is built.
    const cells = '<table>' + ('<tr>' + '<td>1</td>'.repeat(1000) + '</tr>').repeat(1000) + '</table>'
    expect(await parseErrorCode(() => parseHtml(cells))).toBe('TOO_LARGE')
    expect(await parseErrorCode(() => parseHtml('<p>一、总体情况</p>'.repeat(30), {limits: {maxElements: 20}}))).toBe('TOO_LARGE')
    const big = '<table>' + '<tr><td>a</td><td>1</td></tr>'.repeat(20) + '</table>'
    expect(await parseErrorCode(() => parseHtml(big, {limits: {maxTableCells: 30}}))).toBe('TOO_LARGE')
  })
})
