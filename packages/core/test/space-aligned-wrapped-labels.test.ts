import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {applicationsRow as row} from './read-cells.js'
import {parseReport} from '../src/index.js'

/** The cells a text gives a value, by id. */
function readCells(lines: ReadonlyArray<string>): Record<string, number | null> {
  return parseReport(lines.join('\n') + '\n').cells as Record<string, number | null>
}

function fixtureLines(name: string): Array<string> {
  return readFileSync(new URL('space-aligned-fixtures/' + name + '.txt', import.meta.url), 'utf8').split('\n')
}

describe('space-aligned row labels wrapped over lines short of their column', () => {
  it('should read a row whose label the template joins across a page break, its numbers above it', () => {
    // page-breaks.font-1.2.pdf: `1.申请人无正当理由逾期不补` / `正、行政机关不再处理其政府` /
    // `信息公开申请`, and `2.申请人…` with its numbers on its middle line and its total above.
    expect(readCells(fixtureLines('pdftotext-font-120-page-breaks'))).toMatchObject({
      ...row('otherDisposal.overdueCorrection', [113, 41, 119, 15, 108, 68, 464]),
      ...row('otherDisposal.unpaidFee', [22, 100, 106, 67, 37, 77, 409]),
      ...row('otherDisposal.other', [23, 93, 14, 19, 32, 20, 201])
    })
  })

  it('should join the totals set apart to the rows whose numbers stand on their labels\' middle lines', () => {
    // large-values.font-1.2.pdf: `325` / `1.申请人…` / `正、行政… 62 86 36 25 44 72` /
    // `（六） 信息公开申请` / `238` / `其他处 2.申请人…` / `理 求缴纳… 83 1 46 70 15 23` / `理其政府…`.
    expect(readCells(fixtureLines('pdftotext-font-120-large-values'))).toMatchObject({
      ...row('otherDisposal.overdueCorrection', [62, 86, 36, 25, 44, 72, 325]),
      ...row('otherDisposal.unpaidFee', [83, 1, 46, 70, 15, 23, 238])
    })
  })

  it('should leave the row null when the total set apart beside the group label is not its sum', () => {
    const lines = fixtureLines('pdftotext-font-120-large-values')
    expect(lines[120]).toMatch(/^ +238$/u)
    lines[120] = lines[120]!.replace('238', '239')
    const cells = readCells(lines)
    expect(cells).toMatchObject(row('otherDisposal.unpaidFee', [null, null, null, null, null, null, null]))
    expect(cells['applications.otherDisposal.overdueCorrection.total']).toBe(325)
  })
})

describe('space-aligned labels of a page set further left', () => {
  it('should keep the group column apart from the row labels where the labels of a page stand as the others', () => {
    // page-breaks.font-1.2.pdf: `理结   （三） 1.属于国家秘密` on one page, `（四） 1.本机关…`
    // two columns further left on the next, their numbers on lines of their own above them.
    expect(readCells(fixtureLines('pdftotext-font-120-page-breaks'))).toMatchObject({
      ...row('denied.stateSecret', [118, 13, 61, 2, 4, 24, 222]),
      ...row('denied.lawForbidden', [62, 86, 87, 102, 95, 116, 548]),
      ...row('denied.threeSecurityOneStability', [63, 99, 114, 124, 120, 42, 562])
    })
  })
})
