import {fixtureReport, renderText} from '@xxgk/testkit'
import {parseReport} from '@xxgk/core'
const layout = (process.argv[2] ?? 'tab-rows') as 'tab-rows'
const texts = Array.from({length: 50}, (_, i) => renderText(fixtureReport(i), layout))
for (let i = 0; i < 100; i++) for (const t of texts) parseReport(t)
