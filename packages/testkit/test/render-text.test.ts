import {describe, expect, it} from 'vitest'
import {fixtureReport, renderText, type TextLayout} from '../src/index.js'
import {escapePipeCell} from '../src/render-pipe.js'
import {displayWidth} from '../src/text-width.js'
import {expectedTokens, numericTokens, tablesRegion} from './helpers.js'

const layouts: TextLayout[] = ['cell-per-line', 'tab-rows', 'pipe', 'space-aligned', 'cell-stream', 'text-rows', 'tab-slots']
const report = fixtureReport(1, {agency: '测试县司法局', year: 2024})
const headings = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项'
]
const subsections = [
  '（一）主动公开',
  '（二）依申请公开',
  '（一）存在的主要问题',
  '（二）改进情况',
  '（一）收取信息处理费情况'
]

function trimmedLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim())
}

/** Lines of a text from the first line equal to `from` (trimmed) up to the next line matching `to`. */
function section(text: string, from: string, to: string): string[] {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.trim() === from)
  const end = lines.findIndex((line, index) => index > start && line.trim() === to)
  if (start < 0 || end < 0) throw new Error('No section from ' + from + ' to ' + to)
  return lines.slice(start + 1, end)
}

describe.each(layouts)('renderText %s', (layout) => {
  const text = renderText(report, layout)
  // `tab-slots` prints a merged value in each slot it covers: once per run of copies.
  const printedValues = (region: string) =>
    layout === 'tab-slots'
      ? region.split('\n').flatMap((line) => numericTokens(line).filter((token, index, tokens) => token !== tokens[index - 1]))
      : numericTokens(region)

  it('should be deterministic', () => {
    expect(renderText(fixtureReport(1, {agency: '测试县司法局', year: 2024}), layout)).toBe(text)
  })

  it('should contain the title line and the statistical period sentence', () => {
    expect(trimmedLines(text)).toContain('测试县司法局2024年政府信息公开工作年度报告')
    expect(text).toContain('本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。')
  })

  it('should contain the six numbered section headings as lines, in order', () => {
    const lines = trimmedLines(text)
    const positions = headings.map((heading) => lines.indexOf(heading))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('should contain sub-sections in sections 一, 五 and 六', () => {
    const lines = trimmedLines(text)
    for (const heading of subsections) expect(lines).toContain(heading)
  })

  it('should print every cell value once, in template order, between the headings of 二 and 五', () => {
    expect(printedValues(tablesRegion(text))).toEqual(expectedTokens(report))
  })

  it('should print the headings without their numbers when numberedHeadings is false', () => {
    const lines = trimmedLines(renderText(report, layout, {numberedHeadings: false}))
    for (const heading of headings) {
      expect(lines).not.toContain(heading)
      expect(lines).toContain(heading.slice(2))
    }
  })

  it('should print the headings as markdown when markdownHeadings is set', () => {
    const lines = renderText(report, layout, {markdownHeadings: true}).split('\n')
    for (const heading of headings) expect(lines).toContain('## ' + heading)
    expect(lines).toContain('### （一）主动公开')
  })

  it('should print a blank cell as an empty cell and keep the other values', () => {
    const blanked = fixtureReport(1, {
      agency: '测试县司法局',
      year: 2024,
      cells: {'applications.granted.research': null}
    })
    const tokens = printedValues(tablesRegion(renderText(blanked, layout)))
    expect(tokens).toEqual(expectedTokens(blanked))
    expect(tokens).toHaveLength(199)
  })
})

describe('renderText cell-per-line', () => {
  const text = renderText(report, 'cell-per-line')

  it('should put each cell on its own line after a tab and end each row with a blank line', () => {
    expect(text).toContain('\n\t规章\n\t1255\n\t6\n\t1055\n\n\t行政规范性文件\n')
  })

  it('should print vertically merged continuation cells as bare tabs and second paragraphs without a tab', () => {
    expect(text).toContain('\n\t\n\t\n\t商业\n企业\n\t科研\n机构\n\t社会公益组织\n\t法律服务机构\n\t其他\n\t\n\n')
    expect(text).toContain(
      '\n\t（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）\n\t申请人情况\n\n'
    )
    expect(text).toContain('\n\t\n\t\n\t2.其他法律行政法规禁止公开\n\t125\n')
  })

  it('should print the review and litigation values as one row of 15 lines', () => {
    expect(text).toContain(
      '\n\t137\n\t147\n\t42\n\t122\n\t448\n\t75\n\t47\n\t21\n\t119\n\t262\n\t231\n\t86\n\t58\n\t13\n\t388\n\n\n'
    )
  })

  it('should separate each table from its heading by a blank line', () => {
    expect(text).toContain('二、主动公开政府信息情况\n\n\t第二十条第（一）项\n\n')
  })
})

describe('renderText tab-rows', () => {
  const text = renderText(report, 'tab-rows')
  const fieldCounts = (from: string, to: string) =>
    section(text, from, to)
      .filter((line) => line !== '')
      .map((line) => line.split('\t').length)

  it('should give every row of 表二 4 fields, of 表三 10 and of 表四 15', () => {
    expect(new Set(fieldCounts(headings[1] ?? '', headings[2] ?? ''))).toEqual(new Set([4]))
    expect(fieldCounts(headings[2] ?? '', headings[3] ?? '')).toEqual(Array.from({length: 28}, () => 10))
    expect(fieldCounts(headings[3] ?? '', headings[4] ?? '')).toEqual([15, 15, 15, 15])
  })

  it('should print the header and shifted rows of 表三 like seeds/003', () => {
    const lines = text.split('\n')
    expect(lines).toContain(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t总计\t'
    )
    expect(lines).toContain('\t\t自然人\t法人或其他组织\t\t\t\t\t\t')
    expect(lines).toContain('\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t')
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t\t4644\t5177\t4864\t7480\t5509\t6866\t34540\t')
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t214\t295\t399\t148\t103\t329\t1488\t')
    expect(lines).toContain('\t（三）不予公开\t1.属于国家秘密\t497\t120\t378\t77\t162\t207\t1441')
    expect(lines).toContain('\t\t2.其他法律行政法规禁止公开\t125\t76\t363\t288\t64\t133\t1049')
    expect(lines).toContain('3.其他\t\t63\t36\t407\t355\t138\t462\t1461\t')
    expect(lines).toContain('（七）总计\t\t4745\t4542\t4716\t6786\t5488\t6119\t32396\t')
  })

  it('should fill merged slots of 表二 and 表四 with empty fields', () => {
    const lines = text.split('\n')
    expect(lines).toContain('第二十条第（一）项\t\t\t')
    expect(lines).toContain('行政许可\t1226\t\t')
    expect(lines).toContain('行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t')
    expect(lines).toContain(
      '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计'
    )
  })
})

describe('renderText pipe', () => {
  const text = renderText(report, 'pipe')

  it('should print each table as a GFM pipe table with a delimiter row after the first row', () => {
    const tables = [
      section(text, headings[1] ?? '', headings[2] ?? ''),
      section(text, headings[2] ?? '', headings[3] ?? ''),
      section(text, headings[3] ?? '', headings[4] ?? '')
    ].map((lines) => lines.filter((line) => line.startsWith('|')))
    expect(tables.map((lines) => lines.length)).toEqual([15, 29, 5])
    tables.forEach((lines, index) => {
      const width = [4, 10, 15][index] ?? 0
      expect(lines[1]).toBe('| ' + Array.from({length: width}, () => '---').join(' | ') + ' |')
      for (const line of lines) expect(line.split(' | ')).toHaveLength(width)
    })
  })

  it('should leave slots covered by merged cells empty', () => {
    const lines = text.split('\n')
    expect(lines).toContain('| 第二十条第（一）项 |  |  |  |')
    expect(lines).toContain('|  |  | 2.其他法律行政法规禁止公开 | 125 | 76 | 363 | 288 | 64 | 133 | 1049 |')
  })

  it('should escape a pipe in cell text', () => {
    expect(escapePipeCell('a|b')).toBe('a\\|b')
  })

  it('should separate paragraphs with blank lines', () => {
    expect(text).toContain('\n\n一、总体情况\n\n')
  })
})

describe('renderText space-aligned', () => {
  const text = renderText(report, 'space-aligned')
  const applications = section(text, headings[2] ?? '', headings[3] ?? '')

  /** Display columns at which each whitespace-separated token ends. */
  function tokenEnds(line: string): Array<{token: string; end: number}> {
    const ends: Array<{token: string; end: number}> = []
    for (const match of line.matchAll(/\S+/g)) {
      ends.push({token: match[0], end: displayWidth(line.slice(0, (match.index ?? 0) + match[0].length))})
    }
    return ends
  }

  it('should right-align the seven numbers of every 表三 row in the same columns', () => {
    const rows = applications
      .map((line) => tokenEnds(line).filter((entry) => /^\d+$/.test(entry.token)))
      .filter((numbers) => numbers.length === 7)
    expect(rows).toHaveLength(25)
    const columns = rows[0]?.map((entry) => entry.end)
    for (const numbers of rows) expect(numbers.map((entry) => entry.end)).toEqual(columns)
  })

  it('should count CJK characters as two columns when aligning', () => {
    const first = applications.find((line) => line.startsWith('一、本年新收'))
    const second = applications.find((line) => line.startsWith('二、上年结转'))
    expect(first && tokenEnds(first).at(-1)?.end).toBe(second && tokenEnds(second).at(-1)?.end)
    // 16 CJK characters of label, then padding to column 6 + 2 + 8 + 2 + 22 + 2 = 42.
    expect(first?.indexOf('4644')).toBe(26)
    expect(displayWidth(first?.slice(0, first.indexOf('4644')) ?? '')).toBe(42)
  })

  it('should wrap a long label over four lines with the numbers on a line of their own between its halves', () => {
    const start = applications.findIndex((line) => line.includes('2.申请人逾期未按收费通'))
    expect(applications.slice(start, start + 5).map((line) => line.trim())).toEqual([
      '（六）其  2.申请人逾期未按收费通',
      '他处理    知要求缴纳费用、行政机',
      '177   301     7   270   284   321   1360',
      '关不再处理其政府信息公',
      '开申请'
    ])
  })

  it('should put the numbers of a three-line label on its middle line', () => {
    const start = applications.findIndex((line) => line.includes('1.申请人无正当理由逾期'))
    expect(applications[start + 1]).toMatch(/不补正、行政机关不再处 +105 +323 +163 +215 +324 +180 +1310$/)
    expect(applications[start + 2]?.trim()).toBe('理其政府信息公开申请')
  })

  it('should wrap header labels and the merged group labels', () => {
    const trimmed = applications.map((line) => line.trim())
    expect(trimmed.some((line) => /^三、本\s+/.test(line))).toBe(true)
    expect(trimmed.some((line) => /^年度办\s+/.test(line))).toBe(true)
    expect(trimmed.some((line) => /^理结果\s+/.test(line))).toBe(true)
    const review = section(text, headings[3] ?? '', headings[4] ?? '').join('\n')
    expect(review).toMatch(/结果 +结果 +其他 +尚未/)
    expect(review).toMatch(/维持 +纠正 +结果 +审结 +总计/)
  })

  it('should keep at least two spaces between the columns of every table line', () => {
    const tables = section(text, headings[1] ?? '', headings[4] ?? '').filter(
      (line) => line.trim() !== '' && !headings.includes(line.trim())
    )
    for (const line of tables) expect(line.trim()).not.toMatch(/\S \S/)
  })
})

describe('renderText tab-slots', () => {
  const text = renderText(report, 'tab-slots')

  it('should print a merged cell in every slot it covers, across and down', () => {
    const lines = text.split('\n')
    const licensing = String(report.cells['activeDisclosure.licensing.decisions'])
    expect(lines).toContain(['行政许可', licensing, licensing, licensing].join('\t'))
    expect(lines.filter((line) => line.startsWith('三、本年度办理结果\t')).length).toBeGreaterThan(1)
  })
})
