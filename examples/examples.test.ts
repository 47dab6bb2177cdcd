import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const here = fileURLToPath(new URL('.', import.meta.url))
const run = (script: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@xxgk/source', script], {cwd: here, encoding: 'utf8'})

describe('examples', () => {
  it('should print agency, year and cells of a seed', () => {
    expect(run('parse-seed.ts')).toBe(
      [
        '隆德县司法局 2023',
        'sections: overview, activeDisclosure, applications, reviewLitigation, problems, otherMatters',
        '新收申请 总计: 0',
        '行政事业性收费 (万元): 10.78',
        '  read from "10.78 万元" at line 42 column 9',
        'warnings: 0',
        ''
      ].join('\n')
    )
  })

  it('should run a custom step between the parser stages', () => {
    const output = run('custom-pipeline.ts')
    expect(output).toMatch(/^卫滨区司法局 行政许可: null\n/)
    expect(output).toContain('Cell 表二｜第二十条第（五）项 / 行政许可｜本年处理决定数量 (`activeDisclosure.licensing.decisions`) is blank')
  })
})
