import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {ruleIds} from '../src/index.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))

function sources(directory: string): Array<string> {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') && name !== 'rule-ids.ts' ? [path] : []
  })
}

describe('rule ids', () => {
  const code = [...sources(join(root, 'packages/core/src')), ...sources(join(root, 'packages/adapters/src')), ...sources(join(root, 'packages/pdf/src'))]
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n')
  const doc = readFileSync(join(root, 'docs/diagnostics.md'), 'utf8')

  for (const id of Object.keys(ruleIds)) {
    it('should document and use `' + id + '`', () => {
      expect(doc).toContain('| `' + id + '` |')
      expect(code).toContain("'" + id + "'")
    })
  }

  it('should document no rule the code does not have', () => {
    const documented = [...doc.matchAll(/^\| `([a-z-]+)` \|/gmu)].map((match) => match[1])
    expect(documented.sort()).toEqual(Object.keys(ruleIds).sort())
  })
})
