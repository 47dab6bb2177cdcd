import {readFile} from 'node:fs/promises'
import {cellIds2019} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parseHtml} from '../src/index.js'

const fixture = new URL('./fixtures/real-2019/shanghai-office-2019.html', import.meta.url)

/**
 * The published numbers of 2019年上海市人民政府办公厅政府信息公开工作年度报告, checked by hand
 * against the published tables; every cell not listed here was published blank.
 */
const published: Record<string, number> = {
  'activeDisclosure.regulations.newlyMade': 13,
  'activeDisclosure.regulations.newlyPublished': 13,
  'activeDisclosure.regulations.totalPublished': 524,
  'activeDisclosure.normativeDocuments.newlyMade': 60,
  'activeDisclosure.normativeDocuments.newlyPublished': 60,
  'activeDisclosure.normativeDocuments.totalPublished': 368,
  ...Object.fromEntries(
    ['licensing', 'otherManagementServices', 'punishment', 'enforcement'].flatMap((row) =>
      ['previousYearItems', 'changeThisYear', 'decisions'].map((column) => ['activeDisclosure.' + row + '.' + column, 0])
    )
  ),
  'activeDisclosure.fees.previousYearItems': 0,
  'activeDisclosure.fees.changeThisYear': 0,
  'activeDisclosure.procurement.items': 6,
  'activeDisclosure.procurement.amount': 251000,
  'applications.newReceived.naturalPerson': 821,
  'applications.newReceived.commercial': 35,
  'applications.newReceived.legalService': 2,
  'applications.newReceived.otherOrg': 1,
  'applications.newReceived.total': 859,
  'applications.carriedOver.naturalPerson': 18,
  'applications.carriedOver.total': 18,
  'applications.granted.naturalPerson': 258,
  'applications.granted.commercial': 12,
  'applications.granted.legalService': 1,
  'applications.granted.otherOrg': 1,
  'applications.partiallyGranted.naturalPerson': 3,
  'applications.denied.stateSecret.naturalPerson': 14,
  'applications.denied.internalAffairs.naturalPerson': 5,
  'applications.denied.processInfo.naturalPerson': 3,
  'applications.denied.processInfo.commercial': 1,
  'applications.denied.inquiryMatter.naturalPerson': 10,
  'applications.denied.inquiryMatter.commercial': 2,
  'applications.unableToProvide.notHeld.naturalPerson': 252,
  'applications.unableToProvide.notHeld.commercial': 12,
  'applications.unableToProvide.notHeld.legalService': 1,
  'applications.unableToProvide.needsCreation.naturalPerson': 44,
  'applications.unableToProvide.needsCreation.commercial': 3,
  'applications.unableToProvide.unclear.naturalPerson': 25,
  'applications.notProcessed.petition.naturalPerson': 148,
  'applications.notProcessed.petition.commercial': 1,
  'applications.notProcessed.duplicate.naturalPerson': 5,
  'applications.notProcessed.duplicate.commercial': 4,
  'applications.total.naturalPerson': 767,
  'applications.total.commercial': 35,
  'applications.total.legalService': 2,
  'applications.total.otherOrg': 1,
  'applications.total.total': 805,
  'applications.carriedForward.naturalPerson': 72,
  'applications.carriedForward.total': 72,
  'reviewLitigation.review.upheld': 5,
  'reviewLitigation.review.pending': 2,
  'reviewLitigation.review.total': 7,
  'reviewLitigation.litigationDirect.upheld': 8,
  'reviewLitigation.litigationDirect.pending': 1,
  'reviewLitigation.litigationDirect.total': 9
}

describe('a published 2019-form report (上海市人民政府办公厅, 2019), html', () => {
  it('should be read as the 2019 form, every published number exact, every blank null with `cell-blank`', async () => {
    const result = await parseHtml(await readFile(fixture))
    expect(result.template).toBe('2019')
    expect(result.report.meta).toMatchObject({agency: '上海市人民政府办公厅', year: 2019, template: '2019'})
    // `五、政府信息公开工作存在的主要问题及改进情况`: the form's heading with 政府信息公开工作 before it.
    expect(result.report.sections.map((section) => section.key)).toEqual([
      'overview', 'activeDisclosure', 'applications', 'reviewLitigation', 'problems', 'otherMatters'
    ])
    expect(result.diagnostics.filter((d) => d.ruleId === 'section-missing')).toEqual([])
    const expected = Object.fromEntries(cellIds2019.map((id) => [id, published[id] ?? null]))
    expect(result.cells).toEqual(expected)
    expect(Object.keys(published)).toHaveLength(63)
    const blanks = cellIds2019.filter((id) => published[id] === undefined)
    expect(blanks).toHaveLength(198 - 63)
    for (const id of blanks) {
      expect(result.diagnostics.some((d) => d.ruleId === 'cell-blank' && d.cellId === id), id).toBe(true)
    }
  })

  it('should run the checks its published numbers allow, and find them holding', async () => {
    const result = await parseHtml(await readFile(fixture))
    const consistency = result.diagnostics.filter((d) => d.ruleId.startsWith('consistency-'))
    expect(consistency.filter((d) => d.severity !== 'info')).toEqual([])
    // 自然人 821 + 18 = 767 + 72 and 总计 859 + 18 = 805 + 72 are checked; the blank cells leave
    // the other columns, every row total and every outcome sum skipped.
    const skipped = consistency.filter((d) => d.ruleId === 'consistency-skipped').map((d) => d.message)
    expect(skipped.filter((message) => message.includes('一+二'))).toHaveLength(5)
    expect(skipped.some((message) => message.startsWith('表三 自然人 一+二'))).toBe(false)
    expect(skipped.some((message) => message.startsWith('表三 总计 一+二'))).toBe(false)
  })
})
