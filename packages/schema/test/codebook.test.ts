import {describe, expect, it} from 'vitest'
import {cellIds, codebook, codebookOf, templateCells, toJsonSchema} from '../src/index.js'

describe('codebook', () => {
  it('should give every cell of the 2021 template its table, labels, unit and template, in printed order', () => {
    expect(codebook.map((entry) => entry.id)).toEqual([...cellIds])
    expect(codebook[0]).toEqual({
      id: 'activeDisclosure.regulations.made',
      table: '表二',
      tableTitle: '主动公开政府信息情况',
      row: '第二十条第（一）项 / 规章',
      column: '本年制发件数',
      unit: 'count',
      template: '2021',
      header: '表二｜第二十条第（一）项 / 规章｜本年制发件数'
    })
    expect(codebook.find((entry) => entry.id === 'applications.denied.stateSecret.research')?.header).toBe(
      '表三｜（三）不予公开 / 1.属于国家秘密｜法人或其他组织 / 科研机构'
    )
    expect(codebook.find((entry) => entry.id === 'activeDisclosure.fees.amount')?.unit).toBe('wan_yuan')
    expect(codebook.find((entry) => entry.id === 'reviewLitigation.litigationAfterReview.total')?.header).toBe(
      '表四｜行政诉讼 / 复议后起诉｜总计'
    )
  })

  it('should give 200 distinct Chinese headers', () => {
    expect(new Set(codebook.map((entry) => entry.header)).size).toBe(200)
  })

  it('should be a function of a template list of cells', () => {
    const feesOnly = templateCells.filter((cell) => cell.table.key === 'activeDisclosure' && cell.row.key === 'fees')
    expect(codebookOf(feesOnly, '2019')).toEqual([
      {
        id: 'activeDisclosure.fees.amount',
        table: '表二',
        tableTitle: '主动公开政府信息情况',
        row: '第二十条第（八）项 / 行政事业性收费',
        column: '本年收费金额（单位：万元）',
        unit: 'wan_yuan',
        template: '2019',
        header: '表二｜第二十条第（八）项 / 行政事业性收费｜本年收费金额（单位：万元）'
      }
    ])
  })

  it("should put each cell's labels in the JSON Schema as its description", () => {
    type Branch = {properties: {template: {const: string}; cells: {properties: Record<string, {description?: string}>}}}
    const [form2021, form2019] = (toJsonSchema() as {oneOf: Array<Branch>}).oneOf
    expect([form2021!.properties.template.const, form2019!.properties.template.const]).toEqual(['2021', '2019'])
    const cells = form2021!.properties.cells.properties
    expect(cells['applications.newReceived.naturalPerson']?.description).toBe('表三｜一、本年新收政府信息公开申请数量｜自然人 (count)')
    expect(cells['activeDisclosure.fees.amount']?.description).toBe(
      '表二｜第二十条第（八）项 / 行政事业性收费｜本年收费金额（单位：万元） (wan_yuan)'
    )
    expect(Object.values(cells).filter((cell) => cell.description?.startsWith('表')).length).toBe(200)
    const cells2019 = form2019!.properties.cells.properties
    expect(Object.values(cells2019).filter((cell) => cell.description?.startsWith('表')).length).toBe(198)
    expect(cells2019['applications.otherDisposal.total']?.description).toBe('表三｜三、本年度办理结果 / （六）其他处理｜总计 (count)')
  })
})
