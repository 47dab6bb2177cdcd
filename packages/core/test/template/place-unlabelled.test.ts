import {activeDisclosureTable, applicationsTable, type TemplateRow} from '@xxgk/schema'
import {fixtureReport} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {placeUnlabelled, spelledRow} from '../../src/template/place-unlabelled.js'

const cells = fixtureReport(51).cells
const row = (key: string) => applicationsTable.rows.find((candidate) => candidate.key === key)!
const valuesOf = (templateRow: TemplateRow) =>
  templateRow.columns.map((column) => cells[('applications.' + templateRow.key + '.' + column) as keyof typeof cells] as number)

/** The cells of 表三 as read, the rows `open` left without values. */
function knownWithout(open: ReadonlyArray<TemplateRow>) {
  return (templateRow: TemplateRow, column: string) =>
    open.includes(templateRow) ? undefined : (cells[('applications.' + templateRow.key + '.' + column) as keyof typeof cells] as number)
}

describe('placeUnlabelled', () => {
  it('should place rows the sums tell apart: an outcome row and 一、本年新收', () => {
    const open = [row('newReceived'), row('denied.thirdParty')]
    // Given in the other order: nothing but the sums places them.
    const placed = placeUnlabelled(applicationsTable, knownWithout(open), [valuesOf(open[1]!), valuesOf(open[0]!)], open)
    expect(placed.map((placement) => placement.row?.key)).toEqual(['denied.thirdParty', 'newReceived'])
  })

  it('should leave two outcome rows unplaced, each naming both, when the sums hold either way round', () => {
    const open = [row('denied.stateSecret'), row('denied.lawForbidden')]
    const placed = placeUnlabelled(applicationsTable, knownWithout(open), [valuesOf(open[0]!), valuesOf(open[1]!)], open)
    expect(placed.map((placement) => placement.row)).toEqual([undefined, undefined])
    expect(placed.map((placement) => new Set(placement.candidates.map((candidate) => candidate.key)))).toEqual([
      new Set(['denied.stateSecret', 'denied.lawForbidden']),
      new Set(['denied.stateSecret', 'denied.lawForbidden'])
    ])
  })

  it('should place two outcome rows where their floating labels name them', () => {
    const open = [row('denied.stateSecret'), row('denied.lawForbidden')]
    const placed = placeUnlabelled(applicationsTable, knownWithout(open), [valuesOf(open[1]!), valuesOf(open[0]!)], open, [open[1], open[0]])
    expect(placed.map((placement) => placement.row?.key)).toEqual(['denied.lawForbidden', 'denied.stateSecret'])
  })

  it('should place nothing where a named placement makes a sum fail', () => {
    const open = [row('newReceived'), row('denied.thirdParty')]
    // The floating labels name the rows the wrong way round: the sums refuse it.
    const placed = placeUnlabelled(applicationsTable, knownWithout(open), [valuesOf(open[0]!), valuesOf(open[1]!)], open, [open[1], open[0]])
    expect(placed.map((placement) => placement.row)).toEqual([undefined, undefined])
  })

  it('should place nothing where a sum over the row cannot run (a value it needs is missing)', () => {
    const open = [row('granted')]
    const known = (templateRow: TemplateRow, column: string) => (templateRow.key === 'total' ? null : knownWithout(open)(templateRow, column))
    expect(placeUnlabelled(applicationsTable, known, [valuesOf(open[0]!)], open)[0]!.row).toBeUndefined()
  })

  it('should place nothing in 表二, which has no sums', () => {
    const open = activeDisclosureTable.rows.filter((candidate) => candidate.key === 'licensing')
    const placed = placeUnlabelled(activeDisclosureTable, () => undefined, [[1226]], open)
    expect(placed[0]!.row).toBeUndefined()
    expect(placed[0]!.candidates.map((candidate) => candidate.key)).toEqual(['licensing'])
  })
})

describe('spelledRow', () => {
  const open = [row('granted'), row('partiallyGranted'), row('denied.stateSecret'), row('notProcessed.duplicate')]

  it('should read a label cut into pieces with pieces of the group label among them', () => {
    const floating = ['（二）部分公开（区分处理的，只', '度办', '理结计这一情形，不计其他情形）', '果'].join('')
    expect(spelledRow(floating, open, applicationsTable)?.key).toBe('partiallyGranted')
  })

  it('should name no row for text that is no label, or that two labels share', () => {
    expect(spelledRow('2.重复申请1.属于国家秘密', open, applicationsTable)).toBeUndefined()
    expect(spelledRow('予以', open, applicationsTable)).toBeUndefined()
    expect(spelledRow('', open, applicationsTable)).toBeUndefined()
  })
})
