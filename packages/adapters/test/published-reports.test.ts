import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseReport} from '@xxgk/core'
import {sectionKeys, type CellId, type Diagnostic, type ParseResult} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {parseDocx, parseHtml} from '../src/index.js'

const root = fileURLToPath(new URL('fixtures/published/', import.meta.url))

/** What `name.json` says every format of a fixture must parse to; written by `make.ts`. */
interface Expected {
  description: string
  agency: string
  year: number
  cells: Record<string, number | null>
  values: Record<string, {value: number | null; status: string; raw?: string; annotation?: string | null}>
  byFormat: Record<string, Record<string, {raw?: string; annotation?: string | null}>>
  extraRows: Array<{table: string; kind: string; labels: Array<string>; values: Array<{value: number | null}>}>
  diagnostics: Array<Partial<Diagnostic>>
  infoRules: Array<string>
  pageNumbers?: Record<string, number>
}

/** Each file of a fixture, by the end of its name, and the entry point that reads it. */
const formats: Array<[suffix: string, read: (path: string) => ParseResult | Promise<ParseResult>]> = [
  ['.docx', (path) => parseDocx(readFileSync(path))],
  ['.html', (path) => parseHtml(readFileSync(path))],
  ['.site.html', (path) => parseHtml(readFileSync(path))],
  ['.txt', (path) => parseReport(readFileSync(path, 'utf8'))]
]

const files = readdirSync(root)
const names = files.filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length))

/**
 * Cells a fixture's pdftotext text cannot give, null with a diagnostic. None today: the
 * five-digit totals wrapped over the lines above and below their row (`3120` / `0`) are
 * joined, as the join is their row's sum.
 */
const unreadInText: Record<string, ReadonlyArray<CellId>> = {}

/** A cell of `report.tables` by its id (`applications.granted.research`). */
function tableCell(result: ParseResult, id: string): unknown {
  let value: any = result.report.tables
  for (const segment of id.split('.')) value = value?.[segment]
  return value
}

function diagnosticKey(diagnostic: Partial<Diagnostic>): string {
  return [diagnostic.ruleId, diagnostic.cellId ?? '', diagnostic.message ?? ''].join('\u0000')
}

function byKey(left: Partial<Diagnostic>, right: Partial<Diagnostic>): number {
  const a = diagnosticKey(left)
  const b = diagnosticKey(right)
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Published reports, as the official form filled in and saved as .docx, exported by
 * LibreOffice to html and to PDF read back with `pdftotext -layout`, each showing one
 * class of what real reports do (see each `name.json`'s description). The .docx and html
 * of a fixture must give its exact 200 cells, the status, raw text and annotation of the
 * cells that matter, its extra rows, and exactly its warnings; its pdftotext text must
 * give the same cells, but for the few `unreadInText` names, null with a diagnostic.
 */
describe('published reports in every format', () => {
  for (const name of names) {
    const expected = JSON.parse(readFileSync(root + name + '.json', 'utf8')) as Expected
    for (const [suffix, read] of formats) {
      const file = name + suffix
      if (!files.includes(file)) continue
      const format = suffix.slice(1)

      if (suffix === '.txt') {
        // `pdftotext -layout` of the official form's narrow columns: where the geometry is
        // not certain a cell is null with a diagnostic, never a wrong number. Every cell
        // is read but those `unreadInText` names.
        it('should read ' + file + ' to its exact 200 cells, but for cells null with a diagnostic', async () => {
          const result = await read(root + file)
          const unread = unreadInText[name] ?? []
          for (const id of unread) {
            expect(result.cells[id as keyof typeof result.cells], id).toBeNull()
            expect(result.diagnostics.some((d) => d.cellId === id || d.cellIds?.includes(id)), id + ' null without a diagnostic').toBe(true)
          }
          expect(result.cells).toEqual({...expected.cells, ...Object.fromEntries(unread.map((id) => [id, null]))})
          expect(result.report.meta.agency).toBe(expected.agency)
          expect(result.report.meta.year).toBe(expected.year)
          expect(result.report.sections.map((section) => section.key)).toEqual([...sectionKeys])
        })
        continue
      }

      it('should read ' + file + ' to its exact 200 cells', async () => {
        const result = await read(root + file)
        expect(result.cells).toEqual(expected.cells)
        expect(result.report.meta.agency).toBe(expected.agency)
        expect(result.report.meta.year).toBe(expected.year)
        expect(result.report.sections.map((section) => section.key)).toEqual([...sectionKeys])
      })

      it('should read ' + file + ' with the status, raw text and annotation of its marked and annotated cells', async () => {
        const result = await read(root + file)
        for (const [id, value] of Object.entries(expected.values)) {
          expect(tableCell(result, id), id).toMatchObject({...value, ...expected.byFormat[format]?.[id]})
        }
        expect(result.report.tables.extraRows).toMatchObject(expected.extraRows)
      })

      it('should give ' + file + ' exactly its warnings and the notes that matter', async () => {
        const result = await read(root + file)
        const relevant = result.diagnostics
          .filter((diagnostic) => diagnostic.severity !== 'info' || expected.infoRules.includes(diagnostic.ruleId))
          .sort(byKey)
        expect(relevant).toMatchObject([...expected.diagnostics].sort(byKey))
        const pageNumbers = expected.pageNumbers?.[format]
        if (pageNumbers !== undefined) {
          expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-page-number')).toHaveLength(pageNumbers)
        }
      })
    }
  }
})
