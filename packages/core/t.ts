import {fixtureReport, renderText} from '@xxgk/testkit'
import {parseReport, fromText} from './src/index.js'
import {VFile} from 'vfile'
const report = fixtureReport(31)
const text = renderText(report, 'space-aligned')
const tablesStart = text.indexOf('二、主动公开政府信息情况')
const tablesEnd = text.indexOf('五、存在的主要问题及改进情况')
const numbers = [...text.slice(tablesStart, tablesEnd).matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/gu)].map((m) => ({at: tablesStart + m.index, length: m[0].length, v: m[0]}))
let damaged = text
for (const index of [5, 0]) { const {at, length} = numbers[index]!; damaged = damaged.slice(0, at) + ' '.repeat(length) + damaged.slice(at + length) }
console.log(damaged.slice(tablesStart, tablesStart + 420))
const tree = fromText(damaged, new VFile())
const t = tree.children.find((b) => b.type === 'table')!
if (t.type === 'table') for (const row of t.children.slice(0, 4)) console.log(row.children.map((c) => `${c.column}+${c.colSpan}:${c.value}`).join(' | '))
const r = parseReport(damaged)
for (const [k, v] of Object.entries(r.cells)) if (v !== null && v !== report.cells[k]) console.log('WRONG', k, v, report.cells[k])
