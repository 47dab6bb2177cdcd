import {describe, expect, it} from 'vitest'
import {configure, labelNamesOf} from '../../src/configure.js'
import {fromSpaceAligned, type LabelNames} from '../../src/grid/from-space-aligned.js'
import {splitLines} from '../../src/text/lines.js'

const builtInLabels = labelNamesOf(configure())

/** Numbers right-aligned in cells five columns wide. */
function numbers(values: ReadonlyArray<number>): string {
  return values.map((value) => String(value).padStart(5)).join('')
}

/** `text` padded with spaces to `width` code points. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - [...text].length))
}

/** The texts of each row of the table the lines make; `labels` null: no label names given. */
function rowsOf(lines: ReadonlyArray<string>, labels: LabelNames | null = builtInLabels): Array<Array<string>> {
  return fromSpaceAligned(splitLines(lines.join('\n')), {labels: labels ?? undefined}).children.map((row) => row.children.map((cell) => cell.value))
}

/**
 * `（六）其他处理`'s first row at larger fonts: its label over three lines, each short of
 * the widest label of the column (`（二）…`, which spans the group column too), its
 * numbers on the middle line.
 */
function excerpt(lastLine: string): Array<string> {
  return [
    pad('（二）部分公开（区分处理的，只计这', 20) + numbers([69, 48, 100, 26, 92, 19, 354]),
    '一情形，不计其他情形）',
    '1.申请人无正当理由逾期不补',
    pad('正、行政机关不再处理其政府', 20) + numbers([62, 86, 36, 25, 44, 72, 325]),
    lastLine,
    pad('3.其他', 20) + numbers([68, 40, 96, 48, 66, 100, 418])
  ]
}

describe('space-aligned row labels the template joins', () => {
  it('should make one label of lines short of their column whose text joined names one template row', () => {
    expect(rowsOf(excerpt('信息公开申请'))).toEqual([
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '69', '48', '100', '26', '92', '19', '354'],
      ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '62', '86', '36', '25', '44', '72', '325'],
      ['3.其他', '68', '40', '96', '48', '66', '100', '418']
    ])
  })

  it('should leave the lines apart when their text joined names no row', () => {
    expect(rowsOf(excerpt('信息公开事项')).map((row) => row[0])).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1.申请人无正当理由逾期不补',
      '正、行政机关不再处理其政府',
      '信息公开事项',
      '3.其他'
    ])
  })

  it('should leave the lines apart when two of them hold numbers', () => {
    const lines = excerpt('信息公开申请')
    lines[2] = pad('1.申请人无正当理由逾期不补', 20) + numbers([1, 2, 3, 4, 5, 6, 21])
    expect(rowsOf(lines).map((row) => row[0])).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1.申请人无正当理由逾期不补',
      '正、行政机关不再处理其政府',
      '信息公开申请',
      '3.其他'
    ])
  })

  it('should join nothing without the caller\'s label names (the grid knows no form)', () => {
    expect(rowsOf(excerpt('信息公开申请'), null).map((row) => row[0])).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1.申请人无正当理由逾期不补',
      '正、行政机关不再处理其政府',
      '信息公开申请',
      '3.其他'
    ])
  })

  it('should join by the config\'s labels, an extension\'s spelling included', () => {
    const config = configure([{labels: {'applications.otherDisposal.overdueCorrection': ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开事项']}}])
    expect(rowsOf(excerpt('信息公开事项'), labelNamesOf(config))[1]).toEqual([
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开事项', '62', '86', '36', '25', '44', '72', '325'
    ])
  })
})
