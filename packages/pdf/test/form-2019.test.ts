import {readFile} from 'node:fs/promises'
import {fixtureReport} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parsePdf} from '../src/index.js'

describe('a report on the 2019 form as a PDF', () => {
  it('should read its 198 cells exactly, as a record of the 2019 form', async () => {
    // testkit's report of seed 1 on the 2019 form, as .docx, converted to PDF by LibreOffice.
    const expected = fixtureReport(1, {template: '2019'})
    const result = await parsePdf(new Uint8Array(await readFile(new URL('fixtures/conformance/form-2019-seed-1.pdf', import.meta.url))))
    expect(result.template).toBe('2019')
    expect(result.cells).toEqual(expected.cells)
    expect(Object.keys(result.cells)).toHaveLength(198)
    expect(result.report.meta.agency).toBe(expected.agency)
    expect(result.report.meta.year).toBe(expected.year)
  })
})
