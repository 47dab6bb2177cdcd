import {readFileSync} from 'node:fs'
import {inflateSync} from 'node:zlib'
import {incrementalUpdate} from './pdf-writer.js'

/**
 * A LibreOffice PDF of a report and the means to rewrite its pages by an incremental
 * update, as PDFs published in the wild differ from it: text laid over the page, marks
 * beside its numbers, boxes that cut it. All its pages share one resource dictionary.
 */
export interface ReportFixture {
  pdf: Buffer
  cells: Record<string, number | null>
  pages: Array<ReportPage>
  /** The first object number an update may add. */
  firstFree: number
}

/** A page object of the report as LibreOffice writes it. */
export interface ReportPage {
  id: number
  parent: number
  resources: number
  width: string
  height: string
  contents: number
}

/** `libreoffice/<file>.pdf` and the cells of its report (`page-breaks.font-1.6` reads `page-breaks.json`). */
export function reportFixture(file: string): ReportFixture {
  const pdf = readFileSync(new URL('./fixtures/libreoffice/' + file + '.pdf', import.meta.url))
  const json = readFileSync(new URL('../../adapters/test/fixtures/published/' + file.replace(/\..*$/, '') + '.json', import.meta.url), 'utf8')
  const source = pdf.toString('latin1')
  const pages = [
    ...source.matchAll(/(\d+) 0 obj\n<<\/Type\/Page\/Parent (\d+) 0 R\/Resources (\d+) 0 R\/MediaBox\[0 0 ([\d.]+) ([\d.]+)\]\/Contents (\d+) 0 R>>/g)
  ].map(([, id, parent, resources, width, height, contents]) => ({
    id: Number(id),
    parent: Number(parent),
    resources: Number(resources),
    width: width!,
    height: height!,
    contents: Number(contents)
  }))
  const firstFree = Number(/\/Size (\d+)/.exec(source.slice(source.lastIndexOf('trailer')))![1])
  return {pdf, cells: (JSON.parse(json) as {cells: Record<string, number | null>}).cells, pages, firstFree}
}

/** The decoded content stream of a page (LibreOffice's are FlateDecode). */
export function pageContent(report: ReportFixture, page: ReportPage): string {
  const source = report.pdf.toString('latin1')
  const start = source.indexOf('\n' + page.contents + ' 0 obj\n')
  const data = source.indexOf('stream\n', start) + 'stream\n'.length
  const end = source.indexOf('endstream', data)
  return inflateSync(report.pdf.subarray(data, end)).toString('latin1')
}

/** The page's text objects (`BT` … `ET`), without the paths around them. */
export function textObjects(report: ReportFixture, page: ReportPage): string {
  return (pageContent(report, page).match(/BT[^]*?ET/g) ?? []).join('\n')
}

/** The body of a page object with these contents and entries added (`/CropBox […]`). */
export function pageObject(page: ReportPage, contents: ReadonlyArray<number>, entries = ''): string {
  return '<< /Type /Page /Parent ' + page.parent + ' 0 R /Resources ' + page.resources + ' 0 R /MediaBox [0 0 ' + page.width + ' ' + page.height + ']' +
    entries + ' /Contents [' + contents.map((id) => id + ' 0 R').join(' ') + '] >>'
}

/** Sets the report's fonts dictionary with `fonts` (`/FX 60 0 R`) added: every page names the same one. */
export function addFonts(report: ReportFixture, objects: Map<number, string>, fonts: string): void {
  const source = report.pdf.toString('latin1')
  const id = new RegExp('\\n' + report.pages[0]!.resources + ' 0 obj\\n<</Font (\\d+) 0 R').exec(source)![1]!
  const body = new RegExp('\\n' + id + ' 0 obj\\n(<<[^]*?>>)\\nendobj').exec(source)![1]!
  objects.set(Number(id), body.replace(/>>$/, ' ' + fonts + '>>'))
}

/** Font dictionaries an update adds: a standard font, and a CJK font every reader has (no font file). */
export const fonts = {
  helvetica: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  /** STSong-Light (Adobe-GB1), its codes UCS-2 (`<2460>` is ①), given the number of its `songDescendant`. */
  song: (descendant: number) =>
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [' + descendant + ' 0 R] >>',
  songDescendant:
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ' +
    '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 ' +
    '/Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>'
}

export function update(report: ReportFixture, objects: Map<number, string>): Uint8Array {
  return incrementalUpdate(new Uint8Array(report.pdf), objects)
}
