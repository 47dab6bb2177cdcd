import {describe, expect, it} from 'vitest'
import {CellStreamDetector, readStreamLine} from '../../src/grid/detect-cell-stream.js'
import {fromCellStream} from '../../src/grid/from-cell-stream.js'
import {splitLines} from '../../src/text/lines.js'

const texts = (line: ReturnType<typeof readStreamLine>) => ({
  labels: line.labels.map((piece) => piece.text),
  values: line.values.map((piece) => piece.text)
})

describe('readStreamLine', () => {
  it('should cut a row printed single-spaced into its label and values, with offsets', () => {
    const line = readStreamLine('规章 1703 1018 1269')
    expect(texts(line)).toEqual({labels: ['规章'], values: ['1703', '1018', '1269']})
    expect(line.values[1]).toEqual({text: '1018', from: 8, to: 12})
  })

  it('should keep a unit with its number, marks as values, and words before them as labels', () => {
    expect(texts(readStreamLine('行政事业性收费 10.78 万元'))).toEqual({labels: ['行政事业性收费'], values: ['10.78 万元']})
    expect(texts(readStreamLine('（三）不 1.属于国家秘密 118 / 61'))).toEqual({
      labels: ['（三）不', '1.属于国家秘密'],
      values: ['118', '/', '61']
    })
  })

  it('should leave a number inside a label a label', () => {
    expect(texts(readStreamLine('测试县司法局 2024 年政府信息公开工作年度报告'))).toEqual({
      labels: ['测试县司法局', '2024', '年政府信息公开工作年度报告'],
      values: []
    })
  })
})

describe('CellStreamDetector', () => {
  const stream = [
    '本机关坚持以公开为常态，全面推进决策、执行、管理、服务、结果公开，',
    '依法依规做好政府信息公开申请办理工作',
    '信息内容',
    '本年制发件数',
    '规章',
    '12',
    '行政规范性文件',
    '34',
    '行政许可',
    '56',
    '行政处罚',
    '78',
    '注：单位为件',
    '五、存在的主要问题及改进情况'
  ]

  it('should find the table from its header, leaving wrapped prose before it and text after it out', () => {
    const detector = new CellStreamDetector(splitLines(stream.join('\n')))
    // The first prose line ends a sentence clause (`，`); the second is a header candidate.
    expect(detector.find(0)).toEqual({from: 0, start: 1, end: 12, cells: 13})
    // Asked again line by line over the prose, it answers the same table.
    expect(detector.find(1)).toEqual({from: 0, start: 1, end: 12, cells: 13})
  })

  it('should find no table in prose, in short lines without values, or in fewer than four values', () => {
    const none = (text: string) => new CellStreamDetector(splitLines(text)).find(0)
    expect(none('一是政策解读形式较为单一。\n二是更新不够及时。\n12\n34\n56\n78')).toBeUndefined()
    expect(none('规章\n12\n行政许可\n34\n行政处罚\n56')).toBeUndefined()
    expect(none(Array.from({length: 5000}, (_, index) => '第' + index + '条').join('\n'))).toBeUndefined()
  })

  it('should take 表四 as a table: a header and a row of fifteen values, without a label', () => {
    const lines = ['行政复议', '行政诉讼', '总计', ...Array.from({length: 15}, (_, index) => String(index + 1))]
    expect(new CellStreamDetector(splitLines(lines.join('\n'))).find(0)).toMatchObject({start: 0, end: 18})
  })

  it('should never take a line with a column gap of two blanks (the space-aligned layout)', () => {
    const text = '规章        12\n行政规范性文件  34\n行政许可  56\n行政处罚  78'
    expect(new CellStreamDetector(splitLines(text)).find(0)).toBeUndefined()
  })
})

describe('fromCellStream', () => {
  it('should read labels then values as a row, one cell per line, blank lines left out', () => {
    const table = fromCellStream(splitLines('信息内容\n本年制发件数\n规章\n12\n\n13\n行政许可\n1 40\n'))
    expect(table.layout).toBe('cell-stream')
    expect(table.aligned).toBe(false)
    expect(table.children.map((row) => row.children.map((cell) => cell.value))).toEqual([
      ['信息内容', '本年制发件数', '规章', '12', '13'],
      // One cell per line: a space inside a line belongs to the cell.
      ['行政许可', '1 40']
    ])
    expect(table.children[1]!.children[1]!.position).toEqual({
      start: {line: 8, column: 1, offset: 27},
      end: {line: 8, column: 5, offset: 31}
    })
    expect(table.position?.start.line).toBe(1)
    expect(table.position?.end.line).toBe(8)
  })

  it('should cut rows printed on a line at their single spaces', () => {
    const table = fromCellStream(splitLines('信息内容 本年制发件数\n规章 12 13 14\n行政规范性文件\n（修订）\n15 16 17'))
    expect(table.children.map((row) => row.children.map((cell) => cell.value))).toEqual([
      ['信息内容', '本年制发件数', '规章', '12', '13', '14'],
      ['行政规范性文件', '（修订）', '15', '16', '17']
    ])
  })
})
