import {parseHtml} from '@xxgk/adapters'
import {fixtureReport, renderHtml} from '@xxgk/testkit'
import {describe, expect, it} from 'vitest'
import {formatResult} from '../src/index.js'

describe('formatResult, csv-long', () => {
  it('should place each cell of an html table by table, row and column, counted from 1, beside its line and column', async () => {
    const fixture = fixtureReport(3)
    const result = await parseHtml(new TextEncoder().encode(renderHtml(fixture)))
    const formatted = formatResult({file: 'r.html', status: 'ok', result}, 'csv-long')
    const lines = formatted.text.split('\n')
    expect(formatted.status).toBe('ok')
    expect(lines.length).toBe(200 + 1)
    expect(lines.filter((line) => /,(activeDisclosure\.fees\.amount|applications\.denied\.stateSecret\.research),/.test(line))).toEqual([
      'r.html,测试县交通运输局,2024,2021,activeDisclosure.fees.amount,number,553.02,553.02,67,225,1,14,2,,',
      'r.html,测试县交通运输局,2024,2021,applications.denied.stateSecret.research,number,393,393,81,637,2,8,6,,'
    ])
    expect(fixture.cells['applications.denied.stateSecret.research']).toBe(393)
  })
})
