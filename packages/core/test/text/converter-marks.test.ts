import {describe, expect, it} from 'vitest'
import {fewestHeadedLines, readHeadingMarks, splitFootnoteRuns} from '../../src/text/converter-marks.js'
import {splitLines} from '../../src/text/lines.js'

describe('readHeadingMarks', () => {
  const headed = Array.from({length: fewestHeadedLines}, (_, index) => '### 规章 ' + (index + 1) + ' 2 3').join('\n\n')

  it('should read the headings as plain lines when most lines are headed, starts moved past the marks', () => {
    const read = readHeadingMarks(splitLines('正文一行\n\n' + headed))
    expect(read.headings).toHaveLength(fewestHeadedLines)
    const line = read.lines.find((candidate) => candidate.text === '规章 1 2 3')!
    expect(line).toEqual({text: '规章 1 2 3', line: 3, offset: 10, shift: 4})
    expect(read.lines[0]!.text).toBe('正文一行')
  })

  it('should keep headings where they are fewer than half of the lines', () => {
    const prose = Array.from({length: fewestHeadedLines + 1}, () => '本机关坚持以公开为常态。').join('\n')
    const read = readHeadingMarks(splitLines(headed + '\n' + prose))
    expect(read.headings).toEqual([])
    expect(read.lines[0]!.text).toBe('### 规章 1 2 3')
  })

  it('should keep the headings of a short text', () => {
    const read = readHeadingMarks(splitLines('# 样例市商务局2023年政府信息公开工作年度报告\n## 一、总体情况\n正文'))
    expect(read.headings).toEqual([])
  })
})

describe('splitFootnoteRuns', () => {
  it('should cut a line strung with footnote runs into its labels and numbers, each at its place in the input', () => {
    const text = '1.属于国家秘密 (^369 429 254) 2.其他法律行政法规禁止公开 (^330 340 346)'
    const {lines, split} = splitFootnoteRuns(splitLines(text))
    expect(split).toHaveLength(1)
    expect(lines.map((line) => line.text)).toEqual(['1.属于国家秘密', '369 429 254', '2.其他法律行政法规禁止公开', '330 340 346'])
    for (const line of lines) expect(text.slice(line.offset, line.offset + line.text.length)).toBe(line.text)
  })

  it('should keep glued numbers as one piece and cut a closing caret', () => {
    const {lines} = splitFootnoteRuns(splitLines('（七）总计 (^47265569565053\n审结 总计^ '))
    expect(lines.map((line) => line.text)).toEqual(['（七）总计', '47265569565053', '审结 总计'])
  })

  it('should leave lines without footnote marks as they are', () => {
    const input = splitLines('规章 1086 220 673\n10^6')
    const {lines, split} = splitFootnoteRuns(input)
    expect(split).toEqual([])
    expect(lines.map((line) => line.text)).toEqual(['规章 1086 220 673', '10^6'])
  })
})
