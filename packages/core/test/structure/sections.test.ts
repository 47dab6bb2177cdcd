import {fixtureReport, renderText} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'

/** A report as text, with the line holding `heading` cut after `keep` characters of the heading onto a line of its own. */
function wrapHeading(text: string, heading: string, keep: number): string {
  const lines = text.split('\n')
  const at = lines.findIndex((line) => line.trim() === heading)
  expect(at, heading).toBeGreaterThanOrEqual(0)
  return [...lines.slice(0, at), heading.slice(0, keep), heading.slice(keep), ...lines.slice(at + 1)].join('\n')
}

describe('section headings wrapped onto the next line', () => {
  // A narrow page (A5) prints `四、政府信息公开行政复议、行政诉讼情` and `况` on two lines.
  const report = fixtureReport(7)
  const text = renderText(report, 'tab-rows')
  const heading = '四、政府信息公开行政复议、行政诉讼情况'

  it('should find a numbered heading whose last characters fall on the next line', () => {
    const result = parseReport(wrapHeading(text, heading, heading.length - 1))
    expect(result.report.sections.map((section) => section.key)).toEqual([
      'overview', 'activeDisclosure', 'applications', 'reviewLitigation', 'problems', 'otherMatters'
    ])
    expect(result.diagnostics.filter((d) => d.ruleId === 'section-missing')).toEqual([])
    expect(result.cells).toEqual(report.cells)
  })

  it('should find it however much of it falls on the next line, numbered', () => {
    for (const keep of [heading.length - 6, 6, 2]) {
      const result = parseReport(wrapHeading(text, heading, keep))
      const section = result.report.sections.find((item) => item.key === 'reviewLitigation')
      expect(section?.numbered, String(keep)).toBe(true)
      expect(result.cells).toEqual(report.cells)
    }
  })

  it('should not join an unnumbered line to the next', () => {
    const unnumbered = wrapHeading(text, heading, heading.length - 1).replace('四、政府信息公开', '政府信息公开')
    const result = parseReport(unnumbered)
    expect(result.report.sections.map((section) => section.key)).not.toContain('reviewLitigation')
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('section-missing')
  })

  it('should not join a numbered line to a next line that does not complete a heading', () => {
    const lines = wrapHeading(text, heading, heading.length - 1).split('\n')
    const at = lines.indexOf('况')
    lines[at] = '况说明'
    const result = parseReport(lines.join('\n'))
    expect(result.report.sections.map((section) => section.key)).not.toContain('reviewLitigation')
  })
})
