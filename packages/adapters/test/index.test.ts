import {describe, expect, it} from 'vitest'

describe('public api', () => {
  it('should expose the public api of `@xxgk/adapters`', async () => {
    const api = await import('@xxgk/adapters')
    expect(Object.keys(api).sort()).toEqual([
      'decodeText',
      'defaultDocxLimits',
      'defaultHtmlLimits',
      'detectFormat',
      'docxToTree',
      'htmlToTree',
      'parseBytes',
      'parseDocx',
      'parseHtml'
    ])
  })

  it('should expose only the docx adapter from `@xxgk/adapters/docx`', async () => {
    const api = await import('@xxgk/adapters/docx')
    expect(Object.keys(api).sort()).toEqual(['docxToTree', 'parseDocx'])
  })

  it('should expose only the html adapter from `@xxgk/adapters/html`', async () => {
    const api = await import('@xxgk/adapters/html')
    expect(Object.keys(api).sort()).toEqual(['htmlToTree', 'parseHtml'])
  })

  it('should keep zip and XML code out of the html entry', async () => {
    const {readFile} = await import('node:fs/promises')
    const {fileURLToPath} = await import('node:url')
    const seen = new Set<string>()
    const imports: Array<string> = []
    const visit = async (path: string): Promise<void> => {
      if (seen.has(path)) return
      seen.add(path)
      const source = await readFile(path, 'utf8')
      for (const match of source.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gmu)) {
        const specifier = match[1]!
        if (specifier.startsWith('.')) await visit(fileURLToPath(new URL(specifier.replace(/\.js$/u, '.ts'), 'file://' + path)))
        else imports.push(specifier)
      }
    }
    await visit(fileURLToPath(new URL('../src/html/index.ts', import.meta.url)))
    expect([...new Set(imports)].sort()).toEqual(['@xxgk/core', '@xxgk/schema', 'hast', 'hast-util-from-html'])
  })
})
