import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {renderCellIdsDoc} from './render-cell-ids-doc.js'

describe('docs/cell-ids.md', () => {
  it('should be the reference generated from the schema (run `pnpm docs:cells`)', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/cell-ids.md', import.meta.url)), 'utf8')
    expect(doc).toBe(renderCellIdsDoc())
  })
})
