import {readFileSync} from 'node:fs'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {fixtureReport, renderDocx} from '../src/index.js'
import {expectedTokens, numericTokens, tablesRegion} from './helpers.js'

const fixture = (name: string) => new URL('../fixtures/' + name, import.meta.url)
const sample = JSON.parse(readFileSync(fixture('pdftotext-layout-sample.json'), 'utf8')) as {
  seed: number
  agency: string
  year: number
  cells: Record<string, number | null>
}
const text = readFileSync(fixture('pdftotext-layout-sample.txt'), 'utf8')

describe('pdftotext-layout sample fixture', () => {
  const report = fixtureReport(sample.seed, {agency: sample.agency, year: sample.year})

  it('should record the cells fixtureReport still gives for its seed', () => {
    expect(sample.cells).toEqual(report.cells)
  })

  it('should keep the docx it was made from in step with renderDocx', () => {
    const saved = unzipSync(new Uint8Array(readFileSync(fixture('pdftotext-layout-sample.docx'))))
    const fresh = unzipSync(renderDocx(report))
    expect(strFromU8(saved['word/document.xml'] ?? new Uint8Array())).toBe(
      strFromU8(fresh['word/document.xml'] ?? new Uint8Array())
    )
  })

  it('should hold every value of the report once, in template order, as pdftotext printed it', () => {
    expect(numericTokens(tablesRegion(text))).toEqual(expectedTokens(sample))
  })
})
