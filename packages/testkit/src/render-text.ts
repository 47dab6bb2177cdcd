import type {FixtureReport} from './fixture-report.js'
import {cellPerLineTableLines} from './render-cell-per-line.js'
import {cellStreamTableLines, textRowsTableLines} from './render-cell-stream.js'
import {pipeTableLines} from './render-pipe.js'
import {spaceAlignedTableLines} from './render-space-aligned.js'
import {tabRowsTableLines, tabSlotsTableLines} from './render-tab-rows.js'
import {headingText, reportDocument} from './report-document.js'
import type {GridTable} from './report-tables.js'

/**
 * How the text of a report is laid out:
 * - `cell-per-line`: a .docx → text conversion, one table cell per line (seeds/000, 001);
 * - `tab-rows`: one table row per line, cells separated by tabs (seeds/003, 004);
 * - `pipe`: a Markdown document with GFM pipe tables;
 * - `space-aligned`: the output of `pdftotext -layout`, columns padded with spaces;
 * - `cell-stream`: a plain-text export (LibreOffice, mammoth): one cell per line, nothing
 *   between rows;
 * - `text-rows`: the output of `pdftotext -raw`: a row's cells single spaces apart, long
 *   labels wrapped;
 * - `tab-slots`: python-docx scripts: a row per line, every grid slot its cell's text
 *   (merged cells repeated).
 */
export type TextLayout = 'cell-per-line' | 'tab-rows' | 'pipe' | 'space-aligned' | 'cell-stream' | 'text-rows' | 'tab-slots'

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /** Print section headings with their number (`一、总体情况`); default `true`. */
  numberedHeadings?: boolean
  /** Print headings as Markdown (`## 一、总体情况`, `### （一）…`); default `false`. */
  markdownHeadings?: boolean
}

interface LayoutRules {
  readonly table: (table: GridTable) => string[]
  /** Lines between two blocks of prose. */
  readonly gap: ReadonlyArray<string>
  /** Lines before and after a table. */
  readonly beforeTable: ReadonlyArray<string>
  readonly afterTable: ReadonlyArray<string>
  /** Prefix of a body paragraph. */
  readonly indent: string
  /** Prefix of the title line. */
  readonly titleIndent: string
  /** Prefix of section heading and sub-heading lines (unless printed as Markdown). */
  readonly headingIndent: string
}

/** Prose and headings at the left margin, as most converters print them. */
const flushLeft = {indent: '', titleIndent: '', headingIndent: ''} as const

const layouts: Record<TextLayout, LayoutRules> = {
  // seeds/000: no blank lines between paragraphs; each table row ends with a blank line, and
  // one more blank line closes the table.
  'cell-per-line': {
    table: cellPerLineTableLines,
    gap: [],
    beforeTable: [''],
    afterTable: [''],
    ...flushLeft
  },
  // seeds/003: a blank line between all blocks.
  'tab-rows': {
    table: tabRowsTableLines,
    gap: [''],
    beforeTable: [''],
    afterTable: [''],
    ...flushLeft
  },
  pipe: {
    table: pipeTableLines,
    gap: [''],
    beforeTable: [''],
    afterTable: [''],
    ...flushLeft
  },
  // pdftotext -layout: text keeps the page's left margin; tables start at their own left edge.
  'space-aligned': {
    table: spaceAlignedTableLines,
    gap: [''],
    beforeTable: ['', ''],
    afterTable: ['', ''],
    indent: '    ',
    titleIndent: '          ',
    headingIndent: '    '
  },
  // LibreOffice's Text export: paragraphs one after the other, a blank line around tables.
  'cell-stream': {
    table: cellStreamTableLines,
    gap: [],
    beforeTable: [''],
    afterTable: [''],
    ...flushLeft
  },
  // python-docx: a line per paragraph and per table row.
  'tab-slots': {
    table: tabSlotsTableLines,
    gap: [],
    beforeTable: [],
    afterTable: [],
    ...flushLeft
  },
  // pdftotext -raw: no blank lines at all.
  'text-rows': {
    table: textRowsTableLines,
    gap: [],
    beforeTable: [],
    afterTable: [],
    ...flushLeft
  }
}

/**
 * The plain text of a report in one of the layouts found in real reports. It always holds
 * the title line, the sentence stating the statistical period, the six section headings
 * and the three tables with every cell value (a `null` cell is an empty cell).
 *
 * @example
 *   renderText(fixtureReport(1), 'tab-rows', {numberedHeadings: false})
 */
export function renderText(report: FixtureReport, layout: TextLayout, options: RenderTextOptions = {}): string {
  const rules = layouts[layout]
  const numbered = options.numberedHeadings ?? true
  const markdown = options.markdownHeadings ?? false
  const lines: string[] = []
  let previous: 'table' | 'prose' | undefined
  for (const block of reportDocument(report)) {
    if (block.kind === 'table') {
      lines.push(...rules.beforeTable, ...rules.table(block.table), ...rules.afterTable)
      previous = 'table'
      continue
    }
    if (previous === 'prose') lines.push(...rules.gap)
    previous = 'prose'
    switch (block.kind) {
      case 'title':
        lines.push(rules.titleIndent + block.text)
        break
      case 'heading':
        lines.push(markdown ? '## ' + headingText(block, numbered) : rules.headingIndent + headingText(block, numbered))
        break
      case 'subheading':
        lines.push(markdown ? '### ' + block.text : rules.headingIndent + block.text)
        break
      case 'paragraph':
        lines.push(rules.indent + block.text)
        break
    }
  }
  return lines.join('\n') + '\n'
}
