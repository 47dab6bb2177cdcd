import {mkdir, rm, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {collectFiles, readableExtensions, unreadableReportExtensions} from '../src/index.js'
import {makeTempFolder} from './temp-folder.js'

let folder = ''

beforeAll(async () => {
  folder = await makeTempFolder()
  for (const sub of ['a', 'a/b', '.git', 'node_modules', 'Z']) await mkdir(join(folder, sub))
  const names = [
    'report.txt',
    'REPORT.DOCX',
    'page.htm',
    'page.html',
    'content_1.shtml',
    'notes.md',
    'notes.markdown',
    'scan.pdf',
    'old.doc',
    'draft.WPS',
    'sheet.xlsx',
    '.hidden.txt',
    '~$report.docx',
    'a/x.txt',
    'a/b/y.docx',
    '.git/config.txt',
    'node_modules/dep.txt',
    'Z/z.txt'
  ]
  for (const name of names) await writeFile(join(folder, name), name)
  await symlink(join(folder, 'a', 'x.txt'), join(folder, 'link.txt'))
  await symlink(join(folder, 'a'), join(folder, 'link-folder'))
})

afterAll(async () => {
  await rm(folder, {recursive: true})
})

describe('collectFiles', () => {
  it('should list the readable extensions', () => {
    expect(readableExtensions).toEqual(['.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.shtml', '.txt', '.xhtml'])
    expect(unreadableReportExtensions).toEqual(['.doc', '.wps'])
  })

  it('should walk a folder for readable files and unreadable reports, skipping hidden entries, node_modules and Office lock files', async () => {
    expect(await collectFiles([folder])).toEqual(
      [
        'REPORT.DOCX',
        'Z/z.txt',
        'a/b/y.docx',
        'a/x.txt',
        'content_1.shtml',
        'draft.WPS',
        'link.txt',
        'notes.markdown',
        'notes.md',
        'old.doc',
        'page.htm',
        'page.html',
        'report.txt',
        'scan.pdf'
      ].map((name) => join(folder, name))
    )
  })

  it('should take files named explicitly whatever their extension, and drop duplicates', async () => {
    expect(await collectFiles([join(folder, 'scan.pdf'), join(folder, 'a'), join(folder, 'a', 'x.txt')])).toEqual([
      join(folder, 'a/b/y.docx'),
      join(folder, 'a/x.txt'),
      join(folder, 'scan.pdf')
    ])
  })

  it('should expand globs, skipping hidden entries and node_modules, following symbolic links', async () => {
    expect(await collectFiles([join(folder, '**/*.{txt,pdf}')])).toEqual(
      ['Z/z.txt', 'a/x.txt', 'link-folder/x.txt', 'link.txt', 'report.txt', 'scan.pdf'].map((name) => join(folder, name))
    )
  })

  it('should throw for a path that does not exist or a glob that matches nothing', async () => {
    await expect(collectFiles([join(folder, 'missing')])).rejects.toThrow('No such file or folder: `' + join(folder, 'missing') + '`')
    await expect(collectFiles([join(folder, '*.xls')])).rejects.toThrow('No files match `' + join(folder, '*.xls') + '`')
  })
})
