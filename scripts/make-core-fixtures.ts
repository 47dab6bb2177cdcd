/**
 * Writes the text fixtures of packages/core/test/fixtures/: one report with a distinct
 * non-zero value in every cell per layout, and the same report with broken totals.
 * The expected JSON beside each is written by the fixtures test with UPDATE=1, then
 * reviewed by hand.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fixtureReport, renderText, type TextLayout} from '@xxgk/testkit'

const root = fileURLToPath(new URL('../packages/core/test/fixtures/', import.meta.url))
const report = fixtureReport(2024, {agency: '示例县司法局', year: 2024})
const broken = {
  ...report,
  cells: {
    ...report.cells,
    // 表三 （七）总计 自然人 one more than its parts; 表四 行政复议 总计 printed as 0.
    'applications.total.naturalPerson': (report.cells['applications.total.naturalPerson'] as number) + 1,
    'reviewLitigation.review.total': 0
  }
}

for (const layout of ['cell-per-line', 'tab-rows', 'pipe', 'space-aligned'] satisfies Array<TextLayout>) {
  mkdirSync(root + layout, {recursive: true})
  writeFileSync(root + layout + '/distinct.txt', renderText(report, layout))
  writeFileSync(root + layout + '/inconsistent.txt', renderText(broken, layout))
}
