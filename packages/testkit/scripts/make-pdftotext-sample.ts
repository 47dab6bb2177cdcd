/**
 * Regenerates fixtures/pdftotext-layout-sample.*: renders a fixture report to .docx, converts
 * it to PDF with LibreOffice and runs `pdftotext -layout` on it, so tests can check parsers
 * against genuine pdftotext output. Needs `soffice` (libreoffice-writer), `pdftotext`
 * (poppler-utils) and a CJK font (fonts-noto-cjk) on the PATH.
 *
 *   node --import tsx --conditions @xxgk/source packages/testkit/scripts/make-pdftotext-sample.ts
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {fixtureReport, renderDocx} from '../src/index.js'

const seed = 1
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const report = fixtureReport(seed, {agency: '测试县司法局', year: 2024})
const work = mkdtempSync(join(tmpdir(), 'xxgk-testkit-'))
try {
  const docx = join(work, 'pdftotext-layout-sample.docx')
  writeFileSync(docx, renderDocx(report))
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], {stdio: 'ignore'})
  execFileSync('pdftotext', ['-layout', join(work, 'pdftotext-layout-sample.pdf'), join(work, 'out.txt')])
  const version = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {encoding: 'utf8'})
    return (result.stdout + result.stderr).trim().split('\n')[0] ?? ''
  }
  writeFileSync(join(fixtures, 'pdftotext-layout-sample.docx'), readFileSync(docx))
  writeFileSync(join(fixtures, 'pdftotext-layout-sample.txt'), readFileSync(join(work, 'out.txt')))
  const producedBy = {
    converter: version('soffice', ['--version']),
    pdftotext: version('pdftotext', ['-v']),
    command: 'soffice --headless --convert-to pdf; pdftotext -layout'
  }
  writeFileSync(
    join(fixtures, 'pdftotext-layout-sample.json'),
    JSON.stringify({seed, ...report, producedBy}, null, 2) + '\n'
  )
} finally {
  rmSync(work, {recursive: true, force: true})
}
