import {strToU8, zipSync} from 'fflate'
import type {FixtureReport} from './fixture-report.js'
import {headingText, reportDocument, type ReportBlock} from './report-document.js'
import {expandGrid, type GridCell, type GridSlot, type GridTable} from './report-tables.js'
import {escapeXml} from './xml-escape.js'

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** Zip entries get this fixed time, so the same report always gives the same bytes. */
const fixedTime = new Date(2024, 0, 1, 0, 0, 0)

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>'

const packageRelationships =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>'

const documentRelationships =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'

interface RunStyle {
  readonly font: string
  /** Half-points, as `w:sz` counts. */
  readonly size: number
  readonly bold?: boolean
}

const bodyStyle: RunStyle = {font: '仿宋', size: 24}
const titleStyle: RunStyle = {font: '宋体', size: 36, bold: true}
const headingStyle: RunStyle = {font: '黑体', size: 24}
const subheadingStyle: RunStyle = {font: '楷体', size: 24}
const tableStyle: RunStyle = {font: '宋体', size: 20}

function run(text: string, style: RunStyle): string {
  const font = escapeXml(style.font)
  return (
    '<w:r><w:rPr>' +
    `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` +
    '</w:rPr>' +
    `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
  )
}

function paragraph(
  text: string,
  style: RunStyle,
  options: {align?: 'center' | 'left' | 'both'; indent?: boolean; lineSpacing?: number} = {}
): string {
  const properties =
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="${options.lineSpacing ?? 360}" w:lineRule="auto"/>` +
    (options.indent ? `<w:ind w:firstLine="${style.size * 20}"/>` : '') +
    `<w:jc w:val="${options.align ?? 'both'}"/></w:pPr>`
  return '<w:p>' + properties + (text === '' ? '' : run(text, style)) + '</w:p>'
}

function blockXml(block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      return paragraph(block.text, titleStyle, {align: 'center'})
    case 'heading':
      return paragraph(headingText(block, true), headingStyle, {indent: true})
    case 'subheading':
      return paragraph(block.text, subheadingStyle, {indent: true})
    case 'paragraph':
      return paragraph(block.text, bodyStyle, {indent: true})
    case 'table':
      return tableXml(block.table) + paragraph('', bodyStyle)
  }
}

const border = (side: string) => `<w:${side} w:val="single" w:color="000000" w:sz="4" w:space="0"/>`

function tableXml(table: GridTable): string {
  const width = table.columnWidths.reduce((sum, column) => sum + column, 0)
  const properties =
    '<w:tblPr>' +
    `<w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>` +
    '<w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
    '</w:tblBorders>' +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>' +
    '</w:tblPr>'
  const grid =
    '<w:tblGrid>' + table.columnWidths.map((column) => `<w:gridCol w:w="${column}"/>`).join('') + '</w:tblGrid>'
  const rows = expandGrid(table).map((row) => {
    const cells: string[] = []
    row.forEach((slot, column) => {
      if (slot.left) cells.push(cellXml(slot, spannedWidth(table, column, slot.cell.colSpan)))
    })
    return '<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>' + cells.join('') + '</w:tr>'
  })
  return '<w:tbl>' + properties + grid + rows.join('') + '</w:tbl>'
}

function spannedWidth(table: GridTable, column: number, span: number): number {
  return table.columnWidths.slice(column, column + span).reduce((sum, width) => sum + width, 0)
}

/** A `w:tc`: the cell itself in its first row, an empty `w:vMerge` continuation below it. */
function cellXml(slot: GridSlot, width: number): string {
  const {cell} = slot
  const merge = cell.rowSpan > 1 ? (slot.top ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : ''
  const properties =
    '<w:tcPr>' +
    `<w:tcW w:w="${width}" w:type="dxa"/>` +
    (cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : '') +
    merge +
    '<w:vAlign w:val="center"/>' +
    '</w:tcPr>'
  const paragraphs = slot.top
    ? cell.lines.map((line) => paragraph(line, tableStyle, {align: alignment(cell), lineSpacing: 240}))
    : [paragraph('', tableStyle, {lineSpacing: 240})]
  return '<w:tc>' + properties + paragraphs.join('') + '</w:tc>'
}

function alignment(cell: GridCell): 'center' | 'left' {
  return cell.role === 'label' && cell.rowSpan === 1 ? 'left' : 'center'
}

/** The `word/document.xml` of a report: paragraphs and the three tables of the official form. */
export function docxDocumentXml(report: FixtureReport): string {
  const body = reportDocument(report).map(blockXml).join('')
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>' +
    '</w:sectPr>'
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${wordNamespace}" xmlns:r="${relationshipNamespace}"><w:body>` +
    body +
    section +
    '</w:body></w:document>'
  )
}

/**
 * A real .docx of a report: the minimal package ([Content_Types].xml, _rels/.rels,
 * word/document.xml, word/_rels/document.xml.rels) whose three tables use `w:tblGrid`,
 * `w:gridSpan` and `w:vMerge` like the official 2021 template. Deterministic: the same
 * report gives the same bytes.
 */
export function renderDocx(report: FixtureReport): Uint8Array {
  const entry = (text: string): [Uint8Array, {mtime: Date}] => [strToU8(text), {mtime: fixedTime}]
  return zipSync(
    {
      '[Content_Types].xml': entry(contentTypes),
      '_rels/.rels': entry(packageRelationships),
      'word/document.xml': entry(docxDocumentXml(report)),
      'word/_rels/document.xml.rels': entry(documentRelationships)
    },
    {level: 6}
  )
}
