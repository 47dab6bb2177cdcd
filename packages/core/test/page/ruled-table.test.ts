import {describe, expect, it} from 'vitest'
import {pagesToTree, type Rule, type Table} from '../../src/index.js'
import {mergeRules, ruledRegions} from '../../src/page/rules.js'
import {readRuledTable} from '../../src/page/ruled-table.js'
import {glyphs, grid, page} from './page-builder.js'

/** A table's cells as `column+colSpan×rowSpan:value`, row by row. */
function layout(table: Table): Array<Array<string>> {
  return table.children.map((row) => row.children.map((cell) => `${cell.column}+${cell.colSpan}x${cell.rowSpan}:${cell.value}`))
}

function tables(tree: ReturnType<typeof pagesToTree>['tree']): Array<Table> {
  return tree.children.filter((block): block is Table => block.type === 'table')
}

describe('mergeRules', () => {
  it('should merge a double border and a border drawn once per cell into one rule', () => {
    const rules: Array<Rule> = [
      {axis: 'horizontal', at: 100, from: 50, to: 150},
      {axis: 'horizontal', at: 101, from: 150.5, to: 300},
      {axis: 'horizontal', at: 200, from: 50, to: 300},
      {axis: 'vertical', at: 50, from: 100, to: 200}
    ]
    expect(mergeRules(rules)).toEqual([
      {axis: 'horizontal', at: 100.5, from: 50, to: 300},
      {axis: 'horizontal', at: 200, from: 50, to: 300},
      {axis: 'vertical', at: 50, from: 100, to: 200}
    ])
  })

  it('should keep pieces of a line apart when the gap between them is wide', () => {
    const rules: Array<Rule> = [
      {axis: 'horizontal', at: 100, from: 0, to: 100},
      {axis: 'horizontal', at: 100, from: 110, to: 200}
    ]
    expect(mergeRules(rules)).toHaveLength(2)
  })
})

describe('ruledRegions', () => {
  it('should find each table of a page, and no table in a lone underline', () => {
    const rules = mergeRules([
      ...grid([50, 150, 250], [100, 120, 140]),
      ...grid([50, 300], [400, 420, 440]),
      {axis: 'horizontal', at: 600, from: 50, to: 300}
    ])
    expect(ruledRegions(rules).map((region) => region.box)).toEqual([
      {left: 50, right: 250, top: 100, bottom: 140},
      {left: 50, right: 300, top: 400, bottom: 440}
    ])
  })
})

describe('readRuledTable', () => {
  it('should span a cell over slots no rule parts, and put each glyph in the cell holding its middle', () => {
    // Columns 50 | 150 | 250 | 350; the rule at 250 is missing in the first row (a header over two columns).
    const rules = mergeRules([
      ...[100, 120, 140].map((at): Rule => ({axis: 'horizontal', at, from: 50, to: 350})),
      ...[50, 150, 350].map((at): Rule => ({axis: 'vertical', at, from: 100, to: 140})),
      {axis: 'vertical', at: 250, from: 120, to: 140}
    ])
    const [region] = ruledRegions(rules)
    const {table, outside} = readRuledTable(
      region!,
      [...glyphs('信息内容', 55, 105), ...glyphs('申请人', 200, 105), ...glyphs('规章', 55, 125), ...glyphs('12', 160, 125), ...glyphs('7', 260, 125), ...glyphs('注', 400, 300)],
      1
    )
    expect(table.cells.map((cell) => [cell.row, cell.column, cell.rowSpan, cell.colSpan, cell.text])).toEqual([
      [0, 0, 1, 1, '信息内容'],
      [0, 1, 1, 2, '申请人'],
      [1, 0, 1, 1, '规章'],
      [1, 1, 1, 1, '12'],
      [1, 2, 1, 1, '7']
    ])
    expect(table.cells[3]!.box).toEqual({left: 150, top: 120, right: 250, bottom: 140})
    expect(outside.map((glyph) => glyph.text)).toEqual(['注'])
  })

  it('should mark the cells a number runs across, and not two numbers of cells side by side', () => {
    // Columns 50 | 150 | 250 | 350. Row 1: `31200` from 228, its `200` past the border at
    // 250 (the digits' middles decide): `31` and `200`, one number. Row 2: `12` ending 2 pt
    // before the border, `7` 3 pt after it: two numbers, further apart than their own digits.
    const rules = mergeRules(grid([50, 150, 250, 350], [100, 120, 140]))
    const [region] = ruledRegions(rules)
    const {table} = readRuledTable(
      region!,
      [...glyphs('规章', 55, 105), ...glyphs('31200', 228, 105), ...glyphs('行政', 55, 125), ...glyphs('12', 228, 125), ...glyphs('7', 253, 125)],
      1
    )
    expect(table.cells.map((cell) => [cell.text, cell.overflows ?? false])).toEqual([
      ['规章', false],
      ['31', true],
      ['200', true],
      ['行政', false],
      ['12', false],
      ['7', false]
    ])
  })

  it('should leave out of its cell a glyph taller than the cell or twice the size of most of the table\'s text (a watermark over the table)', () => {
    const rules = mergeRules(grid([50, 150, 250], [100, 160, 180]))
    const [region] = ruledRegions(rules)
    const {table, stamped} = readRuledTable(
      region!,
      [
        ...glyphs('规章', 55, 105), ...glyphs('12', 160, 105),
        // 28 pt in the tall cell under `12` (2.8 × the table's 10 pt), 24 pt in the 20 pt row below.
        ...glyphs('4', 200, 125, 28), ...glyphs('行政', 55, 165), ...glyphs('7', 160, 165), ...glyphs('5', 210, 160, 24)
      ],
      1
    )
    expect(table.cells.map((cell) => cell.text)).toEqual(['规章', '12', '行政', '7'])
    expect(stamped).toBe(2)
  })

  it('should read a number wrapped inside a narrow cell as one number, and a label set one character per line as one label', () => {
    const rules = mergeRules(grid([50, 80, 200, 230], [100, 160]))
    const [region] = ruledRegions(rules)
    const {table} = readRuledTable(
      region!,
      [
        ...glyphs('三', 55, 102), ...glyphs('、', 55, 114), ...glyphs('本', 55, 126), ...glyphs('年', 55, 138),
        ...glyphs('1.属于国家秘密', 82, 125),
        ...glyphs('300', 200, 120), ...glyphs('1', 200, 132)
      ],
      1
    )
    expect(table.cells.map((cell) => cell.text)).toEqual(['三、本年', '1.属于国家秘密', '3001'])
  })
})

describe('pagesToTree', () => {
  const header = [...glyphs('信息内容', 55, 105), ...glyphs('件数', 160, 105)]

  it('should give each cell its page and box as `source`, and read the text around tables into paragraphs', () => {
    const {tree, tables: perPage} = pagesToTree([
      page(1, [...glyphs('一、总体情况', 50, 50), ...header, ...glyphs('规章', 55, 125), ...glyphs('5', 160, 125)], grid([50, 150, 250], [100, 120, 140]))
    ])
    expect(perPage).toEqual([1])
    expect(tree.children[0]).toEqual({type: 'paragraph', value: '一、总体情况'})
    const [table] = tables({type: 'root', children: tree.children})
    expect(table!.layout).toBe('pdf')
    expect(table!.aligned).toBe(true)
    expect(layout(table!)).toEqual([['0+1x1:信息内容', '1+1x1:件数'], ['0+1x1:规章', '1+1x1:5']])
    expect(table!.children[1]!.children[1]!.source).toEqual({table: 0, row: 1, column: 1, page: 1, box: {left: 150, top: 120, right: 250, bottom: 140}})
  })

  it('should continue a table on the next page, dropping the page number between, and join a row the page break split', () => {
    const first = page(1, [
      ...header,
      ...glyphs('2.申请人逾期未按', 55, 125),
      ...glyphs('8', 160, 125),
      ...glyphs('- 1 -', 280, 800)
    ], grid([50, 150, 250], [100, 120, 140]))
    const second = page(2, [
      ...glyphs('纳费用', 55, 105),
      ...glyphs('3.其他', 55, 125),
      ...glyphs('9', 160, 125),
      ...glyphs('- 2 -', 280, 800)
    ], grid([50, 150, 250], [100, 120, 140]))
    const {tree, furniture} = pagesToTree([first, second])
    expect(furniture).toEqual([1, 1])
    expect(tree.children).toHaveLength(1)
    expect(layout(tables(tree)[0]!)).toEqual([
      ['0+1x1:信息内容', '1+1x1:件数'],
      ['0+1x1:2.申请人逾期未按纳费用', '1+1x1:8'],
      ['0+1x1:3.其他', '1+1x1:9']
    ])
  })

  it('should not join a row that begins with its own number, nor one whose numbers fall under numbers', () => {
    const first = page(1, [...header, ...glyphs('1.重复申请', 55, 125), ...glyphs('8', 160, 125)], grid([50, 150, 250], [100, 120, 140]))
    const second = page(2, [...glyphs('2.其他', 55, 105), ...glyphs('9', 160, 105)], grid([50, 150, 250], [100, 120]))
    expect(layout(tables(pagesToTree([first, second]).tree)[0]!)).toEqual([
      ['0+1x1:信息内容', '1+1x1:件数'],
      ['0+1x1:1.重复申请', '1+1x1:8'],
      ['0+1x1:2.其他', '1+1x1:9']
    ])
  })

  it('should drop a repeated header and join the digits of a number the page break split (`11` / `8` is 118)', () => {
    const body = (top: number) => grid([50, 150, 250], [top, top + 20])
    const first = page(1, [...header, ...glyphs('1.属于国家秘密', 55, 125), ...glyphs('11', 160, 125)], grid([50, 150, 250], [100, 120, 140]))
    const second = page(2, [...glyphs('信息内容', 55, 105), ...glyphs('件数', 160, 105), ...glyphs('8', 160, 125), ...glyphs('2.重复申请', 55, 145), ...glyphs('7', 160, 145)], [
      ...grid([50, 150, 250], [100, 120, 140, 160]),
      ...body(140)
    ])
    expect(layout(tables(pagesToTree([first, second]).tree)[0]!)).toEqual([
      ['0+1x1:信息内容', '1+1x1:件数'],
      ['0+1x1:1.属于国家秘密', '1+1x1:118'],
      ['0+1x1:2.重复申请', '1+1x1:7']
    ])
  })

  it('should drop a page foot of two lines (`- 1 -` above the band over `第1页共2页`) and continue the table across it', () => {
    // `- 1 -` stands above the bottom band (842 × 0.9): only the foot under it being dropped puts it at the page's edge.
    const foot = (number: number) => [...glyphs('- ' + number + ' -', 280, 740), ...glyphs('第' + number + '页共2页', 260, 800)]
    const first = page(1, [...glyphs('三、收到和处理政府信息公开申请情况', 50, 60), ...header, ...glyphs('1.属于国家秘密', 55, 125), ...glyphs('11', 160, 125), ...foot(1)], grid([50, 150, 250], [100, 120, 140]))
    const second = page(2, [...glyphs('8', 160, 105), ...glyphs('2.重复申请', 55, 125), ...glyphs('7', 160, 125), ...foot(2)], grid([50, 150, 250], [100, 120, 140]))
    const {tree, furniture} = pagesToTree([first, second])
    expect(furniture).toEqual([2, 2])
    expect(tree.children).toHaveLength(2)
    expect(layout(tables(tree)[0]!)).toEqual([
      ['0+1x1:信息内容', '1+1x1:件数'],
      ['0+1x1:1.属于国家秘密', '1+1x1:118'],
      ['0+1x1:2.重复申请', '1+1x1:7']
    ])
  })

  it('should join a number the page break split whose second part carries a reference mark (`13` / `26①` is 1326①)', () => {
    const first = page(1, [...header, ...glyphs('1.属于国家秘密', 55, 125), ...glyphs('13', 160, 125)], grid([50, 150, 250], [100, 120, 140]))
    const second = page(2, [...glyphs('26①', 160, 105), ...glyphs('2.重复申请', 55, 125), ...glyphs('7', 160, 125)], grid([50, 150, 250], [100, 120, 140]))
    expect(layout(tables(pagesToTree([first, second]).tree)[0]!)).toEqual([
      ['0+1x1:信息内容', '1+1x1:件数'],
      ['0+1x1:1.属于国家秘密', '1+1x1:1326①'],
      ['0+1x1:2.重复申请', '1+1x1:7']
    ])
  })

  it('should not join a new row to a row whose label ended short of its cell (表二\'s 行政强制 after 行政处罚)', () => {
    const first = page(1, [...header, ...glyphs('行政处罚', 55, 125), ...glyphs('3', 160, 125)], grid([50, 150, 250], [100, 120, 140]))
    const second = page(2, [...glyphs('行政强制', 55, 105), ...glyphs('5', 160, 105)], grid([50, 150, 250], [100, 120]))
    expect(layout(tables(pagesToTree([first, second]).tree)[0]!)).toEqual([
      ['0+1x1:信息内容', '1+1x1:件数'],
      ['0+1x1:行政处罚', '1+1x1:3'],
      ['0+1x1:行政强制', '1+1x1:5']
    ])
  })

  it('should continue a table whose next part draws fewer inner edges (rows of one value under rows of two)', () => {
    const first = page(1, [...header, ...glyphs('3', 210, 125)], [...grid([50, 150, 200, 250], [100, 120, 140])])
    const second = page(2, [...glyphs('行政许可', 55, 105), ...glyphs('7', 160, 105)], grid([50, 150, 250], [100, 120]))
    expect(layout(tables(pagesToTree([first, second]).tree)[0]!)).toEqual([
      ['0+1x1:信息内容', '1+1x1:件数', '2+1x1:'],
      ['0+1x1:', '1+1x1:', '2+1x1:3'],
      ['0+1x1:行政许可', '1+2x1:7']
    ])
  })

  it('should keep tables of another width apart across a page', () => {
    const first = page(1, [...header], grid([50, 150, 250], [100, 120]))
    const second = page(2, [...glyphs('行政复议', 55, 105)], grid([50, 100, 400], [100, 120]))
    expect(tables(pagesToTree([first, second]).tree)).toHaveLength(2)
  })

  it('should join the lines of a paragraph wrapped at the right edge, but not a heading or an indented line', () => {
    const {tree} = pagesToTree([
      page(1, [
        ...glyphs('一、总体情况', 50, 100),
        ...glyphs('　　本机关坚持以公开为常态、', 50, 120).slice(1),
        ...glyphs('不公开为例外。', 50, 140),
        ...glyphs('二、主动公开政府信息情况', 50, 160)
      ])
    ])
    expect(tree.children.map((block) => (block.type === 'table' ? '' : block.value))).toEqual([
      '一、总体情况',
      '本机关坚持以公开为常态、不公开为例外。',
      '二、主动公开政府信息情况'
    ])
  })
})
