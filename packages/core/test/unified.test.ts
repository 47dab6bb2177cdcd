import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseReport, type Root} from '../src/index.js'
import {xxgkParse, xxgkReport} from '../src/unified.js'
import {of2021} from './of-template.js'

const text = readFileSync(fileURLToPath(new URL('../../../seeds/004_8e4fae53c81d4e1a.txt', import.meta.url)), 'utf8')

describe('unified plugins', () => {
  it('should give the same result as parseReport', async () => {
    const file = await unified().use(xxgkParse).use(xxgkReport).process(text)
    expect(file.result).toEqual(parseReport(text))
  })

  it('should run a user step between parsing and the report', async () => {
    // A step that drops the fee row: the fee cell must then be missing, with a diagnostic.
    const dropFees = () => (tree: Root) => {
      for (const block of tree.children) {
        if (block.type === 'table') block.children = block.children.filter((row) => row.children[0]?.value !== '行政事业性收费')
      }
    }
    const file = await unified().use(xxgkParse).use(dropFees).use(xxgkReport).process(text)
    expect(of2021(file.result!).cells['activeDisclosure.fees.amount']).toBeNull()
    expect(file.messages.some((message) => message.ruleId === 'cell-missing')).toBe(true)
  })
})
