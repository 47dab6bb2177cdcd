import type {FixtureReport} from './fixture-report.js'
import type {Random} from './prng.js'
import {renderText} from './render-text.js'

/** What stands where a page breaks inside a table. */
export type PageFurniture = 'page-number' | 'page-footer' | 'running-head' | 'furniture-row'

/** How the rows after a page break come out. */
export type PageBreakStyle =
  /** Rows of `| … |` with no header and no delimiter (GFM sees paragraphs). */
  | 'rows'
  /** A table of its own whose first row was promoted to a header (a delimiter under it). */
  | 'own-table'

/** Options of {@link renderConverterMarkdown}. */
export interface ConverterMarkdownOptions {
  /**
   * Which data rows a page break comes before: `true` for every one, a list of
   * `[table, row]` pairs (tables 0–2, data rows from 1, the header row being 0), or a random
   * source and the chance of a break before each row.
   */
  breaks?: true | ReadonlyArray<readonly [number, number]> | {random: Random; chance: number}
  /** How the rows after a break come out; default `rows`. */
  style?: PageBreakStyle
  /** What stands at a break; default `page-number` (`- 3 -` between blank lines). */
  furniture?: PageFurniture
  /** A page break between each table's header row and its delimiter too. */
  headerBreak?: boolean
  /** Each table re-headed `## 表一：…`, numbered one to three, after the numbered sections. */
  tableTitles?: boolean
  /** A blank trailing cell on every row, as some converters print them. */
  trailingBlankCell?: boolean
  /** 表四's two header rows printed as two tables, the second holding the values. */
  splitReviewHeader?: boolean
}

const tableTitles = ['表一：主动公开政府信息情况', '表二：收到和处理政府信息公开申请情况', '表三：政府信息公开行政复议、行政诉讼情况']

/**
 * A report as a PDF → markdown converter (docling, marker, MinerU, markitdown) leaves it:
 * markdown headings and GFM pipe tables broken where pages broke, page numbers, footers
 * and running heads between and inside the parts, tables re-headed, a blank trailing cell.
 * Every value of the report is in the text once, in the template's order.
 *
 * @example
 *   renderConverterMarkdown(fixtureReport(1), {breaks: true, style: 'own-table', furniture: 'running-head'})
 */
export function renderConverterMarkdown(report: FixtureReport, options: ConverterMarkdownOptions = {}): string {
  const source = renderText(report, 'pipe', {markdownHeadings: true}).split('\n')
  const title = source[0] ?? ''
  const style = options.style ?? 'rows'
  const furnitureKind = options.furniture ?? 'page-number'
  const out: Array<string> = []
  let page = 1
  let table = -1
  let row = -1
  let width = 0
  const furniture = (): Array<string> => {
    page++
    switch (furnitureKind) {
      case 'page-number':
        return ['', '- ' + page + ' -', '']
      case 'page-footer':
        return ['', '第 ' + page + ' 页 共 9 页', '']
      case 'running-head':
        return ['', '— ' + (page - 1) + ' —', '', title, '']
      case 'furniture-row':
        return [cells(['— ' + page + ' —', ...Array.from({length: width - 1}, () => '')])]
    }
  }
  const cells = (fields: ReadonlyArray<string>) => '| ' + [...fields, ...(options.trailingBlankCell ? [''] : [])].join(' | ') + ' |'
  const fieldsOf = (line: string) => line.trim().slice(1, -1).split(/(?<!\\)\|/u).map((field) => field.trim())
  const delimiterOf = (count: number) =>
    '| ' + Array.from({length: count + (options.trailingBlankCell ? 1 : 0)}, () => '---').join(' | ') + ' |'
  const breaksBefore = (tableIndex: number, rowIndex: number): boolean => {
    const breaks = options.breaks
    if (breaks === undefined) return false
    if (breaks === true) return true
    if ('random' in breaks) return breaks.random() < breaks.chance
    return breaks.some(([t, r]) => t === tableIndex && r === rowIndex)
  }
  for (let index = 0; index < source.length; index++) {
    const line = source[index]!
    if (!line.startsWith('|')) {
      row = -1
      out.push(line)
      continue
    }
    const fields = fieldsOf(line)
    if (row === -1) {
      table++
      width = fields.length
      if (options.tableTitles) out.push('## ' + tableTitles[table], '')
    }
    if (/^\|[ |-]+\|$/u.test(line)) {
      // The delimiter under the header row.
      if (options.headerBreak) out.push(...furniture())
      out.push(delimiterOf(fields.length))
      continue
    }
    row++
    if (row === 0) {
      out.push(cells(fields))
      continue
    }
    if (options.splitReviewHeader && table === 2 && row === 1) {
      // The second header row becomes a table of its own, its delimiter under it.
      out.push('', cells(fields), delimiterOf(fields.length))
      continue
    }
    if (breaksBefore(table, row)) {
      out.push(...furniture())
      out.push(cells(fields))
      if (style === 'own-table') out.push(delimiterOf(fields.length))
      continue
    }
    out.push(cells(fields))
  }
  return out.join('\n')
}
