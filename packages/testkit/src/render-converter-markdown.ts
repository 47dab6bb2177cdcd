import type {FixtureReport} from './fixture-report.js'
import {mulberry32, type Random} from './prng.js'
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
  /**
   * Labels pulled out of their rows: for the rows picked (as `breaks` picks them), the
   * label cells come out as paragraphs of a few characters each between the table's parts,
   * pieces of 表三's group label `三、本年度办理结果` among them, and the numbers stay
   * behind as a row of values with no label (the label cells left empty or left out).
   */
  floatLabels?: true | ReadonlyArray<readonly [number, number]> | {random: Random; chance: number}
  /** Each row whose label floated is printed after the next row with probability `chance` (rows out of order). */
  reorder?: {random: Random; chance: number}
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
  // Where labels are cut into pieces: the source `floatLabels` gives, or a fixed one.
  const float = options.floatLabels
  const random = float !== undefined && float !== true && 'random' in float ? float.random : mulberry32(1)
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
  const picked = (breaks: ConverterMarkdownOptions['breaks'], tableIndex: number, rowIndex: number): boolean => {
    if (breaks === undefined) return false
    if (breaks === true) return true
    if ('random' in breaks) return breaks.random() < breaks.chance
    return breaks.some(([t, r]) => t === tableIndex && r === rowIndex)
  }
  const breaksBefore = (tableIndex: number, rowIndex: number) => picked(options.breaks, tableIndex, rowIndex)
  /** A row held back to be printed after the next one. */
  let held: Array<string> | undefined
  const emit = (lines: Array<string>) => {
    out.push(...lines)
    if (held) out.push(...held.splice(0))
    held = undefined
  }
  for (let index = 0; index < source.length; index++) {
    const line = source[index]!
    if (!line.startsWith('|')) {
      row = -1
      if (held) out.push(...held.splice(0))
      held = undefined
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
    const broken = breaksBefore(table, row)
    const rowLines = broken ? furniture() : []
    const labels = fields.filter((field) => field !== '' && !/^\d+(?:\.\d+)?$/u.test(field))
    const floated = table !== 2 && labels.length > 0 && labels.length < fields.filter((field) => field !== '').length &&
      picked(options.floatLabels, table, row)
    if (floated) {
      rowLines.push('', ...floatingPieces(labels, table === 1, random), '')
      // The numbers stay behind: the label cells left empty, or left out.
      rowLines.push(random() < 0.5 ? cells(fields.map((field) => (labels.includes(field) ? '' : field))) : cells(fields.filter((field) => field !== '' && !labels.includes(field))))
    } else {
      rowLines.push(cells(fields))
    }
    if (broken && style === 'own-table' && !floated) rowLines.push(delimiterOf(fields.length))
    if (floated && options.reorder && held === undefined && options.reorder.random() < options.reorder.chance) {
      held = rowLines
      continue
    }
    emit(rowLines)
  }
  if (held) out.push(...held)
  return out.join('\n')
}

/** Group label of 表三's outcome rows, whose pieces a converter scatters among the rows' own. */
const outcomeGroup = '三、本年度办理结果'

/**
 * The label cells cut into pieces of one to eight characters, as a converter sets them
 * outside the table, with pieces of the group label between them in 表三.
 */
function floatingPieces(labels: ReadonlyArray<string>, applications: boolean, random: Random): Array<string> {
  const own = labels.filter((label) => label !== outcomeGroup).join('')
  const pieces: Array<string> = []
  let group = applications ? outcomeGroup.slice(2) : ''
  for (let index = 0; index < own.length; ) {
    const length = 1 + Math.floor(random() * 8)
    pieces.push(own.slice(index, index + length))
    index += length
    if (group !== '' && random() < 0.5) {
      const take = 1 + Math.floor(random() * 2)
      pieces.push(group.slice(0, take))
      group = group.slice(take)
    }
  }
  return pieces
}
