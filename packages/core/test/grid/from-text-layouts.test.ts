import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromText, type Table} from '../../src/index.js'

function tables(text: string): Array<Table> {
  return fromText(text, new VFile()).children.filter((block): block is Table => block.type === 'table')
}

const values = (table: Table) => table.children.map((row) => row.children.map((cell) => cell.value))

describe('fromText table layouts', () => {
  it('should read one cell per line, with merged cells and wraps across a blank line', () => {
    const [table] = tables('表\n\t结果\n\n维持\n\t尚未\n审结\n\n\t\n\t0\n\t7\n\n段落')
    expect(table?.layout).toBe('cell-per-line')
    expect(values(table!)).toEqual([['结果维持', '尚未审结'], ['', '0', '7']])
    expect(table!.children[1]!.children[1]!.position?.start).toEqual({line: 9, column: 2, offset: 21})
  })

  it('should read tab rows with empty fields and continuation lines', () => {
    const [table] = tables('规章\t1\t2\t3\n行政许可\t4\t\t\n2.申请人\n逾期\t5\n')
    expect(table?.layout).toBe('tab-rows')
    expect(values(table!)).toEqual([['规章', '1', '2', '3'], ['行政许可', '4', '', ''], ['2.申请人逾期', '5']])
    expect(table!.children[2]!.children[0]!.position?.start).toEqual({line: 3, column: 1, offset: 18})
    expect(table!.children[0]!.children[2]!.position?.start).toEqual({line: 1, column: 6, offset: 5})
  })

  it('should read pipe tables through remark-gfm, escaped pipes included', () => {
    const [table] = tables('| 信息内容 | 本年制发件数 |\n| --- | --- |\n| 规\\|章 | 5 |\n')
    expect(table?.layout).toBe('pipe')
    expect(table?.aligned).toBe(true)
    expect(values(table!)).toEqual([['信息内容', '本年制发件数'], ['规|章', '5']])
    expect(table!.children[1]!.position?.start.line).toBe(3)
  })

  it('should end a table at a section heading or two blank lines', () => {
    const tree = fromText('\t规章\n\t1\n\n\n长段落，不是单元格的延续，它比较长也以句号结束。\n', new VFile())
    expect(tree.children.map((block) => block.type)).toEqual(['table', 'paragraph'])
  })
})

describe('fromText page breaks', () => {
  it('should drop page-number lines inside a table and keep the table whole', () => {
    const file = new VFile()
    const tree = fromText('\t（四）无\n\n\n- 3 -\n\f\n法提供\n\t0\n\n第 3 页\n\n\t规章\n\t1\n', file)
    const tables = tree.children.filter((block): block is Table => block.type === 'table')
    expect(tables).toHaveLength(1)
    expect(values(tables[0]!)).toEqual([['（四）无法提供', '0'], ['规章', '1']])
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['text-page-number', 4],
      ['text-page-number', 9]
    ])
  })

  it('should not take a number in a sentence for a page number', () => {
    const file = new VFile()
    fromText('共收到3件。\n3\n- 3 件 -\n', file)
    expect(file.messages).toEqual([])
  })
})
