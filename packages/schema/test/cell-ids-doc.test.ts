import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {renderCellIds2019Doc} from './render-cell-ids-2019-doc.js'
import {renderCellIdsDoc} from './render-cell-ids-doc.js'

const docs = (name: string) => readFileSync(fileURLToPath(new URL('../../../docs/' + name, import.meta.url)), 'utf8')

describe('docs/cell-ids.md', () => {
  it('should be the reference generated from the schema (run `pnpm docs:cells`)', () => {
    expect(docs('cell-ids.md')).toBe(renderCellIdsDoc())
  })
})

describe('docs/cell-ids-2019.md', () => {
  it('should be the 2019 reference and crosswalk generated from the schema (run `pnpm docs:cells`)', () => {
    const doc = docs('cell-ids-2019.md')
    expect(doc).toBe(renderCellIds2019Doc())
    expect(doc).toContain(
      '| `applications.otherDisposal.total` | 三、本年度办理结果 / （六）其他处理 | 总计 | count | Σ `applications.otherDisposal.overdueCorrection.total` + `applications.otherDisposal.unpaidFee.total` + `applications.otherDisposal.other.total` |'
    )
    expect(doc).toContain('| `activeDisclosure.fees.changeThisYear` | 第二十条第（八）项 / 行政事业性收费 | 本年增/减 | signed_count | — |')
  })
})
