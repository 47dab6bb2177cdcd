/**
 * Parse one bundled seed report and print its agency, year and a few cells.
 *
 *   pnpm --filter xxgk-examples parse-seed [path]
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseReport} from '@xxgk/core'

const path = process.argv[2] ?? fileURLToPath(new URL('../seeds/004_8e4fae53c81d4e1a.txt', import.meta.url))
const {report, cells, diagnostics} = parseReport(readFileSync(path, 'utf8'), {path})

console.log(report.meta.agency, report.meta.year)
console.log('sections:', report.sections.map((section) => section.key).join(', '))
console.log('新收申请 总计:', cells['applications.newReceived.total'])
console.log('行政事业性收费 (万元):', cells['activeDisclosure.fees.amount'])
const fee = report.tables.activeDisclosure.fees.amount
console.log('  read from', JSON.stringify(fee.raw), 'at line', fee.position?.start.line, 'column', fee.position?.start.column)
console.log('warnings:', diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length)
