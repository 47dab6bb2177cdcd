import {fixtureReport, of2021, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport as parseAny} from '../../src/index.js'

const parseReport = (text: string) => of2021(parseAny(text))

/**
 * A footnote mark printed close after a number (`82¹`) comes out of text exports as one
 * more digit (`821`): the row's sums show it, and such numbers are null, never read with
 * the mark for a digit.
 */
describe('footnote marks glued on as a last digit', () => {
  const report = fixtureReport(5)
  const text = renderText(report, 'tab-rows')
  const granted = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map(
    (column) => 'applications.granted.' + column
  )
  const grantedLine = (line: string) => line.includes('（一）予以公开\t')

  /** The text with the numbers of the lines `which` picks changed by `change`. */
  function edited(which: (line: string) => boolean, change: (value: string, index: number) => string): string {
    return text
      .split('\n')
      .map((line) => {
        if (!which(line)) return line
        let index = 0
        return line.replace(/(?<=^|\t)\d+(?=\t|$)/gu, (value) => change(value, index++))
      })
      .join('\n')
  }

  const glued = (result: ReturnType<typeof parseReport>) =>
    result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'number-mark-glued').map((diagnostic) => diagnostic.cellId)

  it('should leave null every number of a row that adds up only with a `1` taken off each', () => {
    // 396 104 137 62 235 495 1429 printed 3961 1041 1371 621 2351 4951 14291.
    const result = parseReport(edited(grantedLine, (value) => value + '1'))
    for (const id of granted) expect(result.cells[id as keyof typeof result.cells], id).toBeNull()
    expect(glued(result)).toEqual(granted)
    expect(result.report.tables.applications.granted.total.raw).toBe('14291')
    const others = Object.entries(report.cells).filter(([id]) => !granted.includes(id))
    for (const [id, value] of others) expect(result.cells[id as keyof typeof result.cells], id).toBe(value)
  })

  it('should leave null only the numbers the sum shows marked (a mark after the 总计 alone)', () => {
    const result = parseReport(edited(grantedLine, (value, index) => (index === 6 ? value + '3' : value)))
    expect(result.cells['applications.granted.total']).toBeNull()
    expect(result.cells['applications.granted.naturalPerson']).toBe(396)
    expect(result.cells['applications.granted.otherOrg']).toBe(495)
    expect(glued(result)).toEqual(['applications.granted.total'])
  })

  it('should keep the numbers of a row that does not add up for any other reason, as printed', () => {
    const result = parseReport(edited(grantedLine, (value, index) => (index === 6 ? String(Number(value) + 5) : value)))
    expect(result.cells['applications.granted.total']).toBe(1434)
    expect(result.cells['applications.granted.naturalPerson']).toBe(396)
    expect(glued(result)).toEqual([])
    const failed = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'consistency-row-total')
    expect(failed.map((diagnostic) => diagnostic.cellIds?.[0])).toEqual(['applications.granted.total'])
  })

  it('should doubt no other number when fewer than three rows show the mark', () => {
    // Two rows of 表三 marked: 表二's 171 and 1441, ending in `1` but carrying no mark, stand.
    const twoRows = (line: string) => grantedLine(line) || line.includes('1.属于国家秘密\t')
    const result = parseReport(edited(twoRows, (value) => value + '1'))
    expect(glued(result)).toHaveLength(14)
    expect(result.cells['activeDisclosure.normativeDocuments.repealed']).toBe(171)
    expect(result.cells['activeDisclosure.licensing.decisions']).toBe(1441)
  })

  it('should distrust the numbers no sum proves when three rows show the mark: 表二 marked too', () => {
    // Every number of the report with a `2` after it: 表二 has no sums, but 表三's rows show the mark.
    const result = parseReport(edited(() => true, (value) => value + '2'))
    expect(result.cells['activeDisclosure.regulations.made']).toBeNull()
    expect(result.report.tables.activeDisclosure.regulations.made.raw).toBe('13802')
    expect(glued(result)).toContain('activeDisclosure.regulations.made')
    const read = Object.entries(result.cells).filter(([, value]) => value !== null)
    for (const [id, value] of read) expect(value, id).toBe(report.cells[id as keyof typeof report.cells])
  })

  it('should distrust the numbers that nearly all end alike when no sum can show the mark', () => {
    // Every number with a `1` after it, and every 总计 of 表三 and 表四 a mark (`/`): no row can be summed.
    const totals = (line: string) => {
      const count = line.split('\t').filter((cell) => /^\d+$/u.test(cell)).length
      let index = 0
      return line.replace(/(?<=^|\t)\d+(?=\t|$)/gu, (value) => (count === 7 && index++ === 6) || (count === 15 && index++ % 5 === 4) ? '/' : value)
    }
    const marked = edited(() => true, (value) => value + '1').split('\n').map(totals).join('\n')
    const result = parseReport(marked)
    expect(result.cells['activeDisclosure.regulations.made']).toBeNull()
    expect(result.cells['applications.granted.naturalPerson']).toBeNull()
    // What stays is what carried no mark (a decimal the edit left alone, 230.18), as printed.
    const read = Object.entries(result.cells).filter(([, value]) => value !== null)
    expect(read.map(([id]) => id)).toEqual(['activeDisclosure.fees.amount'])
    for (const [id, value] of read) expect(value, id).toBe(report.cells[id as keyof typeof report.cells])
    const messages = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'number-mark-glued').map((diagnostic) => diagnostic.message)
    expect(messages.length).toBeGreaterThan(100)
    expect(messages[0]).toMatch(/of the report's \d+ numbers end in `1`/u)
  })

  it('should leave the report as it is when no row shows a mark', () => {
    expect(glued(parseReport(text))).toEqual([])
    expect(parseReport(text).cells).toEqual(report.cells)
  })
})
