import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {applicationsRow as row, readCells} from './read-cells.js'
import {parseReport} from '../src/index.js'

/** 表三's header and first two rows as `pdftotext -layout` prints the official form. */
const applicationsHead = [
  '                                               申请人情况',
  '                                              法人或其他组织',
  '（本列数据的勾稽关系为：第一项加第二项之和，等',
  '                            自然     商业    科研     社会    法律',
  '于第三项加第四项之和）                                                       总计',
  '                               人                公益    服务    其他',
  '                                   企业    机构     组织    机构',
  '一、本年新收政府信息公开申请数量           858     1543 627     1361 1723 1528 7640',
  '二、上年结转政府信息公开申请数量           417     173   888    925   531   518   3452'
]
const applicationsHeadCells = {...row('newReceived', [858, 1543, 627, 1361, 1723, 1528, 7640]), ...row('carriedOver', [417, 173, 888, 925, 531, 518, 3452])}

/**
 * `pdftotext -layout` lays out each page on its own character grid: after a page break
 * the same columns stand further right. The reader is told where pages break, by the
 * form feed or by the page number, both gone from the lines it reads.
 */
describe('space-aligned pages on grids of their own', () => {
  const firstPage = [
    ...applicationsHead,
    '   （六）其 1.申请人无正当理由逾期不补正、                                          475',
    '   他处理    行政机关不再处理其政府信息公开 77       83    94     3     92    126',
    '          申请',
    '          2.申请人逾期未按收费通知要求缴 70      105   74     125   120   78    572'
  ]
  const secondPage = [
    '              纳费用、行政机关不再处理其政府',
    '              信息公开申请',
    '              3.其他                         14        100     108   12    30    104   368',
    '      （七）总计                                1060 1356 1327 1427 1483 1348 8001',
    '四、结转下年度继续办理                                215       360     188   859   771   698   3091'
  ]
  const expected = {
    ...applicationsHeadCells,
    ...row('otherDisposal.overdueCorrection', [77, 83, 94, 3, 92, 126, 475]),
    ...row('otherDisposal.unpaidFee', [70, 105, 74, 125, 120, 78, 572]),
    ...row('otherDisposal.other', [14, 100, 108, 12, 30, 104, 368]),
    ...row('total', [1060, 1356, 1327, 1427, 1483, 1348, 8001]),
    ...row('carriedForward', [215, 360, 188, 859, 771, 698, 3091])
  }

  it('should join a label continued on the next page, the page started by a form feed', () => {
    expect(readCells([...firstPage, '\f' + secondPage[0]!, ...secondPage.slice(1)])).toEqual(expected)
  })

  it('should join a label continued on the next page, the page break a page number', () => {
    expect(readCells([...firstPage, '', '                                   — 7 —', '', ...secondPage])).toEqual(expected)
  })
})

describe('space-aligned labels', () => {
  it('should read a label with a space inside (`行政 处罚`) as one label', () => {
    const lines = [
      '第二十条第（六）项',
      '   信息内容                         本年处理决定数量',
      '   行政 处罚      870',
      '   行政强制     1567'
    ]
    expect(readCells(lines)).toEqual({
      'activeDisclosure.punishment.decisions': 870,
      'activeDisclosure.enforcement.decisions': 1567
    })
  })

  it('should give numbers on the line of a piece of a group label to the row whose label starts below', () => {
    const lines = [
      ...applicationsHead,
      '三、本         8.属于行政查询事项       6       98    36     90    81    93    404',
      '年度办                          38      117   7      68    88    44    362',
      '         1.本机关不掌握相关政府信息',
      '理结果 （四）无',
      '         2.没有现成信息需要另行制作      79      2     12     37    62    19    211',
      '    法提供'
    ]
    expect(readCells(lines)).toEqual({
      ...applicationsHeadCells,
      ...row('denied.inquiryMatter', [6, 98, 36, 90, 81, 93, 404]),
      ...row('unableToProvide.notHeld', [38, 117, 7, 68, 88, 44, 362]),
      ...row('unableToProvide.needsCreation', [79, 2, 12, 37, 62, 19, 211])
    })
  })
})

describe('space-aligned group labels set between the lines of deeper rows', () => {
  // `pdftotext -layout` of the testkit's .docx (LibreOffice 7.4): the centred group label
  // `三、本年度办理结果` falls on lines of its own between the rows' wrapped labels, one
  // piece on the line of a row's numbers.
  const rowsAround = (unclear: ReadonlyArray<string>) => [
    '                                           申请人情况',
    '（本列数据的勾稽关系为：第一项加第二项之',
    '                                          法人或其他组织',
    '         和，',
    '                     自然人       商业     科研    社会公 法律服               总计',
    '    等于第三项加第四项之和）                                           其他',
    '                               企业     机构    益组织 务机构',
    '一、本年新收政府信息公开申请数量        6497   5256   5214 5432 7003       5420   34822',
    '二、上年结转政府信息公开申请数量         391   856      91   732 318        68    2456',
    '         7.属于行政执法案卷     377    488    279    411    215    321    2091',
    '         8.属于行政查询事项     369    276    119      5     13    471    1253',
    '         1.本机关不掌握相关政府',
    '                        416    315     8     309    358    497    1903',
    '         信息',
    '    （四）无 2.没有现成信息需要另行',
    '                        139    493    325    402    415    253    2027',
    '     法提供 制作',
    ...unclear,
    '         1.信访举报投诉类申请    368    329    495    305    477    245    2219'
  ]
  const expected = {
    ...row('newReceived', [6497, 5256, 5214, 5432, 7003, 5420, 34822]),
    ...row('carriedOver', [391, 856, 91, 732, 318, 68, 2456]),
    ...row('denied.enforcementCaseFile', [377, 488, 279, 411, 215, 321, 2091]),
    ...row('denied.inquiryMatter', [369, 276, 119, 5, 13, 471, 1253]),
    ...row('unableToProvide.notHeld', [416, 315, 8, 309, 358, 497, 1903]),
    ...row('unableToProvide.needsCreation', [139, 493, 325, 402, 415, 253, 2027]),
    ...row('unableToProvide.unclear', [283, 81, 198, 106, 406, 430, 1504]),
    ...row('notProcessed.petition', [368, 329, 495, 305, 477, 245, 2219])
  }

  it('should not take a piece of a group label for the label of the row wrapped around it', () => {
    const lines = rowsAround([
      '三、本',
      '         3.补正后申请内容仍不明',
      '年度办                     283    81     198    106    406    430    1504',
      '         确',
      '理结果'
    ])
    expect(readCells(lines)).toEqual(expected)
  })

  it('should not take a piece of a group label for a row label, the group enclosing a deeper label', () => {
    // The group's lines hold no deeper label, but enclose one; the row's label is not
    // on the lines right around its numbers.
    const lines = rowsAround([
      '三、本',
      '         3.补正后申请内容仍不明',
      '年度办                     283    81     198    106    406    430    1504',
      '理结果',
      '         确'
    ])
    expect(readCells(lines)).toEqual(expected)
  })
})

describe('space-aligned numbers between labels', () => {
  it('should leave numbers between the labels of two rows without numbers to neither row', () => {
    const lines = [
      ...applicationsHead,
      '          1.属于国家秘密',
      '                           43      31    85     97    98    54    408',
      '          2.其他法律行政法规禁止公开',
      '          3.危及“三安全一稳定”     10      64    13     80    124   73    364'
    ]
    const result = parseReport(lines.join('\n') + '\n')
    expect(readCells(lines)).toEqual({...applicationsHeadCells, ...row('denied.threeSecurityOneStability', [10, 64, 13, 80, 124, 73, 364])})
    for (const id of Object.keys({...row('denied.stateSecret', []), ...row('denied.lawForbidden', [])})) {
      expect(result.diagnostics.some((diagnostic) => diagnostic.cellId === id), id).toBe(true)
    }
  })
})

/** 表四's header in a large font, each header word wrapped one character a line. */
const reviewHeader = [
  '          行政复议                                           行政诉讼',
  '',
  '                                 未经复议直接起诉                                  复议后起诉',
  '结    结     其      尚',
  '                            结    结    其         尚                 结    结     其     尚',
  '果    果     他      未    总',
  '                            果    果    他         未        总        果    果     他     未     总',
  '维    纠     结      审    计',
  '                            维    纠    结         审        计        维    纠     结     审     计',
  '持    正     果      结',
  '                            持    正    果         结                 持    正     果     结'
]

describe('space-aligned numbers wrapped in their cells', () => {
  it('should join numbers wrapped around the numbers that fit their cells, centred between their halves', () => {
    const lines = [
      ...reviewHeader,
      '22   30    11          70   20   24   21             69       23       14    19   17    74',
      '                 64                         32',
      '3    0     7           4    9    1    5              7        5        0     5    2     2'
    ]
    const values = [223, 300, 117, 64, 704, 209, 241, 215, 32, 697, 235, 140, 195, 172, 742]
    const ids = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((group) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((column) => 'reviewLitigation.' + group + '.' + column)
    )
    expect(readCells(lines)).toEqual(Object.fromEntries(ids.map((id, index) => [id, values[index]!])))
  })

  it('should join a number wrapped before a page break: its last digit alone on a line is no page number', () => {
    const lines = [
      ...applicationsHead,
      '三、本 （一）予以公开                93      42    86     44    66    118   449',
      '                           313     238   474    477   303   244   204',
      '年度办 （二）部分公开（区分处理的，只计这',
      '                                                                  9',
      '',
      '                                       — 2 —',
      '',
      '\f理结果 一情形，不计其他情形）',
      '          1.属于国家秘密         60      38    103    115   56    88    460'
    ]
    expect(readCells(lines)).toEqual({
      ...applicationsHeadCells,
      ...row('granted', [93, 42, 86, 44, 66, 118, 449]),
      ...row('partiallyGranted', [313, 238, 474, 477, 303, 244, 2049]),
      ...row('denied.stateSecret', [60, 38, 103, 115, 56, 88, 460])
    })
  })

  it('should join a full-width number wrapped over the lines above and below its row', () => {
    const lines = [
      '           行政复议                                               行政诉讼',
      '                                      未经复议直接起诉                                      复议后起诉',
      '结果   结果     其他    尚未',
      '                        总计    结果   结果     其他     尚未              结果     结果     其他        尚未',
      '维持   纠正     结果    审结                                    总计                                  总计',
      '                              维持   纠正    结果     审结             维持     纠正     结果        审结',
      '                              ２５',
      '57   157    225   101   540        269   30     172     729    154    175    203   152      684',
      '                              ８'
    ]
    expect(readCells(lines)['reviewLitigation.litigationDirect.upheld']).toBe(258)
  })
})

describe('space-aligned tables whose rows do not add up', () => {
  it('should keep distinct values that never add up, rows spelled otherwise among them', () => {
    // The official form filled with 100 × row + column: no 总计 is its row's sum.
    const text = readFileSync(new URL('space-aligned-fixtures/pdftotext-a4.txt', import.meta.url), 'utf8')
      .replace('1.属于国家秘密  ', '1.属于国家机密事项')
      .replace('2.重复申请 ', '2.重复的申请')
    const result = parseReport(text)
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('table-unverified')
    expect(result.diagnostics.filter((d) => d.ruleId === 'row-variant').map((d) => d.actual)).toEqual([
      '（三）不予公开 / 1.属于国家机密事项',
      '2.重复的申请'
    ])
    expect(result.cells['applications.notProcessed.petition.naturalPerson']).toBe(1501)
    expect(result.cells['applications.denied.stateSecret.total']).toBeNull()
  })
})

describe('space-aligned totals on a line of their own', () => {
  // `pdftotext -layout` at fonts × 1.1: each 总计 set on the line above its row.
  const text = readFileSync(new URL('space-aligned-fixtures/pdftotext-font-110-totals-apart.txt', import.meta.url), 'utf8')

  it('should join a number alone on its line to the next row whose other numbers it is the sum of', () => {
    const result = parseReport(text)
    expect(result.cells['applications.carriedOver.total']).toBe(3304)
    expect(result.cells['applications.carriedOver.naturalPerson']).toBe(874)
  })

  it('should join it to no row when it is the sum of none', () => {
    const result = parseReport(text.replace(/^( +)3304$/mu, '$13305'))
    expect(result.cells['applications.carriedOver.total']).toBeNull()
    expect(result.cells['applications.carriedOver.naturalPerson']).toBe(874)
    // Not blank: the number on its own line, read into no row, may be the row's 总计.
    const doubts = result.diagnostics.filter((d) => d.cellId === 'applications.carriedOver.total').map((d) => d.ruleId)
    expect(doubts).toEqual(['number-crowded'])
  })
})

describe('space-aligned group labels set down a narrow column', () => {
  // `pdftotext -layout` of the official form with 表三's group-label columns narrowed
  // (LibreOffice 7.4): one character a line (`无` of `（四）无法提供` alone on its line),
  // or two, on the lines of the rows beside them.
  for (const name of ['pdftotext-vertical-groups', 'pdftotext-vertical-groups-top']) {
    it('should read every row of ' + name + ' by its whole label, no row unknown, approximate or short of values', () => {
      const result = parseReport(readFileSync(new URL('space-aligned-fixtures/' + name + '.txt', import.meta.url), 'utf8'))
      // The form's title names no agency or year; the rows add up.
      expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['meta-agency-missing', 'meta-year-missing'])
      const cells = result.cells as Record<string, number | null>
      expect(cells['applications.partiallyGranted.total']).toBe(486)
      expect(cells['applications.notProcessed.confirmation.naturalPerson']).toBe(122)
      expect(cells['applications.otherDisposal.other.total']).toBe(400)
    })
  }
})

describe('space-aligned totals wrapped around a label line', () => {
  // `pdftotext -layout` of wrapped-totals.font-1.2.pdf: 总计 wrapped in its narrow cell,
  // a label's line between its halves (`144` / `8.属于行政查询事项` / `8`), or its tail
  // beside the next label (`146` / `（四） 1.本机关不掌握相关政府信息 3`).
  const text = readFileSync(new URL('space-aligned-fixtures/pdftotext-font-120-wrapped-totals.txt', import.meta.url), 'utf8')
  const named = (result: ReturnType<typeof parseReport>, id: string) =>
    result.diagnostics.filter((d) => d.cellId === id || d.cellIds?.includes(id as never)).map((d) => d.ruleId)

  it('should join the halves when, joined, the total is the sum of its row', () => {
    const cells = readCells(text.split('\n'))
    expect(cells['applications.denied.inquiryMatter.total']).toBe(1448)
    expect(cells['applications.denied.inquiryMatter.naturalPerson']).toBe(51)
    expect(cells['applications.unableToProvide.notHeld.total']).toBe(1463)
    expect(cells['applications.unableToProvide.unclear.total']).toBe(1884)
  })

  it('should join no halves whose join is not the sum of the row, leaving the row null', () => {
    const lines = text.split('\n')
    expect(lines[108]).toMatch(/^ +8$/u)
    lines[108] = lines[108]!.replace('8', '9')
    const result = parseReport(lines.join('\n'))
    expect(result.cells['applications.denied.inquiryMatter.total']).toBeNull()
    expect(result.cells['applications.denied.inquiryMatter.naturalPerson']).toBeNull()
    expect(named(result, 'applications.denied.inquiryMatter.total')).toContain('row-value-count')
  })
})

describe('space-aligned numbers on the line above their label', () => {
  // `pdftotext -layout` of page-breaks.font-1.2.pdf: 表三's rows print their numbers on
  // the line above their label, so numbers stand between their own label and the last.
  const text = readFileSync(new URL('space-aligned-fixtures/pdftotext-font-120-page-breaks.txt', import.meta.url), 'utf8')

  it('should give numbers between two labels to the one the table sets its numbers above', () => {
    const cells = readCells(text.split('\n'))
    expect(cells).toMatchObject({
      ...row('denied.thirdParty', [10, 16, 84, 70, 123, 48, 351]),
      ...row('denied.internalAffairs', [122, 117, 74, 38, 65, 110, 526])
    })
  })

  it('should give them to the one label beside them without numbers when another row sets its numbers below its label', () => {
    const lines = text.split('\n')
    expect(lines[122]).toBe('      6.属于四类过程性信息')
    // `6.属于四类过程性信息` before its numbers: a row whose numbers sit below its label, so
    // the table tells no side. Each page's first numbers have one label beside them (the
    // one below); from there, the label above numbers has its own already: theirs is the
    // one below.
    ;[lines[121], lines[122]] = [lines[122]!, lines[121]!]
    expect(readCells(lines)).toMatchObject({
      ...row('denied.thirdParty', [10, 16, 84, 70, 123, 48, 351]),
      ...row('denied.internalAffairs', [122, 117, 74, 38, 65, 110, 526]),
      ...row('denied.processInfo', [44, 54, 79, 115, 83, 105, 480])
    })
  })
})

describe('space-aligned totals set apart on a page of uneven steps', () => {
  // page-breaks.font-1.2.pdf: `352` / `二、上年结转… 647 800 163 757 917 244` / `8` and
  // `363` over `三、 （一）予以公开 88 43 1 78 82 71`, on a page whose rows step four
  // columns where the table's other pages step five: the totals fall in a column the row
  // already holds.
  const text = readFileSync(new URL('space-aligned-fixtures/pdftotext-font-120-page-breaks.txt', import.meta.url), 'utf8')

  it('should join a total to the row it completes, the last of its numbers and their sum', () => {
    const cells = readCells(text.split('\n'))
    expect(cells).toMatchObject({
      ...row('carriedOver', [647, 800, 163, 757, 917, 244, 3528]),
      ...row('granted', [88, 43, 1, 78, 82, 71, 363])
    })
  })

  it('should leave the row null when the number set apart is not its sum', () => {
    const lines = text.split('\n')
    expect(lines[75]).toMatch(/^ +363$/u)
    lines[75] = lines[75]!.replace('363', '364')
    const result = parseReport(lines.join('\n'))
    expect(result.cells['applications.granted.total']).toBeNull()
    expect(result.cells['applications.granted.naturalPerson']).toBeNull()
    expect(result.diagnostics.some((d) => d.ruleId === 'row-value-count' && d.message.includes('（一）予以公开'))).toBe(true)
  })
})

describe('space-aligned numbers wrapped with a reference mark after their tails', () => {
  it('should leave a number whose tail carries a mark (`472` / label / `6①`) null, never its head alone', () => {
    // wrapped-totals.font-1.2.pdf with `①` set after every number of 表三's first row's tails.
    const text = readFileSync(new URL('space-aligned-fixtures/pdftotext-font-120-wrapped-totals.txt', import.meta.url), 'utf8')
    const tails = '                     6   9   0   3   3   9   00\n'
    expect(text).toContain(tails)
    const marked = text.replace(tails, '                     6① 9① 0① 3① 3① 9① 00①\n')
    const cells = parseReport(marked).cells as Record<string, number | null>
    for (const column of ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']) {
      const value = cells['applications.newReceived.' + column]
      // 4726, 5569, 5650, 5323, 4583, 5349: read whole or not at all.
      if (value !== null) expect(String(value)).toHaveLength(4)
    }
    expect(cells['applications.newReceived.naturalPerson']).not.toBe(472)
  })
})

describe('space-aligned notes wrapped after their number', () => {
  // 表二 of `marked-cells` at fonts × 1.0 with `①` after every number: the note of 规章's first
  // cell (`22（其中修订 16① 件）`) wraps, its `16①` at the end of the line, where a cell's number stands.
  const lines = (mark: string) => [
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '   信息内容           本年制发件数        本年废止件数       现行有效件数',
    '    规章      22（其中修订 16' + mark,
    '                      件）   空              944' + mark,
    '  行政规范性文件   1089' + mark + '          1002' + mark + '          55（含自然失效 29' + mark,
    '                                                     件）',
    '第二十条第（五）项',
    '   信息内容                       本年处理决定数量',
    '   行政许可     3985758'
  ]

  it('should read a number after a note left open on its line as the note\'s, never the next cell\'s', () => {
    for (const mark of ['①', '']) {
      const cells = parseReport(lines(mark).join('\n') + '\n').cells as Record<string, number | null>
      expect(cells['activeDisclosure.regulations.repealed'], mark).toBeNull()
      expect(cells['activeDisclosure.regulations.made'], mark).not.toBe(16)
      expect(cells['activeDisclosure.licensing.decisions'], mark).toBe(3985758)
    }
  })
})

describe('space-aligned numbers the reader leaves out, and the numbers beside them', () => {
  // `pdftotext -layout` of LibreOffice PDFs with a superscript `1` after every number
  // (pdf-lib): the marks set apart fill columns of their own, so that a wide number
  // stands across two of them and is left out, or falls on a line of its own.
  const fixture = (name: string) => readFileSync(new URL('space-aligned-fixtures/' + name + '.txt', import.meta.url), 'utf8')
  const cellOf = (result: ReturnType<typeof parseReport>, id: string) => (result.cells as Record<string, number | null>)[id]
  const ruleOf = (result: ReturnType<typeof parseReport>, id: string) =>
    result.diagnostics.filter((d) => d.cellId === id || (d.cellIds as ReadonlyArray<string> | undefined)?.includes(id)).map((d) => d.ruleId)

  it('should leave null, as `number-crowded`, a mark left alone under a header whose number was left out', () => {
    // `行政处罚     3,985,758   1`: the number is left out (across two columns), the `1` stays.
    const text = fixture('pdftotext-superscript-marks-landscape')
    expect(text).toContain('行政处罚     3,985,758   1')
    const result = parseReport(text)
    expect(cellOf(result, 'activeDisclosure.punishment.decisions')).toBeNull()
    expect(ruleOf(result, 'activeDisclosure.punishment.decisions')).toContain('number-crowded')
    expect(result.report.tables.activeDisclosure.punishment.decisions.raw).toBe('1')
    expect(cellOf(result, 'activeDisclosure.fees.amount')).toBeNull()
    expect(ruleOf(result, 'activeDisclosure.fees.amount')).toContain('number-crowded')
    // Two numbers read under one header are a count mismatch, as before.
    expect(ruleOf(result, 'activeDisclosure.licensing.decisions')).toContain('row-value-count')
  })

  it('should not read in order a row whose other numbers were left out', () => {
    // `规章  1703 1  10181  1269 1`: `1269` and its mark left out, three numbers remain.
    const text = fixture('pdftotext-superscript-marks-page-breaks')
    const result = parseReport(text)
    for (const column of ['made', 'repealed', 'inForce']) {
      const id = 'activeDisclosure.regulations.' + column
      expect(cellOf(result, id), id).toBeNull()
      expect(ruleOf(result, id)).toContain('row-unverified')
    }
    const message = result.diagnostics.find((d) => d.ruleId === 'row-unverified' && d.cellIds?.includes('activeDisclosure.regulations.made'))!.message
    expect(message).toContain('could not be placed in a column')
  })

  it('should claim no blank cell in a row beside numbers on a line of their own', () => {
    // `规章  1086  1` / `220  1` / `673  1`: the lines below are no row, so the row's
    // other cells are not blank, and `1` is not 现行有效件数.
    const text = fixture('pdftotext-superscript-marks-a5')
    expect(text).toMatch(/规章 +1086 +1\n +220 +1\n +673 +1\n/u)
    const result = parseReport(text)
    expect(cellOf(result, 'activeDisclosure.regulations.inForce')).toBeNull()
    expect(cellOf(result, 'activeDisclosure.regulations.repealed')).toBeNull()
    expect(ruleOf(result, 'activeDisclosure.regulations.repealed')).not.toContain('cell-blank')
  })

  it('should not take the empty cells between two numbers for the form\'s blanks in a grid of more columns', () => {
    // Without the lines below it, the row's `1086` and `1` stand two columns apart in a
    // grid of ten: three cells, but not the form's three.
    const text = fixture('pdftotext-superscript-marks-a5').replace(/\n +220 +1\n +673 +1\n/u, '\n')
    const result = parseReport(text)
    expect(cellOf(result, 'activeDisclosure.regulations.made')).toBeNull()
    expect(cellOf(result, 'activeDisclosure.regulations.inForce')).toBeNull()
    expect(ruleOf(result, 'activeDisclosure.regulations.made')).toContain('row-value-count')
  })
})

describe('space-aligned tails of wrapped numbers led by a zero', () => {
  // 表三's first row at fonts × 1.2 with a footnote mark after every number: each number
  // wraps in its narrow cell, its head above the label and its tail (with the mark) below.
  const lines = [
    '样例市商务局 2023 年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '',
    '（本列数据的勾稽关系为：第一项加第二项              申请人情况',
    '',
    '之和，等于第三项加第四项之和）         自然      法人或其他组织       总计',
    '',
    '                        人    商业 科研 社会 法律 其他',
    '',
    '                                  公益 服务',
    '                                               组织 机构',
    '                                     企业 机构',
    '                     472 556 565 532 458 534 312',
    '一、本年新收政府信息公开申请数量',
    '                     61   91   01   31   31   91   001',
    '二、上年结转政府信息公开申请数量     853  351  681  937  844  20   3686',
    '',
    '四、政府信息公开行政复议、行政诉讼情况'
  ]

  it('should take digits led by a zero (`001`) for a tail however long, and read no head alone', () => {
    const result = parseReport(lines.join('\n'))
    const cells = result.cells as Record<string, number | null>
    for (const column of ['naturalPerson', 'commercial', 'otherOrg', 'total']) {
      expect(cells['applications.newReceived.' + column], column).toBeNull()
    }
    expect(result.diagnostics.filter((d) => d.cellId === 'applications.newReceived.naturalPerson').map((d) => d.ruleId)).toContain('cell-missing')
  })
})
