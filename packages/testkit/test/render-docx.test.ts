import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {fixtureReport, renderDocx} from '../src/index.js'
import {expectedTokens, tablesRegion} from './helpers.js'
import {xmlProblems} from './xml.js'

const report = fixtureReport(2, {agency: '测试县司法局', year: 2024})
const docx = renderDocx(report)
const files = unzipSync(docx)
const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array())
const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0])

function texts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '')
}

/** Grid columns covered by each row of a table: the sum of its cells' gridSpan. */
function rowWidths(table: string): number[] {
  return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].reduce((sum, cell) => {
      const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(cell[0])
      return sum + Number(span?.[1] ?? 1)
    }, 0)
  )
}

describe('renderDocx', () => {
  it('should be a zip of the four parts of a minimal docx', () => {
    expect(docx[0]).toBe(0x50)
    expect(docx[1]).toBe(0x4b)
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/_rels/document.xml.rels',
      'word/document.xml'
    ])
    expect(strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())).toContain(
      'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
    )
    expect(strFromU8(files['_rels/.rels'] ?? new Uint8Array())).toContain('Target="word/document.xml"')
  })

  it('should be deterministic', () => {
    expect(renderDocx(fixtureReport(2, {agency: '测试县司法局', year: 2024}))).toEqual(docx)
  })

  it('should write well-formed XML in every part', () => {
    for (const [name, bytes] of Object.entries(files))
      expect({name, problems: xmlProblems(strFromU8(bytes))}).toEqual({name, problems: []})
  })

  it('should hold three w:tbl tables with the grids of the official form', () => {
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(3)
    expect(tables.map((table) => table.match(/<w:gridCol /g)?.length)).toEqual([4, 10, 15])
    expect(tables.map((table) => table.match(/<w:tr>/g)?.length)).toEqual([14, 28, 4])
  })

  it('should make every row of a table cover all its grid columns', () => {
    expect(new Set(rowWidths(tables[0] ?? ''))).toEqual(new Set([4]))
    expect(new Set(rowWidths(tables[1] ?? ''))).toEqual(new Set([10]))
    expect(new Set(rowWidths(tables[2] ?? ''))).toEqual(new Set([15]))
  })

  it('should merge cells with w:gridSpan and w:vMerge restart and continuation like the template', () => {
    const restarts = tables.map((table) => table.match(/<w:vMerge w:val="restart"\/>/g)?.length ?? 0)
    const continuations = tables.map((table) => table.match(/<w:vMerge\/>/g)?.length ?? 0)
    expect(restarts).toEqual([0, 8, 5])
    // 表三: the corner note over 2 more rows, 自然人 and 总计 over 1, 办理结果 over 21,
    // 不予公开 7, 无法提供 2, 不予处理 4, 其他处理 2; 表四: the five outcome headers.
    expect(continuations).toEqual([0, 40, 5])
    expect(tables[1]).toContain('<w:gridSpan w:val="3"/><w:vMerge w:val="restart"/>')
    expect(tables[1]).toContain('<w:gridSpan w:val="7"/>')
    expect(tables[2]).toContain('<w:gridSpan w:val="10"/>')
  })

  it('should put cell text in w:p/w:r/w:t, every value once in template order', () => {
    expect(documentXml).toMatch(
      /<w:tc><w:tcPr>.*?<\/w:tcPr><w:p><w:pPr>.*?<\/w:pPr><w:r><w:rPr>.*?<\/w:rPr><w:t xml:space="preserve">/
    )
    const values = texts(tables.join('')).filter((text) => /^\d+(?:\.\d+)?$/.test(text))
    expect(values).toEqual(expectedTokens(report))
  })

  it('should hold the title, the period sentence and the six headings as paragraphs', () => {
    const paragraphs = texts(documentXml)
    expect(paragraphs).toContain('测试县司法局2024年政府信息公开工作年度报告')
    expect(paragraphs.join('\n')).toContain('本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。')
    expect(tablesRegion(paragraphs.join('\n'))).toContain('申请人情况')
    for (const heading of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项'
    ]) {
      expect(paragraphs).toContain(heading)
    }
  })

  it('should leave a blank cell without a run', () => {
    const blank = renderDocx(fixtureReport(2, {cells: {'reviewLitigation.review.upheld': null}}))
    const xml = strFromU8(unzipSync(blank)['word/document.xml'] ?? new Uint8Array())
    const lastTable = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)?.[0] ?? ''
    const lastRow = [...lastTable.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].at(-1)?.[0] ?? ''
    expect(lastRow.match(/<w:tc>/g)).toHaveLength(15)
    expect(lastRow.match(/<w:t /g)).toHaveLength(14)
  })
})
