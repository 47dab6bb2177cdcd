import {readFileSync} from 'node:fs'
import {fixtureReport, renderText} from '@xxgk/testkit'
import {parseReport} from '@xxgk/core'
for (const layout of ['cell-per-line', 'tab-rows', 'pipe'] as const) {
  const texts = Array.from({length: 50}, (_, i) => renderText(fixtureReport(i), layout))
  for (let i = 0; i < 3; i++) for (const t of texts) parseReport(t)
  let t0 = performance.now()
  for (let i = 0; i < 4; i++) for (const t of texts) parseReport(t)
  const parse = (performance.now() - t0) / 200
  t0 = performance.now()
  let n = 0
  for (let i = 0; i < 40; i++) for (const t of texts) { for (const line of t.split('\n')) { const m = line.match(/\d+/g); if (m) n += m.length } }
  const floor = (performance.now() - t0) / 2000
  console.log(layout, 'parse ms', parse.toFixed(3), 'floor ms', floor.toFixed(4), 'ratio', (parse / floor).toFixed(1))
}
