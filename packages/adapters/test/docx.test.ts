import {readFile} from 'node:fs/promises'
import {strFromU8, unzipSync, zipSync} from 'fflate'
import {cellIds} from '@xxgk/schema'
import {of2021} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {docxToTree, parseDocx} from '../src/docx/index.js'
import type {Table} from '@xxgk/core'
import {documentXml, p, r, stylesXml, tbl, tc, tr, wordNamespace, writeDocx} from './docx-writer.js'
import {activeDisclosureTable, activeDisclosureValues, reportBody} from './report-docx.js'

const templatePath = new URL('../../testkit/templates/official-2021-blank.docx', import.meta.url)

/** A table's cells as `column+colSpan×rowSpan:value`, row by row: the grid at a glance. */
function layout(table: Table): Array<Array<string>> {
  return table.children.map((row) => row.children.map((cell) => `${cell.column}+${cell.colSpan}x${cell.rowSpan}:${cell.value}`))
}

function tables(bytes: Uint8Array): Array<Table> {
  return docxToTree(bytes).children.filter((block): block is Table => block.type === 'table')
}

describe('docxToTree', () => {
  it('should read the official blank template into its paragraphs and three tables', async () => {
    const tree = docxToTree(new Uint8Array(await readFile(templatePath)))
    expect(tree.children.map((block) => (block.type === 'table' ? '[table ' + block.index + ']' : block.value))).toEqual([
      '政府信息公开工作年度报告格式模板',
      '一、总体情况',
      '（文字描述）',
      '二、主动公开政府信息情况',
      '[table 0]',
      '三、收到和处理政府信息公开申请情况',
      '[table 1]',
      '四、政府信息公开行政复议、行政诉讼情况',
      '[table 2]',
      '五、存在的主要问题及改进情况',
      '（文字描述）',
      '六、其他需要报告的事项',
      '（文字描述，收取信息处理费情况在此处报告。）'
    ])
    const [, applications, review] = tree.children.filter((block): block is Table => block.type === 'table')
    expect(layout(applications!).slice(0, 6)).toEqual([
      ['0+3x3:（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '3+7x1:申请人情况'],
      ['3+1x2:自然人', '4+5x1:法人或其他组织', '9+1x2:总计'],
      ['4+1x1:商业企业', '5+1x1:科研机构', '6+1x1:社会公益组织', '7+1x1:法律服务机构', '8+1x1:其他'],
      ['0+3x1:一、本年新收政府信息公开申请数量', '3+1x1:', '4+1x1:', '5+1x1:', '6+1x1:', '7+1x1:', '8+1x1:', '9+1x1:'],
      ['0+3x1:二、上年结转政府信息公开申请数量', '3+1x1:', '4+1x1:', '5+1x1:', '6+1x1:', '7+1x1:', '8+1x1:', '9+1x1:'],
      ['0+1x22:三、本年度办理结果', '1+2x1:（一）予以公开', '3+1x1:', '4+1x1:', '5+1x1:', '6+1x1:', '7+1x1:', '8+1x1:', '9+1x1:']
    ])
    expect(layout(applications!)[7]!.slice(0, 2)).toEqual(['1+1x8:（三）不予公开', '2+1x1:1.属于国家秘密'])
    expect(layout(review!)).toEqual([
      ['0+5x1:行政复议', '5+10x1:行政诉讼'],
      [
        '0+1x2:结果维持', '1+1x2:结果纠正', '2+1x2:其他结果', '3+1x2:尚未审结', '4+1x2:总计',
        '5+5x1:未经复议直接起诉', '10+5x1:复议后起诉'
      ],
      [
        '5+1x1:结果维持', '6+1x1:结果纠正', '7+1x1:其他结果', '8+1x1:尚未审结', '9+1x1:总计',
        '10+1x1:结果维持', '11+1x1:结果纠正', '12+1x1:其他结果', '13+1x1:尚未审结', '14+1x1:总计'
      ],
      Array.from({length: 15}, (_, column) => `${column}+1x1:`)
    ])
    expect(applications!.children[1]!.children[0]).toEqual({
      type: 'tableCell',
      value: '自然人',
      column: 3,
      colSpan: 1,
      rowSpan: 2,
      source: {table: 1, row: 1, column: 3}
    })
    expect(tree.children.every((block) => block.position === undefined)).toBe(true)
  })

  it('should read `w:gridSpan` and `w:vMerge` into spans, continuation cells into the cell above', () => {
    const bytes = writeDocx({
      body: tbl(4, [
        tr([tc('甲', {span: 2, merge: 'restart'}), tc('乙', {span: 2})]),
        tr([tc('', {span: 2, merge: 'continue'}), tc('丙', {merge: 'restart'}), tc('丁')]),
        tr([tc('', {span: 2, merge: 'continue'}), tc('', {merge: 'continue'}), tc('1')]),
        tr([tc('戊'), tc('2'), tc('3'), tc('4')])
      ])
    })
    expect(layout(tables(bytes)[0]!)).toEqual([
      ['0+2x3:甲', '2+2x1:乙'],
      ['2+1x2:丙', '3+1x1:丁'],
      ['3+1x1:1'],
      ['0+1x1:戊', '1+1x1:2', '2+1x1:3', '3+1x1:4']
    ])
  })

  it('should skip the grid columns of `w:gridBefore` and `w:gridAfter`', () => {
    const bytes = writeDocx({
      body: tbl(4, [
        tr([tc('a'), tc('b'), tc('c'), tc('d')]),
        tr([tc('x'), tc('y')], '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
        tr([tc('z')], '<w:gridBefore w:val="3"/>')
      ])
    })
    expect(layout(tables(bytes)[0]!)).toEqual([
      ['0+1x1:a', '1+1x1:b', '2+1x1:c', '3+1x1:d'],
      ['1+1x1:x', '2+1x1:y'],
      ['3+1x1:z']
    ])
  })

  it('should keep a continuation cell with nothing above it as a cell of its own', () => {
    const bytes = writeDocx({body: tbl(2, [tr([tc('', {merge: 'continue'}), tc('a')])])})
    expect(layout(tables(bytes)[0]!)).toEqual([['0+1x1:', '1+1x1:a']])
  })

  it('should join wrapped cell paragraphs without spaces between CJK, and keep numbers apart', () => {
    const bytes = writeDocx({
      body: tbl(3, [tr([tc(['商业', '企业']), tc(['12', '34']), tc(['　　', ' 5\u00A0', '　'])])])
    })
    expect(layout(tables(bytes)[0]!)).toEqual([['0+1x1:商业企业', '1+1x1:12 34', '2+1x1:5']])
  })

  it('should keep tracked insertions and drop tracked deletions, moves away and deleted rows', () => {
    const bytes = writeDocx({
      body:
        p([r('一、总体'), '<w:del w:id="1" w:author="a"><w:r><w:delText>概况</w:delText></w:r></w:del>', '<w:ins w:id="2" w:author="a">' + r('情况') + '</w:ins>']) +
        '<w:ins w:id="3" w:author="a">' + p('新增的段落') + '</w:ins>' +
        '<w:del w:id="4" w:author="a">' + p('删除的段落') + '</w:del>' +
        '<w:del w:id="10" w:author="a">' + p('') + '</w:del>' +
        p(['<w:moveFrom w:id="5" w:author="a">' + r('移走') + '</w:moveFrom>', '<w:moveTo w:id="6" w:author="a">' + r('移来') + '</w:moveTo>']) +
        tbl(2, [
          tr([tc('规章'), '<w:tc>' + p(['<w:del w:id="7" w:author="a"><w:r><w:delText>5</w:delText></w:r></w:del>', '<w:ins w:id="8" w:author="a">' + r('7') + '</w:ins>']) + '</w:tc>']),
          tr([tc('删除的行'), tc('9')], '<w:del w:id="9" w:author="a"/>'),
          tr([tc('行政许可'), tc('8')])
        ])
    })
    const file = new VFile()
    const tree = docxToTree(bytes, {}, file)
    expect(tree.children.slice(0, 3)).toEqual([
      {type: 'paragraph', value: '一、总体情况'},
      {type: 'paragraph', value: '新增的段落'},
      {type: 'paragraph', value: '移来'}
    ])
    // 概况, the deleted paragraph, 移走, the 5 of 规章 and the deleted row (not the empty deleted paragraph).
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['docx-deleted-text', '5']])
    expect(layout(tree.children[3] as Table)).toEqual([
      ['0+1x1:规章', '1+1x1:7'],
      ['0+1x1:行政许可', '1+1x1:8']
    ])
  })

  it('should leave out hidden text (`w:vanish`), and read text whose hiding is switched off', () => {
    const hidden = (text: string, value = '') => `<w:r><w:rPr><w:b/><w:vanish${value}/></w:rPr><w:t>${text}</w:t></w:r>`
    const bytes = writeDocx({
      body:
        p([r('一、总体'), hidden('（草稿）'), r('情况')]) +
        tbl(2, [
          tr([tc('规章'), '<w:tc>' + p([r('12'), hidden('99')]) + '</w:tc>']),
          tr([tc('行政许可'), '<w:tc>' + p([hidden('8', ' w:val="false"'), hidden('0', ' w:val="0"')]) + '</w:tc>'])
        ])
    })
    const file = new VFile()
    const tree = docxToTree(bytes, {}, file)
    expect(tree.children[0]).toEqual({type: 'paragraph', value: '一、总体情况'})
    // （草稿） and 99; the runs whose hiding is switched off are read.
    expect(file.messages.map((message) => [message.ruleId, message.actual, message.fatal])).toEqual([['docx-hidden-text', '2', undefined]])
    expect(layout(tree.children[1] as Table)).toEqual([
      ['0+1x1:规章', '1+1x1:12'],
      ['0+1x1:行政许可', '1+1x1:80']
    ])
  })

  it('should report text left out as Word does among the diagnostics of `parseDocx`', async () => {
    const hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部草稿）</w:t></w:r>'
    const bytes = writeDocx({body: reportBody().replace('一、总体情况</w:t></w:r>', '一、总体情况</w:t></w:r>' + hidden)})
    const {diagnostics} = await parseDocx(bytes)
    expect(diagnostics.filter((d) => d.ruleId.startsWith('docx-'))).toMatchObject([
      {ruleId: 'docx-hidden-text', severity: 'info', actual: '1', place: null}
    ])
  })

  it('should read the content of content controls (`w:sdt`) at block, row, cell and run level', () => {
    const sdt = (content: string, tag = 'sdtContent') => `<w:sdt><w:sdtPr><w:alias w:val="字段"/></w:sdtPr><w:${tag}>${content}</w:${tag}></w:sdt>`
    const bytes = writeDocx({
      body:
        sdt(p('一、总体情况')) +
        p([r('本机关'), sdt(r('测试县司法局'))]) +
        tbl(2, [sdt(tr([tc('规章'), sdt(tc('3'))])), tr([tc('行政许可'), tc('4')])])
    })
    const tree = docxToTree(bytes)
    expect(tree.children.slice(0, 2)).toEqual([
      {type: 'paragraph', value: '一、总体情况'},
      {type: 'paragraph', value: '本机关测试县司法局'}
    ])
    expect(layout(tree.children[2] as Table)).toEqual([
      ['0+1x1:规章', '1+1x1:3'],
      ['0+1x1:行政许可', '1+1x1:4']
    ])
  })

  it('should read a table holding tables as layout: its cells as blocks, inner tables as tables', () => {
    const inner = tbl(2, [tr([tc('规章'), tc('1')])])
    const bytes = writeDocx({
      body: p('前言') + tbl(1, [tr(['<w:tc>' + p('一、总体情况') + inner + p('说明') + '</w:tc>']), tr([tc('二、主动公开政府信息情况')])]) + tbl(1, [tr([tc('后')])])
    })
    const tree = docxToTree(bytes)
    expect(tree.children.map((block) => (block.type === 'table' ? '[table ' + block.index + '] ' + layout(block).join(' / ') : block.value))).toEqual([
      '前言',
      '一、总体情况',
      '[table 0] 0+1x1:规章,1+1x1:1',
      '说明',
      '二、主动公开政府信息情况',
      '[table 1] 0+1x1:后'
    ])
  })

  it('should make headings from heading styles by name, outline level and `basedOn`, not from ids', () => {
    const bytes = writeDocx({
      styles: stylesXml,
      body:
        p('报告标题', '<w:pStyle w:val="1"/>') +
        p('一、总体情况', '<w:pStyle w:val="2"/>') +
        p('（一）主动公开', '<w:pStyle w:val="10"/>') +
        p('自定义', '<w:pStyle w:val="my"/>') +
        p('正文', '<w:pStyle w:val="body"/>') +
        p('大纲', '<w:outlineLvl w:val="1"/>') +
        p('无样式', '<w:pStyle w:val="Heading1"/>')
    })
    expect(docxToTree(bytes).children).toEqual([
      {type: 'heading', depth: 1, value: '报告标题'},
      {type: 'heading', depth: 2, value: '一、总体情况'},
      {type: 'heading', depth: 3, value: '（一）主动公开'},
      {type: 'heading', depth: 1, value: '自定义'},
      {type: 'paragraph', value: '正文'},
      {type: 'heading', depth: 2, value: '大纲'},
      {type: 'paragraph', value: '无样式'}
    ])
  })

  it('should take `HeadingN` style ids as headings when the document has no styles part', () => {
    const bytes = writeDocx({body: p('一、总体情况', '<w:pStyle w:val="Heading2"/>')})
    expect(docxToTree(bytes).children).toEqual([{type: 'heading', depth: 2, value: '一、总体情况'}])
  })

  it('should give auto-numbered paragraphs the numbers Word shows', () => {
    const numbering =
      `<w:numbering xmlns:w="${wordNamespace}">` +
      '<w:abstractNum w:abstractNumId="0">' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
      '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>' +
      '</w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '</w:numbering>'
    const numbered = (text: string, level: number, numId = 1) => p(text, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`)
    const bytes = writeDocx({
      numbering,
      body:
        numbered('总体情况', 0) +
        numbered('主动公开', 1) +
        numbered('依申请公开', 1) +
        numbered('细目', 2) +
        numbered('', 0) +
        numbered('收到和处理政府信息公开申请情况', 0) +
        numbered('要点', 0, 2) +
        numbered('不编号', 0, 0) +
        Array.from({length: 8}, (_, index) => numbered('第' + (index + 4) + '节', 0)).join('')
    })
    expect(docxToTree(bytes).children.map((block) => (block.type === 'table' ? '' : block.value))).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '（二）依申请公开',
      '1.细目',
      '三、收到和处理政府信息公开申请情况',
      '要点',
      '不编号',
      '四、第4节', '五、第5节', '六、第6节', '七、第7节', '八、第8节', '九、第9节', '十、第10节', '十一、第11节'
    ])
  })

  it('should split paragraphs at line breaks, keep tabs and trim full-width spaces', () => {
    const bytes = writeDocx({
      body: p([r('　　第一行'), '<w:r><w:br/></w:r>', r('第二行'), '<w:r><w:tab/></w:r>', r('续'), '<w:r><w:cr/></w:r>', r('\u00A0第三行　')]) + p('') + p('　　')
    })
    expect(docxToTree(bytes).children).toEqual([
      {type: 'paragraph', value: '第一行'},
      {type: 'paragraph', value: '第二行\t续'},
      {type: 'paragraph', value: '第三行'}
    ])
  })

  it('should read only the main document, never headers, footers, comments or footnotes', () => {
    const part = (root: string) => `<?xml version="1.0"?><w:${root} xmlns:w="${wordNamespace}">${p('一、总体情况')}</w:${root}>`
    const bytes = writeDocx({
      body: p('正文'),
      extra: {
        'word/header1.xml': part('hdr'),
        'word/footer1.xml': part('ftr'),
        'word/comments.xml': part('comments'),
        'word/footnotes.xml': part('footnotes')
      }
    })
    expect(docxToTree(bytes).children).toEqual([{type: 'paragraph', value: '正文'}])
  })

  it('should find the main document through the package relationships', () => {
    const relationships =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/>' +
      '</Relationships>'
    const bytes = writeDocx({body: p('旧'), extra: {'_rels/.rels': relationships, 'word/document2.xml': documentXml(p('新'))}})
    expect(docxToTree(bytes).children).toEqual([{type: 'paragraph', value: '新'}])
  })

  it('should read strict Office Open XML (ISO 29500 strict namespaces)', () => {
    const strict = '<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>' + p('一、总体情况') + '</w:body></w:document>'
    expect(docxToTree(writeDocx({body: strict})).children).toEqual([{type: 'paragraph', value: '一、总体情况'}])
  })

  it('should read stored (uncompressed) entries', () => {
    expect(docxToTree(writeDocx({body: p('存储')}, 0)).children).toEqual([{type: 'paragraph', value: '存储'}])
  })

  it('should read the properties it uses from among formatting and tracked property changes', () => {
    const formatting = '<w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="480"/><w:jc w:val="center"/>'
    const bytes = writeDocx({
      body:
        p('一、总体情况', formatting + '<w:pStyle w:val="Heading2"/><w:pPrChange w:id="1" w:author="a"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange>') +
        p('正文', formatting + '<w:pPrChange w:id="2" w:author="a"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange>') +
        tbl(3, [
          tr(
            [
              '<w:tc><w:tcPr><w:tcBorders><w:top w:val="single"/></w:tcBorders><w:shd w:fill="auto"/><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>' + p('甲') + '</w:tc>',
              tc('乙')
            ],
            '<w:trHeight w:val="400"/><w:cantSplit/>'
          ),
          tr([tc('', {span: 2, merge: 'continue'}), tc('1')], '<w:trHeight w:val="400"/><w:gridBefore w:val="0"/>'),
          tr([tc('删除的行'), tc('9')], '<w:trHeight w:val="400"/><w:del w:id="3" w:author="a"/>'),
          tr([tc('丙')], '<w:jc w:val="center"/><w:gridBefore w:val="2"/>')
        ])
    })
    const tree = docxToTree(bytes)
    expect(tree.children.slice(0, 2)).toEqual([
      {type: 'heading', depth: 2, value: '一、总体情况'},
      {type: 'paragraph', value: '正文'}
    ])
    expect(layout(tree.children[2] as Table)).toEqual([['0+2x2:甲', '2+1x1:乙'], ['2+1x1:1'], ['2+1x1:丙']])
  })

  it('should read text of any length exactly, whatever characters it holds where the part is decoded in pieces', () => {
    // Three- and four-byte characters over more than a hundred kilobytes: some cut at a piece's end.
    const long = '政府信息公开𠀀'.repeat(6000)
    expect(docxToTree(writeDocx({body: p(long) + p('一、总体情况')})).children).toEqual([
      {type: 'paragraph', value: long},
      {type: 'paragraph', value: '一、总体情况'}
    ])
  })

  it('should read a document part written in UTF-16 with its byte order mark, or in UTF-8 with one', () => {
    const utf8 = writeDocx({body: p('一、总体情况')})
    const files = unzipSync(utf8)
    const xml = strFromU8(files['word/document.xml']!)
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml.replace('UTF-8', 'UTF-16'), 'utf16le'))])
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...files['word/document.xml']!])
    const expected = [{type: 'paragraph', value: '一、总体情况'}]
    expect(docxToTree(zipSync({...files, 'word/document.xml': utf16})).children).toEqual(expected)
    expect(docxToTree(zipSync({...files, 'word/document.xml': bom})).children).toEqual(expected)
  })
})

describe('parseDocx', () => {
  it('should parse the official blank template to null cells with `cell-blank` diagnostics', async () => {
    const {report, cells, diagnostics} = await parseDocx(new Uint8Array(await readFile(templatePath)))
    expect(report.sections.map((section) => section.key)).toEqual([
      'overview', 'activeDisclosure', 'applications', 'reviewLitigation', 'problems', 'otherMatters'
    ])
    expect(Object.keys(cells).length).toBe(200)
    expect(Object.values(cells).every((value) => value === null)).toBe(true)
    const blank = new Set(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'cell-blank').map((diagnostic) => diagnostic.cellId))
    expect([...blank].sort()).toEqual([...cellIds].sort())
    expect(report.meta.title).toBe('政府信息公开工作年度报告格式模板')
  })

  it('should map the values of a report table by its labels, with their source in the document', async () => {
    const {report, cells, diagnostics} = of2021(await parseDocx(writeDocx({body: reportBody()})))
    expect(report.meta.agency).toBe('测试县司法局')
    expect(report.meta.year).toBe(2024)
    for (const [id, printed] of Object.entries(activeDisclosureValues)) expect(cells[id as keyof typeof cells]).toBe(Number(printed))
    expect(report.tables.activeDisclosure.regulations.made).toEqual({
      value: 11,
      status: 'number',
      raw: '11',
      annotation: null,
      position: null,
      source: {table: 0, row: 2, column: 1}
    })
    expect(diagnostics.filter((diagnostic) => diagnostic.cellId?.startsWith('activeDisclosure.'))).toEqual([])
  })

  it('should read a report whose table and headings sit inside a layout table', async () => {
    const body = reportBody()
    const bytes = writeDocx({body: tbl(1, [tr(['<w:tc>' + body + p('') + '</w:tc>'])])})
    const {cells, report} = of2021(await parseDocx(bytes))
    expect(report.sections.length).toBe(6)
    expect(cells['activeDisclosure.fees.amount']).toBe(6.5)
    expect(cells['activeDisclosure.enforcement.decisions']).toBe(51)
  })

  it('should read a value changed with tracked changes as its new value', async () => {
    const table = activeDisclosureTable((id) =>
      id === 'activeDisclosure.licensing.decisions'
        ? '__tracked__'
        : activeDisclosureValues[id]
    ).replace(
      p('__tracked__'),
      p(['<w:del w:id="1" w:author="a"><w:r><w:delText>30</w:delText></w:r></w:del>', '<w:ins w:id="2" w:author="a">' + r('31') + '</w:ins>'])
    )
    const {cells} = await parseDocx(writeDocx({body: reportBody(table)}))
    expect(cells['activeDisclosure.licensing.decisions']).toBe(31)
  })
})
