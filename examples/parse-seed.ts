/**
 * Parse one bundled seed report and print its agency, year and a few cells.
 *
 *   pnpm --filter xxgk-examples parse-seed [path]
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseReport} from '@xxgk/core'

const path = process.argv[2] ?? fileURLToPath(new URL('../seeds/004_8e4fae53c81d4e1a.txt', import.meta.url))
const result = parseReport(readFileSync(path, 'utf8'), {path})
const {report, diagnostics} = result

console.log(report.meta.agency, report.meta.year)
console.log('sections:', report.sections.map((section) => section.key).join(', '))
console.log('新收申请 总计:', result.cells['applications.newReceived.total'])
// `cells` and `report.tables` are typed by the form the report fills: narrow on `template`.
if (result.template === '2021') {
  console.log('行政事业性收费 (万元):', result.cells['activeDisclosure.fees.amount'])
  const fee = result.report.tables.activeDisclosure.fees.amount
  console.log('  read from', JSON.stringify(fee.raw), 'at line', fee.position?.start.line, 'column', fee.position?.start.column)
} else {
  console.log('政府集中采购 (元):', result.cells['activeDisclosure.procurement.amount'])
}
console.log('warnings:', diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length)
