import {readFileSync} from 'node:fs'
import {cellIds} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {readAlignedLine, SpaceAlignedDetector, spaceAlignedTableEnd} from '../../src/grid/detect-space-aligned.js'
import {fromSpaceAligned} from '../../src/grid/from-space-aligned.js'
import {parseTree} from '../../src/parse-report.js'
import {displayWidth} from '../../src/text/display-width.js'
import {linePosition, splitLines, type Line} from '../../src/text/lines.js'
import type {Block, Root, Table} from '../../src/types.js'
import {of2021} from '../of-template.js'

const fixtures = new URL('../space-aligned-fixtures/', import.meta.url)
const fixtureNames = [
  'pdftotext-a4',
  'pdftotext-page-breaks',
  'pdftotext-centred-blanks',
  'display-width',
  'display-width-gaps'
] as const

function fixture(name: string): {text: string; expected: Record<string, number | null>} {
  return {
    text: readFileSync(new URL(name + '.txt', fixtures), 'utf8'),
    expected: JSON.parse(readFileSync(new URL(name + '.json', fixtures), 'utf8')) as Record<string, number | null>
  }
}

/** The block tree of a text, tables read with the space-aligned reader, other lines as paragraphs. */
function readTree(text: string): Root {
  const lines = splitLines(text)
  const children: Array<Block> = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    if (line.text.trim() === '') {
      index++
      continue
    }
    const end = spaceAlignedTableEnd(lines, index)
    if (end !== undefined) {
      children.push(fromSpaceAligned(lines.slice(index, end)))
      index = end
      continue
    }
    children.push({type: 'paragraph', value: line.text.replaceAll('\f', '').trim(), position: linePosition(line, 0, line.text.length)})
    index++
  }
  return {type: 'root', children}
}

function tablesOf(text: string): Array<Table> {
  return readTree(text).children.filter((block): block is Table => block.type === 'table')
}

/** Rows of a grid as `[column, colSpan, rowSpan, value]` per cell. */
function cellsOf(table: Table): Array<Array<[number, number, number, string]>> {
  return table.children.map((row) => row.children.map((cell) => [cell.column, cell.colSpan, cell.rowSpan, cell.value]))
}

/** The texts of each row under the header row of the table the lines make. */
function bodyOf(...texts: Array<string>): Array<Array<string>> {
  return cellsOf(fromSpaceAligned(linesOf(...texts))).slice(1).map((row) => row.map((cell) => cell[3]))
}

function linesOf(...texts: Array<string>): Array<Line> {
  return splitLines(texts.join('\n'))
}

/** `text` padded with spaces to `width` code points. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - [...text].length))
}

describe('displayWidth', () => {
  it('should count CJK characters, full-width punctuation and U+3000 two columns wide', () => {
    expect(displayWidth('规章12')).toBe(6)
    expect(displayWidth('（三）')).toBe(6)
    expect(displayWidth('\u3000')).toBe(2)
  })

  it('should count ASCII and ambiguous quotes one column wide', () => {
    expect(displayWidth('3.危及“三安全一稳定”')).toBe(20)
  })
})

describe('readAlignedLine', () => {
  const texts = (text: string) => readAlignedLine(linesOf(text)[0]!).fragments.map((fragment) => fragment.text)

  it('should split numbers set one space apart', () => {
    expect(texts('             7.属于行政执法案卷           1001 1002 1003')).toEqual(['7.属于行政执法案卷', '1001', '1002', '1003'])
  })

  it('should split numbers pushed against their label', () => {
    expect(texts('5.要求行政机关确认或重新出具已 1901 1902')).toEqual(['5.要求行政机关确认或重新出具已', '1901', '1902'])
  })

  it('should split numbers glued by the marks after them, each keeping its mark and place', () => {
    expect(texts('量                 64①59①78①07①69①57①34①')).toEqual(['量', '64①', '59①', '78①', '07①', '69①', '57①', '34①'])
    const fragments = readAlignedLine(linesOf('  853①351*681')[0]!).fragments
    expect(fragments.map((fragment) => [fragment.text, fragment.charX])).toEqual([['853①', 2], ['351*', 6], ['681', 10]])
    // A mark with no number before it, or a number's own digits, part nothing.
    expect(texts('注①2023年  12,345  1.5')).toEqual(['注①2023年', '12,345', '1.5'])
  })

  it('should split labels of two cells set one space apart', () => {
    expect(texts('      （三）不 4.保护第三方合法权益            701')).toEqual(['（三）不', '4.保护第三方合法权益', '701'])
    expect(texts('三、本 法提供')).toEqual(['三、本', '法提供'])
  })

  it('should keep a sentence with numbers in it whole', () => {
    expect(texts('请 12 件，办结 10 件，结转下年度 2 件。')).toEqual(['请 12 件，办结 10 件，结转下年度 2 件。'])
    expect(texts('3. 危及“三安全一稳定”')).toEqual(['3. 危及“三安全一稳定”'])
  })

  it('should measure fragments in code points and in display columns', () => {
    const [label, value] = readAlignedLine(linesOf('  规章    3021')[0]!).fragments
    expect(label).toMatchObject({charX: 2, displayX: 2, width: 4, length: 2, value: false})
    expect(value).toMatchObject({charX: 8, displayX: 10, width: 4, length: 4, value: true})
  })

  it('should recognise page-number lines', () => {
    for (const text of ['- 3 -', '— 3 —', '—3—', '第 3 页', '第3页 共6页', '3 / 6', '        - 12 -']) {
      expect(readAlignedLine(linesOf(text)[0]!).pageNumber).toBe(true)
    }
    expect(readAlignedLine(linesOf('3021')[0]!).pageNumber).toBe(false)
  })
})

describe('spaceAlignedTableEnd', () => {
  const table = [
    '二、主动公开政府信息情况',
    '',
    '信息内容        本年制发件数   本年废止件数',
    '规章                       3              1',
    '行政规范性文件             5              2',
    '',
    '三、收到和处理政府信息公开申请情况'
  ]

  it('should find a table between two section headings', () => {
    const lines = linesOf(...table)
    expect(spaceAlignedTableEnd(lines, 0)).toBeUndefined()
    expect(spaceAlignedTableEnd(lines, 2)).toBe(5)
    expect(spaceAlignedTableEnd(lines, 6)).toBeUndefined()
  })

  it('should take the lines of a wrapped header before the first row', () => {
    const lines = linesOf(
      '                         申请人情况',
      '                自然   商业   科研',
      '                 人    企业   机构',
      '一、本年新收       1      2      3',
      '二、上年结转       4      5      6'
    )
    expect(spaceAlignedTableEnd(lines, 0)).toBe(5)
  })

  it('should go on across a page break with a page number and a repeated header', () => {
    const lines = linesOf(
      '信息内容        本年制发件数   本年废止件数',
      '规章                       3              1',
      '',
      '                  - 3 -',
      '\f信息内容        本年制发件数   本年废止件数',
      '行政规范性文件             5              2',
      '',
      '三、收到和处理政府信息公开申请情况'
    )
    expect(spaceAlignedTableEnd(lines, 0)).toBe(6)
  })

  it('should take a wrapped label after the last row', () => {
    const lines = linesOf(
      '1.属于国家秘密                 1      2',
      '5.要求行政机关确认或重新出具已 3      4',
      '  获取信息',
      '',
      '四、政府信息公开行政复议、行政诉讼情况'
    )
    expect(spaceAlignedTableEnd(lines, 0)).toBe(3)
  })

  it('should not fire on prose, justified or with numbers in it', () => {
    const lines = linesOf(
      '  本机关坚持以公开为常态、不公开为例外，2021 年共收到政府信息公开申',
      '请 12 件，办结 10 件，结转下年度 2 件。全年主动公开政府信息 356 条，其',
      '中通 过政 府网 站公 开 300 条， 通过 政务 新媒 体公 开 56 条， 较上 年增 长',
      '15%。'
    )
    for (let index = 0; index < lines.length; index++) expect(spaceAlignedTableEnd(lines, index)).toBeUndefined()
  })

  it('should find every table of a document with one detector, each line cut once', () => {
    const lines = linesOf(...table, '', '信息内容        本年处理决定数量', '行政许可                   7', '行政处罚                   8')
    const detector = new SpaceAlignedDetector(lines)
    expect([0, 2, 6, 8].map((index) => detector.tableEnd(index))).toEqual([undefined, 5, undefined, 11])
    expect(detector.aligned(3)).toBe(detector.aligned(3))
    expect(detector.aligned(3).fragments.map((fragment) => fragment.text)).toEqual(['规章', '3', '1'])
  })

  it('should not fire on one line of two columns', () => {
    const lines = linesOf('联系人：张三        联系电话：0533-1234567', '', '一、总体情况')
    expect(spaceAlignedTableEnd(lines, 0)).toBeUndefined()
  })
})

describe('fromSpaceAligned', () => {
  it('should read a header and rows into the grid, columns from geometry', () => {
    const table = fromSpaceAligned(
      linesOf(
        '信息内容        本年制发件数   本年废止件数',
        '规章                       3              1',
        '行政规范性文件             5              2'
      )
    )
    expect(table).toMatchObject({type: 'table', layout: 'space-aligned', aligned: true})
    expect(cellsOf(table)).toEqual([
      [
        [0, 1, 1, '信息内容'],
        [1, 1, 1, '本年制发件数'],
        [2, 1, 1, '本年废止件数']
      ],
      [
        [0, 1, 1, '规章'],
        [1, 1, 1, '3'],
        [2, 1, 1, '1']
      ],
      [
        [0, 1, 1, '行政规范性文件'],
        [1, 1, 1, '5'],
        [2, 1, 1, '2']
      ]
    ])
  })

  it('should keep the columns of the other numbers when one is missing, the blank cells empty', () => {
    const table = fromSpaceAligned(
      linesOf(
        '                 自然人  商业企业  科研机构  总计',
        '一、本年新收        11        12        13    36',
        '二、上年结转        21                  23    44',
        '四、结转下年度                          33    33'
      )
    )
    expect(cellsOf(table).slice(1)).toEqual([
      [
        [0, 1, 1, '一、本年新收'],
        [1, 1, 1, '11'],
        [2, 1, 1, '12'],
        [3, 1, 1, '13'],
        [4, 1, 1, '36']
      ],
      [
        [0, 1, 1, '二、上年结转'],
        [1, 1, 1, '21'],
        [2, 1, 1, ''],
        [3, 1, 1, '23'],
        [4, 1, 1, '44']
      ],
      [
        [0, 1, 1, '四、结转下年度'],
        [1, 1, 1, ''],
        [2, 1, 1, ''],
        [3, 1, 1, '33'],
        [4, 1, 1, '33']
      ]
    ])
  })

  it('should join a label wrapped around its numbers, above and below them', () => {
    const table = fromSpaceAligned(
      linesOf(
        '                          自然人  商业企业  总计',
        '1.本机关不掌握相关政府',
        '                              11        12    23',
        '信息',
        '2.没有现成信息需要另行        21        22    43',
        '制作'
      )
    )
    expect(cellsOf(table).slice(1)).toEqual([
      [
        [0, 1, 1, '1.本机关不掌握相关政府信息'],
        [1, 1, 1, '11'],
        [2, 1, 1, '12'],
        [3, 1, 1, '23']
      ],
      [
        [0, 1, 1, '2.没有现成信息需要另行制作'],
        [1, 1, 1, '21'],
        [2, 1, 1, '22'],
        [3, 1, 1, '43']
      ]
    ])
  })

  it('should read pdftotext positions in code points, CJK text one column wide', () => {
    const table = fromSpaceAligned(
      linesOf(
        pad('信息内容', 16) + pad('本年制发件数', 16) + '本年废止件数',
        pad('规章', 18) + pad('3021', 16) + '3022',
        pad('行政规范性文件', 18) + pad('3031', 16) + '3032',
        pad('行政许可', 34) + '3042'
      )
    )
    expect(cellsOf(table).at(-1)).toEqual([
      [0, 1, 1, '行政许可'],
      [1, 1, 1, ''],
      [2, 1, 1, '3042']
    ])
  })

  it('should find the columns from where the numbers line up when no row is full', () => {
    const table = fromSpaceAligned(
      linesOf(
        '   信息内容     本年制发件数  本年废止件数  现行有效件数',
        '规章                                  1672          1500',
        '行政规范性文件            98           834'
      )
    )
    expect(cellsOf(table).slice(1)).toEqual([
      [
        [0, 1, 1, '规章'],
        [1, 1, 1, ''],
        [2, 1, 1, '1672'],
        [3, 1, 1, '1500']
      ],
      [
        [0, 1, 1, '行政规范性文件'],
        [1, 1, 1, '98'],
        [2, 1, 1, '834'],
        [3, 1, 1, '']
      ]
    ])
  })

  it('should leave out a number whose column is in doubt, and the blank cells of its row', () => {
    for (const rest of ['', '      21']) {
      const table = fromSpaceAligned(
        linesOf(
          '   信息内容     本年制发件数  本年废止件数  现行有效件数',
          '规章                        11            12            13',
          '行政规范性文件                              7777777' + rest
        )
      )
      expect(cellsOf(table)[0]!.map((cell) => cell[3])).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'])
      expect(cellsOf(table)[2]).toEqual([[0, 1, 1, '行政规范性文件'], ...(rest ? [[3, 1, 1, '21'] as [number, number, number, string]] : [])])
    }
  })

  it('should keep a number in doubt between columns under one header', () => {
    const table = fromSpaceAligned(
      linesOf(
        '   信息内容     本年制发件数  本年废止件数  现行有效件数',
        '规章                        11            12            13',
        '行政规范性文件              21            22            23',
        '   信息内容            本年收费金额（单位：万元）',
        '行政事业性收费                              4166.241619'
      )
    )
    expect(cellsOf(table).at(-1)!.filter((cell) => cell[3] !== '')).toEqual([
      [0, 1, 1, '行政事业性收费'],
      [2, 1, 1, '4166.241619']
    ])
  })

  it('should give the numbers of a label whose last line is lost to that label, not the next', () => {
    const rows = bodyOf(
      '                                自然人  商业企业  总计',
      '        1.本机关不掌握相关政府',
      '                                    11        12    23',
      '        2.没有现成信息需要另行',
      '                                    21        22    43',
      '        制作'
    )
    expect(rows).toEqual([
      ['1.本机关不掌握相关政府', '11', '12', '23'],
      ['2.没有现成信息需要另行制作', '21', '22', '43']
    ])
  })

  it('should not give a label wrapped around numbers below to the numbers above it', () => {
    // `2.其他法律行政法规禁止` / numbers / `公开` is one label around its numbers; the
    // numbers above are the row whose label ends right above them.
    const rows = bodyOf(
      '                                自然人  商业企业  总计',
      '        （二）部分公开（区分处理的，只计',
      '                                    11        12    23',
      '                  2.其他法律行政法规禁止',
      '                                    21        22    43',
      '                  公开'
    )
    expect(rows).toEqual([
      ['（二）部分公开（区分处理的，只计', '11', '12', '23'],
      ['2.其他法律行政法规禁止公开', '21', '22', '43']
    ])
  })

  it('should give numbers between a label that ends short above and a row below no label', () => {
    // `4.无正当理由大量反复申` / `请` ended there, where rows print their labels on the
    // line of their numbers: the numbers under it may be a row whose label was lost.
    const rows = bodyOf(
      '                                自然人  商业企业  总计',
      '        2.重复申请                   1         2     3',
      '        3.要求提供公开出版物         4         5     9',
      '        4.无正当理由大量反复申',
      '        请',
      '                                    11        12    23',
      '        1.申请人无正当理由逾期      21        22    43'
    )
    expect(rows).toContainEqual(['11', '12', '23'])
    expect(rows).toContainEqual(['1.申请人无正当理由逾期', '21', '22', '43'])
  })

  it('should give numbers between a row label ending above and a deeper one starting below neither', () => {
    const rows = bodyOf(
      '                                      自然人  商业企业  总计',
      '        （一）予以公开                    1         2     3',
      '        （二）部分公开（区分处理的，只计',
      '                                          11        12    23',
      '                  1.属于国家秘密'
    )
    expect(rows).toContainEqual(['11', '12', '23'])
    expect(rows.find((row) => row.includes('1.属于国家秘密'))).toEqual(['1.属于国家秘密'])
  })

  it('should not take a label next to numbers it could not be given for a group over them', () => {
    // `1.本机关…` (its end lost) and `2.没有…` / `制作` stand on either side of `32 …`:
    // whose they are cannot be told, and `2.没有…` is no group over them either.
    const rows = bodyOf(
      '                                       自然人  商业企业  总计',
      '                  8.属于行政查询事项       305       441   746',
      '                  1.本机关不掌握相关政府',
      '                                            32       459   491',
      '        （四）无  2.没有现成信息需要另行',
      '                  制作',
      '                                            84       111   195',
      '                  确'
    )
    expect(rows).toContainEqual(['32', '459', '491'])
    expect(rows.find((row) => row.includes('84'))).not.toContain('2.没有现成信息需要另行制作')
  })

  it('should read a group label set one character a line as one label beside whole row labels', () => {
    // The group labels' characters stand on the lines of the rows beside them; `无` of
    // `（四）无法提供`, alone on its line, reads as a mark (none) by itself.
    const lines = linesOf(
      '                                    自然人 商业企业 科研机构  总计',
      '一、本年新收政府信息公开申请数量          31      42      53   126',
      '三   （一）予以公开                    82      22      26   130',
      '、',
      '本   （二）部分公开（区分处理的，只计这一情',
      '年   形，不计其他情形）                 94      99      31   224',
      '度   （   1.属于国家秘密                 74      37     110   221',
      '办   三   2.其他法律行政法规禁止公开           112      29      85   226',
      '理   ）',
      '结   不   3.危及“三安全一稳定”            59       7      50   116',
      '果   予',
      '    公   4.保护第三方合法权益             78      88      41   207',
      '    开',
      '    （   1.本机关不掌握相关政府信息          64      53      80   197',
      '    四',
      '    ）   2.没有现成信息需要另行制作          118     121      13   252',
      '    无',
      '    法   3.补正后申请内容仍不明确           123      34      11   168',
      '    提',
      '    供',
      '    （七）总计                        903     392     446  1741'
    )
    const labels = cellsOf(fromSpaceAligned(lines)).map((row) => row.filter((cell) => cell[0] < 3))
    expect(labels).toEqual([
      [],
      [[0, 3, 1, '一、本年新收政府信息公开申请数量']],
      [
        [0, 1, 10, '三、本年度办理结果'],
        [1, 2, 1, '（一）予以公开']
      ],
      [[1, 2, 1, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']],
      [
        [1, 1, 4, '（三）不予公开'],
        [2, 1, 1, '1.属于国家秘密']
      ],
      [[2, 1, 1, '2.其他法律行政法规禁止公开']],
      [[2, 1, 1, '3.危及“三安全一稳定”']],
      [[2, 1, 1, '4.保护第三方合法权益']],
      [
        [1, 1, 3, '（四）无法提供'],
        [2, 1, 1, '1.本机关不掌握相关政府信息']
      ],
      [[2, 1, 1, '2.没有现成信息需要另行制作']],
      [[2, 1, 1, '3.补正后申请内容仍不明确']],
      [[1, 2, 1, '（七）总计']]
    ])
  })

  it('should not read short row labels one under another, no deeper label beside them, as a group label', () => {
    const rows = bodyOf(
      '   信息内容     本年制发件数   本年废止件数',
      '   规章             31             64',
      '   其他             42             75',
      '   收费             53             86'
    )
    expect(rows).toEqual([
      ['规章', '31', '64'],
      ['其他', '42', '75'],
      ['收费', '53', '86']
    ])
  })

  it('should take the header printed again after rows for a new page when nothing else marks it', () => {
    // pdftotext-page-breaks with its page numbers dropped and form feeds trimmed (as the text reader does).
    const {text, expected} = fixture('pdftotext-page-breaks')
    const bare = text
      .split('\n')
      .filter((line) => !/^\s*—\d+—\s*$/u.test(line))
      .map((line) => line.replaceAll('\f', ''))
      .join('\n')
    const {cells} = of2021(parseTree(readTree(bare)))
    expect(Object.fromEntries(cellIds.map((id) => [id, cells[id] ?? null]))).toEqual(expected)
  })

  it('should go through lines of 200,000 characters (patterns that cannot backtrack, no spread of long lists)', () => {
    for (const text of [' '.repeat(200_000) + 'x', '1 '.repeat(200_000), ('1 '.repeat(20_000) + '\n').repeat(2)]) {
      const lines = linesOf(text)
      for (let index = 0; index < lines.length; index++) spaceAlignedTableEnd(lines, index)
      expect(fromSpaceAligned(lines).type).toBe('table')
    }
  })

  it('should give every cell its place in the text', () => {
    const table = fromSpaceAligned(linesOf('信息内容    本年制发件数', '规章                   3', '行政规范性文件         5'))
    expect(table.children[1]!.children[1]!.position).toEqual({
      start: {line: 2, column: 22, offset: 36},
      end: {line: 2, column: 23, offset: 37}
    })
    expect(table.position).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 3, column: 18, offset: 55}})
  })

  describe('on real pdftotext output (fixture pdftotext-a4)', () => {
    const [activeDisclosure, applications, reviewLitigation] = tablesOf(fixture('pdftotext-a4').text)

    it('should find the three tables', () => {
      expect([activeDisclosure, applications, reviewLitigation].map((table) => table?.children.length)).toEqual([14, 28, 4])
    })

    it('should read 表二 with a title row per sub-table and a header spanning the merged value cell', () => {
      expect(cellsOf(activeDisclosure!).slice(4, 7)).toEqual([
        [[0, 4, 1, '第二十条第（五）项']],
        [
          [0, 1, 1, '信息内容'],
          [1, 3, 1, '本年处理决定数量']
        ],
        [
          [0, 1, 1, '行政许可'],
          [1, 1, 1, '3061'],
          [2, 1, 1, ''],
          [3, 1, 1, '']
        ]
      ])
    })

    it('should read the wrapped header of 表三 into one cell per column', () => {
      expect(cellsOf(applications!).slice(0, 3)).toEqual([
        [
          [0, 3, 3, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'],
          [3, 7, 1, '申请人情况']
        ],
        [[3, 7, 1, '法人或其他组织']],
        [
          [3, 1, 1, '自然人'],
          [4, 1, 1, '商业企业'],
          [5, 1, 1, '科研机构'],
          [6, 1, 1, '社会公益组织'],
          [7, 1, 1, '法律服务机构'],
          [8, 1, 1, '其他'],
          [9, 1, 1, '总计']
        ]
      ])
    })

    it('should join a row whose total sits on a line of its own', () => {
      expect(cellsOf(applications!)[6]).toEqual([
        [1, 2, 1, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
        [3, 1, 1, '301'],
        [4, 1, 1, '302'],
        [5, 1, 1, '303'],
        [6, 1, 1, '304'],
        [7, 1, 1, '305'],
        [8, 1, 1, '306'],
        [9, 1, 1, '307']
      ])
    })

    it('should read group labels as cells spanning their rows', () => {
      const groups = applications!.children
        .slice(3)
        .flatMap((row) => row.children)
        .filter((cell) => cell.rowSpan > 1 && cell.column < 2)
        .map((cell) => [cell.column, cell.rowSpan, cell.value])
      expect(groups).toEqual([
        [0, 22, '三、本年度办理结果'],
        [1, 8, '（三）不予公开'],
        [1, 3, '（四）无法提供'],
        [1, 5, '（五）不予处理'],
        [1, 3, '（六）其他处理']
      ])
    })

    it('should read the header of 表四 with its column groups', () => {
      expect(cellsOf(reviewLitigation!).slice(0, 2)).toEqual([
        [
          [0, 5, 1, '行政复议'],
          [5, 10, 1, '行政诉讼']
        ],
        [
          [0, 1, 2, '结果维持'],
          [1, 1, 2, '结果纠正'],
          [2, 1, 2, '其他结果'],
          [3, 1, 2, '尚未审结'],
          [4, 1, 2, '总计'],
          [5, 5, 1, '未经复议直接起诉'],
          [10, 5, 1, '复议后起诉']
        ]
      ])
    })

    it('should join numbers wrapped in their narrow cells', () => {
      const values = reviewLitigation!.children[3]!.children
      expect(values.map((cell) => cell.value)).toEqual([
        '4011', '4012', '4013', '4014', '4015',
        '4021', '4022', '4023', '4024', '4025',
        '4031', '4032', '4033', '4034', '4035'
      ])
      expect(values[0]!.position).toEqual({
        start: {line: 92, column: 1, offset: 3515},
        end: {line: 93, column: 2, offset: 3605}
      })
    })
  })

  describe('on real pdftotext output with page breaks (fixture pdftotext-page-breaks)', () => {
    const tables = tablesOf(fixture('pdftotext-page-breaks').text)
    const applications = tables[1]!

    it('should find the three tables and no table in the prose', () => {
      expect(tables.length).toBe(3)
    })

    it('should repeat the header rows where the page repeats them', () => {
      const headers = applications.children.filter((row) => row.children.some((cell) => cell.value === '申请人情况'))
      expect(headers.length).toBe(3)
    })

    it('should join a label and its group label split across pages, over the repeated header', () => {
      const row = applications.children.find((item) => item.children.some((cell) => cell.value.startsWith('1.申请人')))
      expect(cellsOf({...applications, children: [row!]})[0]).toEqual([
        [1, 1, 1, '（六）其他处理'],
        [2, 1, 1, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
        [3, 1, 1, '2001'],
        [4, 1, 1, '2002'],
        [5, 1, 1, '2003'],
        [6, 1, 1, '2004'],
        [7, 1, 1, '2005'],
        [8, 1, 1, '2006'],
        [9, 1, 1, '2007']
      ])
    })
  })

  describe('on real pdftotext output with group labels set down a narrow column (fixtures pdftotext-vertical-*)', () => {
    /** The row labels of 表三 (its 25 rows) and its group labels with the rows they span. */
    const labelsOf = (name: string) => {
      const rows = tablesOf(fixture(name).text)[1]!.children.slice(3)
      return {
        rows: rows.map((row) => row.children.filter((cell) => cell.column < 3 && cell.rowSpan === 1).map((cell) => cell.value).join('')),
        groups: rows.flatMap((row) => row.children).filter((cell) => cell.rowSpan > 1 && cell.column < 2).map((cell) => [cell.column, cell.rowSpan, cell.value])
      }
    }
    const rowLabels = [
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
      '1.本机关不掌握相关政府信息',
      '2.没有现成信息需要另行制作',
      '3.补正后申请内容仍不明确',
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
      '（七）总计',
      '四、结转下年度继续办理'
    ]
    const inner = (last: [number, number, string]) => [
      [1, 8, '（三）不予公开'],
      [1, 3, '（四）无法提供'],
      [1, 5, '（五）不予处理'],
      last
    ]

    it('should read one character a line, `无` alone on its line and a group cut by a page break', () => {
      // LibreOffice drops the last character of （六）其他处理 where the page breaks it.
      expect(labelsOf('pdftotext-vertical-groups')).toEqual({
        rows: rowLabels,
        groups: [[0, 21, '三、本年度办理结果'], ...inner([1, 2, '（六）其他处'])]
      })
    })

    it('should read one character a line set from the top of the cell', () => {
      expect(labelsOf('pdftotext-vertical-groups-top')).toEqual({
        rows: rowLabels,
        groups: [[0, 21, '三、本年度办理结果'], ...inner([1, 3, '（六）其他处理'])]
      })
    })

    it('should read two characters a line, each group on its own', () => {
      expect(labelsOf('pdftotext-vertical-groups-two')).toEqual({
        rows: rowLabels,
        groups: [[0, 22, '三、本年度办理结果'], ...inner([1, 3, '（六）其他处理'])]
      })
    })

    it('should read the outer group one character a line beside groups in pieces of three', () => {
      expect(labelsOf('pdftotext-vertical-outer-group')).toEqual({
        rows: rowLabels,
        groups: [[0, 22, '三、本年度办理结果'], ...inner([1, 3, '（六）其他处理'])]
      })
    })
  })

  describe('through parseTree, all 200 cells', () => {
    for (const name of fixtureNames) {
      it('should read every cell of fixture ' + name, () => {
        const {text, expected} = fixture(name)
        expect(tablesOf(text).length).toBe(3)
        const {cells} = of2021(parseTree(readTree(text)))
        const actual = Object.fromEntries(cellIds.map((id) => [id, cells[id] ?? null]))
        expect(Object.keys(expected)).toEqual([...cellIds])
        expect(actual).toEqual(expected)
      })
    }
  })
})
