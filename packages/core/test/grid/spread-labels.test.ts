import {describe, expect, it} from 'vitest'
import {applicationsRow as row, readCells} from '../read-cells.js'
import {collectLines} from '../../src/grid/space-aligned/lines.js'
import {parseReport} from '../../src/index.js'
import {splitLines} from '../../src/text/lines.js'

// `pdftotext -layout` (poppler 22.12) of a report whose table labels are set with
// distributed alignment (分散对齐, LibreOffice 7.4): each label's characters spread across
// its cell, the first number after a label that fills its cell printed one space after it.

/** 表三's header, its words spread over the value columns (`自 然 商 业 科 研 …`). */
const spreadHead = [
  '                                                              申          请                人         情          况',
  '                                                                   法     人        或       其   他     组    织',
  '（本列数据的勾稽关系为：第一项加第二项之和，等',
  '                                                              自 然 商 业 科 研 社 会 法 律',
  '于   第    三   项    加       第   四       项       之       和   ）                           总 计',
  '                                                              人           公 益 服 务 其 他',
  '                                                                  企 业 机 构 组 织 机 构'
]

describe('space-aligned labels spread across their cells', () => {
  it('should read each spread label as one label and every number of its row, exactly', () => {
    const lines = [
      ...spreadHead,
      '一 、 本 年 新 收 政 府 信 息 公 开 申 请 数 量 2037 1898 1461 1030 973                                             882      8281',
      '二 、 上 年 结 转 政 府 信 息 公 开 申 请 数 量 319                                235       485      645     598   750      3032',
      '三、本 （        一        ）       予       以           公       开 82     22        26       107     67    16       320',
      '                 1.   属       于       国   家           秘   密 74     37        110      28      3     27       279',
      '                 2. 其 他 法 律 行 政 法 规 禁 止 公 开 112                    29        85       58      51    56       391',
      '                 3. 危 及 “ 三 安 全 一 稳 定 ” 59                         7         50       38      87    47       288',
      '        （三）不 4. 保 护 第 三 方 合 法 权 益 78                               88        41       84      97    93       481',
      '        予 公 开 5. 属 于 三 类 内 部 事 务 信 息 77                            19        105      49      2     17       269',
      '                 1. 信 访 举 报 投 诉 类 申 请 30                           104       20       75      111   21       361',
      '                 2.       重           复           申       请 54     69        39       101     116   113      492'
    ]
    expect(readCells(lines)).toEqual({
      ...row('newReceived', [2037, 1898, 1461, 1030, 973, 882, 8281]),
      ...row('carriedOver', [319, 235, 485, 645, 598, 750, 3032]),
      ...row('granted', [82, 22, 26, 107, 67, 16, 320]),
      ...row('denied.stateSecret', [74, 37, 110, 28, 3, 27, 279]),
      ...row('denied.lawForbidden', [112, 29, 85, 58, 51, 56, 391]),
      ...row('denied.threeSecurityOneStability', [59, 7, 50, 38, 87, 47, 288]),
      ...row('denied.thirdParty', [78, 88, 41, 84, 97, 93, 481]),
      ...row('denied.internalAffairs', [77, 19, 105, 49, 2, 17, 269]),
      ...row('notProcessed.petition', [30, 104, 20, 75, 111, 21, 361]),
      ...row('notProcessed.duplicate', [54, 69, 39, 101, 116, 113, 492])
    })
  })

  it('should read 表二\'s spread labels (`规 … 章`, two characters across the cell) with their numbers', () => {
    const lines = [
      '第       二        十               条           第         （               一             ）           项',
      '信   息       内   容 本   年      制   发   件   数 本       年   废       止   件   数 现       行   有   效   件   数',
      '规               章 1086                       220                           673',
      '行 政 规 范 性 文 件 148                            163                           1957'
    ]
    expect(readCells(lines)).toMatchObject({
      'activeDisclosure.regulations.made': 1086,
      'activeDisclosure.regulations.repealed': 220,
      'activeDisclosure.regulations.inForce': 673,
      'activeDisclosure.normativeDocuments.made': 148,
      'activeDisclosure.normativeDocuments.repealed': 163,
      'activeDisclosure.normativeDocuments.inForce': 1957
    })
  })

  it('should leave a row with a blank cell null: the number a label pushed tells no column', () => {
    const stateSecret = '                 1.   属       于       国   家           秘   密 74               110      28      3     27       279'
    const result = parseReport([...spreadHead, ...rowsAround(stateSecret)].join('\n') + '\n')
    for (const [id] of Object.entries(row('denied.stateSecret', []))) expect(result.cells[id as keyof typeof result.cells], id).toBeNull()
    expect(result.cells['applications.denied.lawForbidden.naturalPerson']).toBe(112)
  })

  it('should take no table for one of spread labels whose one-character pieces stand one space apart (justified lines)', () => {
    const justified = [
      '一、本年新收政府信息公开申请数量           858     1543 627     1361 1723 1528 7640',
      '     5. 要 求 行 政 机 关 确 认 12 10 6    26 10 21 38',
      '二、上年结转政府信息公开申请数量           417     173   888    925   531   518   3452'
    ]
    expect(collectLines(splitLines(justified.join('\n')), {}).some((line) => line.spreadLabel || line.pushedByLabel)).toBe(false)
    const spread = ['规               章 1086                       220                           673', ...justified]
    const content = collectLines(splitLines(spread.join('\n')), {})
    expect(content.map((line) => line.pushedByLabel?.text)).toEqual(['1086', undefined, '12', undefined])
  })
})

/** 表三's first rows with another row of `1.属于国家秘密` and the one after it. */
function rowsAround(stateSecret: string): Array<string> {
  return [
    '一 、 本 年 新 收 政 府 信 息 公 开 申 请 数 量 2037 1898 1461 1030 973                                             882      8281',
    '二 、 上 年 结 转 政 府 信 息 公 开 申 请 数 量 319                                235       485      645     598   750      3032',
    '三、本 （        一        ）       予       以           公       开 82     22        26       107     67    16       320',
    stateSecret,
    '                 2. 其 他 法 律 行 政 法 规 禁 止 公 开 112                    29        85       58      51    56       391'
  ]
}
