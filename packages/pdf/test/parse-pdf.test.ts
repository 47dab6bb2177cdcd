import {readFile} from 'node:fs/promises'
import type {Table} from '@xxgk/core'
import {sectionKeys} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parsePdf, pdfToTree} from '../src/index.js'

const published = new URL('../../adapters/test/fixtures/published/', import.meta.url)
const conformance = new URL('fixtures/conformance/', import.meta.url)

interface Expected {
  agency: string
  year: number
  cells: Record<string, number | null>
}

async function expected(name: string): Promise<Expected> {
  return JSON.parse(await readFile(new URL(name + '.json', published), 'utf8')) as Expected
}

async function pdf(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(name + '.pdf', conformance)))
}

describe('parsePdf', () => {
  // LibreOffice's PDFs of three published-report fixtures: large and full-width numbers,
  // tables broken by pages (rows split across the break), 表二's header repeated.
  for (const name of ['large-values', 'page-breaks', 'header-repeated']) {
    it('should read every cell of `' + name + '.pdf` exactly', async () => {
      const truth = await expected(name)
      const fromPdf = await parsePdf(await pdf(name))
      expect(fromPdf.cells).toEqual(truth.cells)
      expect(fromPdf.report.meta.agency).toBe(truth.agency)
      expect(fromPdf.report.meta.year).toBe(truth.year)
    })
  }

  it('should give each cell its page and box, and read the sections in order', async () => {
    const {report, cells, diagnostics} = await parsePdf(await pdf('large-values'))
    expect(cells['applications.newReceived.total']).toBe(8281)
    expect(report.tables.applications.newReceived.total).toEqual({
      value: 8281,
      status: 'number',
      raw: '8281',
      annotation: null,
      position: null,
      source: {table: 1, row: 3, column: 9, page: 2, box: {left: 507.1, top: 282.2, right: 541.6, bottom: 299.1}}
    })
    // 表二's 行政许可 is a number of seven digits wrapped inside its narrow cell: one number.
    expect(cells['activeDisclosure.licensing.decisions']).toBe(3985758)
    expect(report.sections.map((section) => section.key)).toEqual([...sectionKeys])
    expect(report.sections[0]!.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，依法依规做好政府信息公开申请办理工作。'
    ])
    expect(diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([])
  })

  it('should report the page numbers it dropped, naming the pages', async () => {
    const file = new VFile()
    const tree = await pdfToTree(await pdf('page-breaks'), {}, file)
    expect(tree.children.filter((block): block is Table => block.type === 'table').map((table) => table.layout)).toEqual(['pdf', 'pdf', 'pdf'])
    // 表三 broken over three pages is one table of 28 rows: its header, repeated on each
    // page, is read once.
    expect(tree.children.filter((block): block is Table => block.type === 'table').map((table) => table.children.length)).toEqual([14, 28, 4])
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['pdf-page-furniture', '7 line(s) of page numbers or running heads dropped (pages 1, 2, 3, 4, 5, 6, 7)']
    ])
  })
})
