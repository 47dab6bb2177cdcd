import {readFileSync} from 'node:fs'
import type {ParseResult} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'
import {mostCommonTurn, quarterTurnOf, unturn, apply, type Transform} from '../src/text-direction.js'
import {incrementalUpdate, streamObject} from './pdf-writer.js'

const reportPdf = readFileSync(new URL('./fixtures/libreoffice/page-breaks.pdf', import.meta.url))
const reportCells = (
  JSON.parse(readFileSync(new URL('../../adapters/test/fixtures/published/page-breaks.json', import.meta.url), 'utf8')) as {
    cells: Record<string, number | null>
  }
).cells

/** PDF user space (y up) to page points from the top left of an A4 page. */
const a4: Transform = [1, 0, 0, -1, 0, 842]

/** PDFium's angle of a glyph whose baseline runs at `degrees` counter-clockwise in user space. */
const pdfiumAngle = (degrees: number) => (((-degrees % 360) + 360) % 360) * (Math.PI / 180)

describe('quarterTurnOf', () => {
  it('should give the quarter turn, clockwise on the page, of a baseline along an axis', () => {
    expect(quarterTurnOf(pdfiumAngle(0), a4)).toBe(0)
    // Running down the page (270° counter-clockwise in user space) is a quarter turn clockwise.
    expect(quarterTurnOf(pdfiumAngle(270), a4)).toBe(1)
    expect(quarterTurnOf(pdfiumAngle(180), a4)).toBe(2)
    expect(quarterTurnOf(pdfiumAngle(90), a4)).toBe(3)
  })

  it('should take a baseline within 2° of an axis as along it, and one at 35° or 3° as across the page', () => {
    expect(quarterTurnOf(pdfiumAngle(1.5), a4)).toBe(0)
    expect(quarterTurnOf(pdfiumAngle(358.5), a4)).toBe(0)
    expect(quarterTurnOf(pdfiumAngle(35), a4)).toBeUndefined()
    expect(quarterTurnOf(pdfiumAngle(3), a4)).toBeUndefined()
    expect(quarterTurnOf(pdfiumAngle(45), a4)).toBeUndefined()
  })

  it('should measure on the page as shown: a page turned by /Rotate 90 turns upright text a quarter', () => {
    // User space to the page shown turned a quarter clockwise (595 × 842 drawn, 842 × 595 shown).
    const rotated: Transform = [0, 1, 1, 0, 0, 0]
    expect(quarterTurnOf(pdfiumAngle(0), rotated)).toBe(1)
  })
})

describe('mostCommonTurn', () => {
  it('should pick the turn most glyphs run at, upright on a tie', () => {
    expect(mostCommonTurn([3, 10, 0, 0])).toBe(1)
    expect(mostCommonTurn([5, 0, 0, 5])).toBe(0)
    expect(mostCommonTurn([0, 0, 0, 0])).toBe(0)
  })
})

describe('unturn', () => {
  it('should map a page whose text runs down it so that its text runs left to right from the top left', () => {
    const {transform, width, height} = unturn(1, 595, 842)
    expect([width, height]).toEqual([842, 595])
    // Two glyphs down the page at x 500: the first at the top is the first on the turned page's line.
    const first = apply(transform, 500, 100)
    const second = apply(transform, 500, 112)
    expect(second[0] - first[0]).toBe(12)
    expect(first[1]).toBe(second[1])
    // Text further right on the drawn page (its top faces right) is a line higher.
    expect(apply(transform, 520, 100)[1]).toBeLessThan(first[1])
    expect(first).toEqual([100, 95])
  })

  it('should map each turn onto the page (corners stay inside it)', () => {
    for (const turn of [0, 1, 2, 3] as const) {
      const {transform, width, height} = unturn(turn, 595, 842)
      for (const [x, y] of [[0, 0], [595, 0], [0, 842], [595, 842]] as const) {
        const [u, v] = apply(transform, x, y)
        expect(u).toBeGreaterThanOrEqual(0)
        expect(u).toBeLessThanOrEqual(width)
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual(height)
      }
    }
  })
})

/** The LibreOffice PDF's page objects, as `rotated` and `watermarked` rewrite them. */
const pageObjects = /(\d+) 0 obj\n<<\/Type\/Page\/Parent (\d+) 0 R\/Resources (\d+) 0 R\/MediaBox\[0 0 ([\d.]+) ([\d.]+)\]\/Contents (\d+) 0 R>>/g
const text = reportPdf.toString('latin1')
const firstFree = () => Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))![1])

/**
 * The report's PDF with every page given `/Rotate rotate`; when `upright`, its content is
 * also drawn turned the other way in a turned media box, so that it shows upright (as
 * printers write landscape pages); else the page is shown turned, its text with it.
 */
function rotated(rotate: 90 | 180 | 270, upright: boolean): Uint8Array {
  let next = firstFree()
  const objects = new Map<number, string>()
  for (const [, id, parent, resources, width, height, contents] of text.matchAll(pageObjects)) {
    const head = '<< /Type /Page /Parent ' + parent + ' 0 R /Resources ' + resources + ' 0 R /Rotate ' + rotate
    if (!upright) {
      objects.set(Number(id), head + ' /MediaBox [0 0 ' + width + ' ' + height + '] /Contents ' + contents + ' 0 R >>')
      continue
    }
    const before = next++
    const after = next++
    const turn = rotate === 90 ? '0 1 -1 0 ' + height + ' 0' : rotate === 270 ? '0 -1 1 0 0 ' + width : '-1 0 0 -1 ' + width + ' ' + height
    objects.set(before, streamObject('', 'q ' + turn + ' cm'))
    objects.set(after, streamObject('', 'Q'))
    const box = rotate === 180 ? width + ' ' + height : height + ' ' + width
    objects.set(Number(id), head + ' /MediaBox [0 0 ' + box + '] /Contents [' + before + ' 0 R ' + contents + ' 0 R ' + after + ' 0 R] >>')
  }
  expect(objects.size).toBeGreaterThanOrEqual(7)
  return incrementalUpdate(new Uint8Array(reportPdf), objects)
}

/**
 * The report's PDF with a watermark across every page, as agencies stamp what they
 * publish: `SAMPLE 2023 No. 4567` in Helvetica 36 pt, light grey, three times a page,
 * its baseline 35° up, over the tables (its digits fall between and inside their cells).
 */
function watermarked(): Uint8Array {
  let next = firstFree()
  const objects = new Map<number, string>()
  const font = next++
  objects.set(font, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  // Every page names one resource dictionary, whose fonts the watermark's joins.
  const resources = /\/Resources (\d+) 0 R/.exec(text)![1]!
  const fonts = new RegExp('\\n' + resources + ' 0 obj\\n<</Font (\\d+) 0 R').exec(text)![1]!
  const fontsBody = new RegExp('\\n' + fonts + ' 0 obj\\n(<<[^]*?>>)\\nendobj').exec(text)![1]!
  objects.set(Number(fonts), fontsBody.replace(/>>$/, '/FW ' + font + ' 0 R>>'))
  const stamp = [150, 400, 650]
    .map((y) => 'BT /FW 36 Tf 0.8192 0.5736 -0.5736 0.8192 60 ' + y + ' Tm (SAMPLE 2023 No. 4567) Tj ET')
    .join('\n')
  for (const [, id, parent, , width, height, contents] of text.matchAll(pageObjects)) {
    const mark = next++
    objects.set(mark, streamObject('', 'q 0.85 g\n' + stamp + '\nQ'))
    objects.set(Number(id), '<< /Type /Page /Parent ' + parent + ' 0 R /Resources ' + resources + ' 0 R /MediaBox [0 0 ' + width + ' ' + height +
      '] /Contents [' + contents + ' 0 R ' + mark + ' 0 R] >>')
  }
  return incrementalUpdate(new Uint8Array(reportPdf), objects)
}

function rules(result: ParseResult, ruleId: string): Array<string | null | undefined> {
  return result.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).map((diagnostic) => diagnostic.actual)
}

describe('parsePdf on pages turned', () => {
  for (const rotate of [90, 180, 270] as const) {
    it('should read pages drawn turned and shown upright by /Rotate ' + rotate + ' to the exact cells', async () => {
      const result = await parsePdf(rotated(rotate, true))
      expect(result.cells).toEqual(reportCells)
      expect(rules(result, 'pdf-text-turned')).toEqual([])
    })

    it('should read pages shown turned by /Rotate ' + rotate + ' along their text, to the exact cells, saying so', async () => {
      const result = await parsePdf(rotated(rotate, false))
      expect(result.cells).toEqual(reportCells)
      // Seven pages, each shown turned: its text runs rotate / 90 quarter turns clockwise on the page shown.
      expect(rules(result, 'pdf-text-turned')).toEqual(Array(7).fill(String(rotate / 90)))
    })
  }
})

describe('parsePdf on a watermark across the page', () => {
  it('should leave the watermark out, its digits joining no number, and read every cell exactly', async () => {
    const plain = await parsePdf(new Uint8Array(reportPdf))
    const result = await parsePdf(watermarked())
    expect(result.cells).toEqual(reportCells)
    expect(result.cells).toEqual(plain.cells)
    // `SAMPLE 2023 No. 4567`: 17 glyphs (spaces are none), three times on each of seven pages.
    expect(rules(result, 'pdf-glyphs-aside')).toEqual(Array(7).fill('51'))
    expect(rules(plain, 'pdf-glyphs-aside')).toEqual([])
  })
})
