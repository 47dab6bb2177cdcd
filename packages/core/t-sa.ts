import {fixtureReport, renderText} from '@xxgk/testkit'
import {parseReport} from '/work/main/packages/core/src/index.js'
const report = fixtureReport(31)
const text = renderText(report, 'space-aligned')
const start = text.indexOf('二、主动公开政府信息情况'), end = text.indexOf('五、存在的主要问题及改进情况')
const numbers = [...text.slice(start, end).matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/gu)].map((m) => ({at: start + m.index, length: m[0].length}))
let damaged = text
for (const index of [5, 0]) { const {at, length} = numbers[index]!; damaged = damaged.slice(0, at) + ' '.repeat(length) + damaged.slice(at + length) }
console.log(damaged.slice(start, start+1500))
const r = parseReport(damaged)
for (const [k, v] of Object.entries(r.cells)) if (v !== null && v !== report.cells[k]) console.log('WRONG', k, v, report.cells[k])
