import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

/** The publishable packages, each with the workspace packages it depends on. */
const publishable: Array<[name: string, folder: string, workspaceDependencies: Array<string>]> = [
  ['@xxgk/schema', 'schema', []],
  ['@xxgk/core', 'core', ['@xxgk/schema']],
  ['@xxgk/adapters', 'adapters', ['@xxgk/core', '@xxgk/schema']],
  ['@xxgk/pdf', 'pdf', ['@xxgk/core', '@xxgk/schema']],
  ['@xxgk/cli', 'cli', ['@xxgk/adapters', '@xxgk/core', '@xxgk/pdf', '@xxgk/schema']]
]

const packages = new URL('../../', import.meta.url)

describe('packed packages', () => {
  it('should declare their workspace dependencies by version, and ship a README and the licence', () => {
    const destination = mkdtempSync(join(tmpdir(), 'xxgk-pack-'))
    try {
      for (const [name, folder, workspaceDependencies] of publishable) {
        const cwd = new URL(folder + '/', packages)
        const tarball = execFileSync('pnpm', ['pack', '--pack-destination', destination, '--json'], {cwd, encoding: 'utf8'})
        const {filename, files} = JSON.parse(tarball) as {filename: string; files: Array<{path: string}>}
        expect(files.map((file) => file.path), name).toContain('README.md')
        expect(files.map((file) => file.path), name).toContain('LICENSE')
        const manifest = JSON.parse(execFileSync('tar', ['-xzOf', filename, 'package/package.json'], {encoding: 'utf8'})) as {
          dependencies: Record<string, string>
        }
        const version = (JSON.parse(readFileSync(new URL('package.json', cwd), 'utf8')) as {version: string}).version
        const declared = Object.entries(manifest.dependencies).filter(([dependency]) => dependency.startsWith('@xxgk/'))
        expect(declared.sort(), name).toEqual(workspaceDependencies.map((dependency) => [dependency, '^' + version]))
      }
    } finally {
      rmSync(destination, {recursive: true})
    }
  })
})
