import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

/**
 * Fonts wider than the form (a Letter page, text ×1.2) push the numbers of 表三 off their
 * places: those of the rows line up on one column more than the full rows fill. A row
 * with a blank cell cannot then be placed by where its numbers stand.
 */
describe('space-aligned numbers lined up on a column more than the full rows fill', () => {
  const lines = [
    '（本列数据的勾稽关系为：第一项加第二项               申请人情况',
    '之和，等于第三项加第四项之和）          自然      法人或其他组织       总计',
    '                         人    商业 科研 社会 法律 其他',
    '                                   公益 服务',
    '\f                                           组织 机构',
    '                                 企业 机构',
    '                            129     118 150 131     685',
    '一、本年新收政府信息公开申请数量                560             990',
    '                            6       0   9   6       1',
    '                                                    349',
    '二、上年结转政府信息公开申请数量            530 769 448 553 394 796',
    '                                                    0',
    '                                                    242',
    '三、   （一）予以公开                19  37  /   90  72  4',
    '                                                           548',
    '           7.属于行政执法案卷',
    '                            9    22   8    39   105 81     264',
    '           8.属于行政查询事项',
    '                            124 73    54   66   64   82    463',
    '     （四） 1.本机关不掌握相关政府信息',
    '                            106 25    14   29   60   112 346',
    '     无法提 2.没有现成信息需要另行制作',
    '                                 30   69   83   107 10     355',
    '     供     3.补正后申请内容仍不明确',
    '                            41   33   109 89    31   21    324'
  ]
  const result = parseReport(lines.join('\n') + '\n')
  const unclear = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map(
    (column) => 'applications.unableToProvide.unclear.' + column
  )

  it('should leave every cell of a row with a blank cell null, never a number in its neighbour', () => {
    for (const id of unclear) expect(result.cells[id as keyof typeof result.cells]).toBeNull()
    expect(result.diagnostics.some((item) => item.ruleId === 'row-value-count' && item.message.includes('3.补正后申请内容仍不明确'))).toBe(true)
  })
})
