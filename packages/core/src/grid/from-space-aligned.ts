import type {Point, Position} from '@xxgk/schema'
import {GridBuilder, markupReading} from './grid.js'
import {alignedLine, type AlignedFragment, type AlignedLine} from './detect-space-aligned.js'
import {readNumber} from '../number/read-number.js'
import {linePosition, marksBetween, type Line} from '../text/lines.js'
import type {Table} from '../types.js'

/**
 * Layout “space-aligned” (`pdftotext -layout`, fixed-width exports): columns padded
 * with spaces, numbers aligned in their column, labels and headers wrapped over several
 * lines inside their column, merged labels (`三、本年度办理结果`) centred across the rows
 * they span, and page breaks (blank lines, form feeds, page numbers, a repeated header)
 * anywhere in the table.
 *
 * Columns come from geometry: the value columns from the lines that hold a number in
 * every column (or, when no line does, from where the numbers of all lines line up),
 * the label columns from where labels start. Positions are read in code points (what
 * `pdftotext` counts) or in display columns (CJK characters two wide), whichever lines
 * the numbers and the header up better (display columns when neither does), and pages
 * are rescaled onto one another, as `pdftotext` lays out every page on its own
 * character grid.
 *
 * A number of a row with blank cells whose column is in doubt (not clearly inside one
 * column's cell, pushed out of place by its neighbours, or on a page whose grid only its
 * own row tells) is left out of the grid and its row keeps no blank cells, so that its
 * cell ends up null, named by a diagnostic, never in a neighbour's; a doubt between
 * columns under one header is no doubt. So is a bare number standing across the middles
 * of two value columns (two cells' numbers printed with no space between, `15311140`).
 * Blank cells of other rows are empty cells.
 *
 * Rows: a line with numbers anchors a row; the lines of its wrapped label above and
 * below join its label cell (a label whose lines hold no numbers and end right above
 * them, its last line filling its column, is theirs, its rest lost; numbers between such
 * a label and one starting right below are neither's; a label wrapped around other
 * numbers is theirs, not its neighbours'; a piece of a group label on their line, or
 * a caption passing a line that has a label of its own, is no label of theirs); numbers
 * of one row split over two lines (the total on a line of its own) join it when their
 * columns do not clash (a total on a line of its own that could
 * complete the row above or the row below joins neither). Digits of a wrapped number
 * that cannot be joined to the rest of it leave every number they may belong to
 * unread. Lines without numbers
 * before the first row (and text over the value columns later, such as a header
 * repeated on a new page) are header rows, with spans worked out from how headers are
 * centred over their columns. Group labels become cells spanning the rows they stand
 * beside.
 *
 * @param lines the lines of one table, as `spaceAlignedTableEnd` delimits it.
 * @param options where pages break, when the lines no longer show it.
 */
export function fromSpaceAligned(lines: ReadonlyArray<Line>, options: SpaceAlignedOptions = {}): Table {
  return new SpaceAlignedReader(lines, options).read()
}

export interface SpaceAlignedOptions {
  /**
   * Where pages break when the lines no longer show it, by line number (`Line.line`):
   * `formFeeds`, lines that held a form feed (each starts a page of `pdftotext`), and
   * `pageNumbers`, page-number lines dropped before the table was cut. A page break lies
   * between a line and the one before it when such a number is in between, the line's
   * own included.
   */
  formFeeds?: ReadonlySet<number> | undefined
  pageNumbers?: ReadonlySet<number> | undefined
  /**
   * The lines as the detector cut them (`detectedAlignedLine`), by index in `lines`: one
   * that is missing or cut from another line object is cut again.
   */
  aligned?: ReadonlyArray<AlignedLine | undefined> | undefined
}

type Metric = 'char' | 'display'
type Alignment = 'left' | 'right' | 'centre'

/** A fragment of the table, with its geometry. */
interface Piece {
  /** Index of its line among the content lines of the block. */
  order: number
  line: Line
  text: string
  from: number
  to: number
  /** Where the text ends, for a number wrapped onto the next line. */
  endLine: Line
  endTo: number
  fragment: AlignedFragment
  value: boolean
  numbered: boolean
  /** Start and width in the chosen metric, as printed on its page. */
  x: number
  width: number
  /** Columns the text takes on its line in the chosen metric (code points or display columns). */
  printed: number
  /** Start and width in the coordinates of the reference page. */
  nx: number
  nwidth: number
  /**
   * Start as a label, in the coordinates of the reference page: labels lie between the
   * page's left edge (column 0 on every page) and where its numbers start, and are
   * stretched as that stretch is.
   */
  lx: number
}

/** A line of the block that is not blank and not a page number. */
interface ContentLine {
  order: number
  aligned: AlignedLine
  /** Page of the block (pages are separated by form feeds or page numbers). */
  segment: number
  pieces: Array<Piece>
  kind: 'data' | 'header' | 'text'
  values: Array<Piece>
  labels: Array<Piece>
  heads: Array<Piece>
  /** Value column of each value, in the order of `values`. */
  columns: Array<number>
  /** Set for lines of a header block or a title line. */
  header: boolean
  /** Numbers whose column is in doubt, with the columns they may be in. */
  doubts: Map<Piece, Array<number>>
  /** Whether its numbers are pushed one space apart ({@link isPacked}), once asked (after wrapped numbers are joined). */
  packed?: boolean | undefined
  /** Its numbers that stand where their columns are ({@link placedValues}), once asked. */
  placed?: Array<Piece> | undefined
}

/** A value column, in reference coordinates. */
interface ValueColumn {
  start: number
  end: number
  centre: number
}

/** A label cell being built from fragments of one label column. */
interface Chain {
  column: number
  pieces: Array<Piece>
  /** Data lines on which this label is the deepest label. */
  anchors: Array<ContentLine>
}

/** A cell ready to place. */
interface CellSpec {
  value: string
  column: number
  colSpan: number
  rowSpan: number
  position: Position | undefined
}

/** A row ready to place, ordered by the first line it holds. */
interface RowSpec {
  order: number
  cells: Array<CellSpec>
}

/** A data row (or a label without values) while rows are worked out. */
interface DataRow {
  chain: Chain | undefined
  lines: Array<ContentLine>
  tokens: Array<Piece>
  first: number
  last: number
  /** Label column of the row's label; Infinity for a row without label. */
  depth: number
  /** Index of the header block it follows. */
  block: number
  cells: Array<CellSpec>
}

/** Lines that are only a bare number right before a form feed are page numbers (tested trimmed). */
const bareNumber = /^\d{1,4}$/u
/** A Latin letter or digit (one character is tested). */
const latin = /^[A-Za-z0-9]$/u
/** Whole numbers (full-width digits too), the pieces a number too wide for its cell wraps into. */
const digitsOnly = /^(?:\d+|[０-９]+)$/u
/** A number and nothing else: digits with separators and a decimal point. */
const plainNumber = /^[\d０-９][\d０-９,，.．]*$/u
/** A label numbered one (`1.`, `（一）`, `一、`): the first row of a group. */
const firstNumber = /^(?:1[.、．]|[（(]一[）)]|一、)/u

class SpaceAlignedReader {
  private readonly content: Array<ContentLine> = []
  private metric: Metric = 'char'
  private count = 0
  private columns: Array<ValueColumn> = []
  private boundaries: Array<number> = []
  /** `cellFinder` of `boundaries`, made for the array in `cellsOf`. */
  private findCell: (x: number) => number = () => 0
  private cellsOf: Array<number> | undefined
  private pitch = 8
  private valueStart = 0
  private labelStarts: Array<number> = []
  /** Pages whose geometry was fitted from full rows or a repeated header (or the reference page). */
  private readonly trusted = new Set<number>()
  /** Whether the converter pushed numbers against what stands before them (one space apart) anywhere in the table. */
  private pushing: boolean | undefined
  /**
   * The most numbers a row holds when the numbers of the reference page line up on more
   * columns than that (set then only): the column count the rows themselves tell.
   */
  private fullRow: number | undefined
  /** Numbers that cannot be read whole: the heads and tails of numbers wrapped beyond pairing. */
  private readonly distrusted = new Set<Piece>()
  /** Header block index of each content line (blocks counted from 0 as they come). */
  private readonly blockOf: Array<number> = []
  /** Per header block, the lowest header cell over each value column (an index; -1: none). */
  private readonly headerLeaves = new Map<number, Array<number>>()

  constructor(
    private readonly lines: ReadonlyArray<Line>,
    private readonly breaks: SpaceAlignedOptions
  ) {}

  read(): Table {
    const grid = new GridBuilder('space-aligned', {...markupReading, numbersMayWrap: true})
    this.collectLines()
    if (this.content.length === 0) return grid.table
    this.mergeWrappedNumbers()
    this.distrustUnjoinedTails()
    this.count = valueCount(this.content)
    const rows = this.count === 0 ? this.plainRows() : this.tableRows()
    for (const row of rows) {
      const cells = [...row.cells].sort((a, b) => a.column - b.column)
      grid.addRow(spanOf(cells.map((cell) => cell.position)))
      for (const cell of cells) {
        grid.placeCell({
          value: cell.value,
          column: cell.column,
          colSpan: cell.colSpan,
          rowSpan: cell.rowSpan,
          position: cell.position
        })
      }
    }
    const written = this.lines.filter((line) => line.text.trim() !== '')
    const first = written[0]!
    const last = written.at(-1)!
    grid.table.position = {
      start: linePosition(first, 0, 0).start,
      end: linePosition(last, last.text.length, last.text.length).end
    }
    return grid.table
  }

  /** Content lines, page segments and pieces (positions filled in once the metric is known). */
  private collectLines(): void {
    const given = this.breaks.aligned
    const aligned = this.lines.map((line, index) => {
      const cut = given?.[index]
      return cut && cut.line === line ? cut : alignedLine(line)
    })
    let segment = 0
    let pendingBreak = false
    aligned.forEach((item, index) => {
      const seen = this.content.length > 0
      if ((item.formFeed || this.breaksBefore(index)) && seen) pendingBreak = true
      if (item.blank) return
      if (item.pageNumber || this.isBarePageNumber(aligned, index)) {
        if (seen) pendingBreak = true
        return
      }
      if (pendingBreak) segment++
      pendingBreak = false
      const order = this.content.length
      const pieces = item.fragments.map((fragment) => toPiece(fragment, item.line, order))
      this.content.push({
        order,
        aligned: item,
        segment,
        pieces,
        kind: 'text',
        values: [],
        labels: [],
        heads: [],
        columns: [],
        header: false,
        doubts: new Map(),
        packed: undefined,
        placed: undefined
      })
    })
    this.markRepeatedHeaders()
  }

  /**
   * The header of the table printed again after rows, word for word, starts a new page
   * (Word repeats header rows at the top of each page) where nothing else marks the
   * break: its page number dropped and its form feed trimmed before the table is read.
   */
  private markRepeatedHeaders(): void {
    const firstData = this.content.findIndex((line) => line.pieces.some((piece) => piece.value))
    // A header is a few lines (the detector lets a table lead in with eight at most).
    if (firstData <= 0 || firstData > 12) return
    if (this.content.slice(0, firstData).reduce((total, line) => total + line.pieces.length, 0) < 2) return
    // Each line's words joined once: every start compares the header's lines with the lines there.
    const signatures = this.content.map((line) => line.pieces.map((piece) => piece.text).join('\u0001'))
    const lead = signatures.slice(0, firstData)
    for (let start = firstData + 1; start + lead.length <= this.content.length; start++) {
      if (!lead.every((text, offset) => signatures[start + offset] === text)) continue
      if (this.content[start]!.segment === this.content[start - 1]!.segment) {
        for (let order = start; order < this.content.length; order++) this.content[order]!.segment++
      }
      start += lead.length - 1
    }
  }

  /** Whether a page break marked in the options lies between line `index` and the line before it. */
  private breaksBefore(index: number): boolean {
    return this.markedBefore(index, this.breaks.formFeeds) || this.markedBefore(index, this.breaks.pageNumbers)
  }

  /** Whether a line number of `marks` lies between line `index` and the line before it, its own included. */
  private markedBefore(index: number, marks: ReadonlySet<number> | undefined): boolean {
    const line = this.lines[index]!.line
    return marksBetween(marks, index > 0 ? this.lines[index - 1]!.line : line - 1, line)
  }

  private isBarePageNumber(aligned: ReadonlyArray<AlignedLine>, index: number): boolean {
    if (!bareNumber.test(aligned[index]!.line.text.trim())) return false
    for (let next = index + 1; next < aligned.length && next <= index + 4; next++) {
      // A page number dropped before the break was the page's number: the bare one is none.
      if (this.markedBefore(next, this.breaks.pageNumbers)) return false
      if (aligned[next]!.formFeed || this.markedBefore(next, this.breaks.formFeeds)) return true
      if (!aligned[next]!.blank) return false
    }
    return false
  }

  /**
   * A number too wide for its column wraps: `401` on one line, `1` under it (right under
   * it, or on the next line but one, the first line of the row's label in between, or
   * the numbers of the row that fit their cells, centred between the two halves, or at
   * the top of the next page). The digits of a line continue the numbers of a line just
   * above that holds only numbers, all as wide (they fill their cells), when each is
   * shorter than the number it sits under (or as wide, when another is shorter).
   */
  private mergeWrappedNumbers(): void {
    for (let order = this.content.length - 1; order > 0; order--) {
      const below = this.content[order]!
      const tails = below.pieces.filter((piece) => piece.value)
      if (tails.length === 0 || tails.some((piece) => !digitsOnly.test(piece.text))) continue
      let pairs: Array<[Piece, Piece]> | undefined
      for (const above of this.wrapHeads(order, tails)) {
        pairs = wrappedPairs(above, tails)
        if (pairs) break
      }
      if (!pairs) continue
      for (const [target, piece] of pairs) {
        target.text += piece.text
        target.endLine = piece.line
        target.endTo = piece.to
      }
      below.pieces = below.pieces.filter((piece) => !piece.value)
      if (below.pieces.length === 0) this.content.splice(order, 1)
    }
    this.content.forEach((line, index) => {
      line.order = index
      for (const piece of line.pieces) piece.order = index
    })
  }

  /**
   * Lines whose numbers the digits of line `order` may continue: the nearest line above
   * with numbers (within two lines, the second only on the same page), and past it the
   * line before when it holds only numbers clear of the digits and of that line's
   * numbers (a row's numbers that fit their cells, between the halves of those that do not).
   */
  private wrapHeads(order: number, tails: ReadonlyArray<Piece>): Array<ContentLine> {
    const below = this.content[order]!
    const heads: Array<ContentLine> = []
    for (let back = order - 1; back >= Math.max(0, order - 2); back--) {
      const candidate = this.content[back]!
      // A page may break inside a cell: the number's line right before the break.
      if (candidate.segment !== below.segment && back !== order - 1) break
      if (!candidate.pieces.some((piece) => piece.value)) continue
      if (heads.length > 0) {
        const middle = heads[0]!
        if (middle.pieces.some((piece) => overlapsAny(piece, candidate.pieces))) break
        heads.push(candidate)
        break
      }
      heads.push(candidate)
      // Any value fits its cell there: a mark (`无`) or a number with a hidden character too.
      const between = candidate.pieces.every((piece) => piece.value && !overlapsAny(piece, tails))
      if (!between) break
    }
    return heads
  }

  /**
   * Digits left on a line of their own once wrapped numbers are joined, shorter than the
   * numbers of the line they follow or lead, are pieces of numbers too wide for their
   * cells that could not be joined (set under no number, pushed together, a head on a
   * line with a label, a number set one character a line). Which number each belongs to
   * cannot be told: no number of those lines is read whole, so none is read. Nor is the
   * number of the end of a wrapped note.
   */
  private distrustUnjoinedTails(): void {
    const count = valueCount(this.content)
    for (let order = 0; order < this.content.length; order++) {
      const line = this.content[order]!
      this.distrustNoteEnds(line)
      const pieces = this.loneDigits(line, count)
      // A number joined with its own tail (a total set apart, wrapped around its row) is whole.
      if (pieces.some((piece) => !piece.value || !digitsOnly.test(piece.text) || piece.endLine !== piece.line)) continue
      const above = this.valueLines(order, -1, count)
      const below = this.valueLines(order, 1, count)
      // A lone digit under a row under a lone number is that total's tail, set around its
      // row and read as a split number, not the head of a number below.
      const splitTotal = pieces.length === 1 && above.length === 2 && above[1]!.length === 1
      const lines = isTailOf(pieces, above, count) ? above : !splitTotal && isHeadOf(pieces, below, count) ? below : undefined
      if (!lines) continue
      for (const piece of pieces) this.distrusted.add(piece)
      for (const values of lines) for (const piece of values) this.distrusted.add(piece)
    }
  }

  /** Values of a line that close a note they do not open: the note's number, not the cell's. */
  private distrustNoteEnds(line: ContentLine): void {
    for (const piece of line.pieces) if (piece.value && closesOnly(piece.text)) this.distrusted.add(piece)
  }

  /**
   * The pieces of a line that may be digits of a wrapped number: all of them, or a lone
   * digit beside a piece of a label (a group label wrapped beside the rows) in a table of
   * many narrow columns; a row of a table of few columns (表二) may well hold one digit.
   */
  private loneDigits(line: ContentLine, count: number): ReadonlyArray<Piece> {
    if (line.pieces.length !== 2 || count < 4) return line.pieces
    const values = line.pieces.filter((piece) => piece.value)
    return values.length === 1 && values[0]!.text.length === 1 ? values : line.pieces
  }

  /**
   * Numbers of the lines next to line `order` (`step` -1: above, 1: below), nearest first:
   * the nearest line with numbers within two lines (past a page break only right next to
   * it), and when that line leaves cells, the line with numbers next to it too (a row's
   * numbers that fit their cells, on the line of its label, between the pieces of those
   * that do not).
   */
  private valueLines(order: number, step: -1 | 1, count: number): Array<Array<Piece>> {
    const lines: Array<Array<Piece>> = []
    const segment = this.content[order]!.segment
    for (let at = order + step; at >= 0 && at < this.content.length && Math.abs(at - order) <= 2; at += step) {
      const line = this.content[at]!
      if (line.segment !== segment && Math.abs(at - order) > 1) break
      const values = line.pieces.filter((piece) => piece.value)
      if (values.length === 0) continue
      lines.push(values)
      if (values.length >= count) break
    }
    return lines
  }

  /** A table without any number: each line a row, each fragment a cell. */
  private plainRows(): Array<RowSpec> {
    return this.content.map((line) => ({
      order: line.order,
      cells: line.pieces.map((piece, index) => ({
        value: piece.text,
        column: index,
        colSpan: 1,
        rowSpan: 1,
        position: positionOf([piece])
      }))
    }))
  }

  private tableRows(): Array<RowSpec> {
    this.chooseGeometry()
    this.classifyLines()
    const rows: Array<RowSpec> = []
    const blocks = this.findHeaderBlocks()
    this.findLabelColumns()
    blocks.forEach((block) => append(rows, this.headerRows(block)))
    append(rows, this.dataRows())
    return rows.sort((a, b) => a.order - b.order)
  }

  // --- Geometry -------------------------------------------------------------------------

  /**
   * Picks the metric (code points or display columns), the value columns, their
   * alignment, and how each page maps onto the reference page.
   */
  private chooseGeometry(): void {
    this.metric = this.pickMetric()
    for (const line of this.content) {
      for (const piece of line.pieces) {
        piece.x = this.metric === 'char' ? piece.fragment.charX : piece.fragment.displayX
        piece.width = piece.fragment.width
        piece.printed = this.metric === 'char' ? piece.fragment.length : piece.fragment.width
      }
    }
    let full = this.content.filter((line) => line.pieces.filter((piece) => piece.value).length === this.count)
    const loose = full.filter((line) => !isPacked(line))
    const reference = loose.length > 0 ? loose : full
    const segments = new Map<number, number>()
    for (const line of reference) segments.set(line.segment, (segments.get(line.segment) ?? 0) + 1)
    let referenceSegment = reference[0]?.segment ?? 0
    for (const [segment, size] of segments) {
      if (size > (segments.get(referenceSegment) ?? 0)) referenceSegment = segment
    }
    let referenceLines = reference.filter((line) => line.segment === referenceSegment)

    // The rows with the most numbers hold every column only when some row is full: the
    // numbers of the reference page, grouped by the edge they line up on, tell when no
    // row is (`规章  ·  1672  1500` over `行政规范性文件  98  834  ·`).
    const pageLines = this.content.filter(
      (line) => line.segment === referenceSegment && line.pieces.some((piece) => piece.value) && !isPacked(line)
    )
    const grouped = overlapColumns(pageLines, this.metric)
    if (grouped.conflicts === 0 && grouped.clusters.length > this.count) {
      // Several full rows tell how many columns there are: a column more is no column of theirs.
      if (full.length >= 3) this.fullRow = this.count
      this.columns = grouped.clusters.map(({start, end}) => ({start, end, centre: (start + end) / 2}))
      this.count = this.columns.length
      full = this.content.filter((line) => line.pieces.filter((piece) => piece.value).length === this.count)
      referenceLines = pageLines
    } else {
      const starts: Array<Array<number>> = Array.from({length: this.count}, () => [])
      const ends: Array<Array<number>> = Array.from({length: this.count}, () => [])
      for (const line of referenceLines) {
        line.pieces
          .filter((piece) => piece.value)
          .forEach((piece, column) => {
            starts[column]!.push(piece.x)
            ends[column]!.push(piece.x + piece.width)
          })
      }
      this.columns = starts.map((list, column) => {
        const start = median(list)
        const end = median(ends[column]!)
        return {start, end, centre: (start + end) / 2}
      })
    }
    const steps = this.columns.slice(1).map((column, index) => column.centre - this.columns[index]!.centre)
    this.pitch = steps.length > 0 ? Math.max(2, median(steps)) : 8
    const indexOf = this.fillColumnGaps(steps)
    this.valueStart = minimum(referenceLines.map((line) => line.pieces.find((piece) => piece.value)!.x)) - 1

    // Each page on its own grid: fit `printed = offset + scale × reference` per page, from
    // its full rows; from its header when it repeats one (numbers pushed one space apart
    // are not where their columns are); from rows so pushed as a last resort.
    const transforms = new Map<number, {offset: number; scale: number}>([[referenceSegment, {offset: 0, scale: 1}]])
    const fromRows = (lines: ReadonlyArray<ContentLine>) => {
      const pairs: Array<[number, number]> = []
      for (const line of lines) {
        line.pieces
          .filter((piece) => piece.value)
          .forEach((piece, index) => pairs.push([this.columns[indexOf[index]!]!.centre, piece.x + piece.width / 2]))
      }
      return fitLine(pairs)
    }
    const pages = [...new Set(this.content.map((line) => line.segment))]
    for (const segment of pages) {
      if (transforms.has(segment)) continue
      const fit = fromRows(full.filter((line) => line.segment === segment && !isPacked(line)))
      if (fit) transforms.set(segment, fit)
    }
    for (const segment of pages) {
      const header = transforms.has(segment) ? undefined : this.fitHeaders(segment, transforms)
      if (header) transforms.set(segment, header)
    }
    for (const segment of transforms.keys()) this.trusted.add(segment)
    for (const segment of pages) {
      if (transforms.has(segment)) continue
      const fit = this.fitPartialRows(segment) ?? fromRows(full.filter((line) => line.segment === segment))
      if (fit) transforms.set(segment, fit)
    }
    // Labels are stretched with their page, unless they start where the reference page's
    // do: `pdftotext` may move only the numbers of a page (`开申请` and `3.其他` at the
    // labels' columns, their numbers further right).
    const referenceStarts = this.labelStartsOf(referenceSegment)
    const labelScales = new Map<number, number>()
    for (const [segment, transform] of transforms) {
      const stretch = labelStretch(this.valueStart, transform)
      const starts = stretch === 1 ? [] : this.labelStartsOf(segment)
      const miss = (scale: number) => starts.reduce((total, x) => total + distanceToNearest(referenceStarts, x * scale), 0)
      labelScales.set(segment, starts.length > 0 && referenceStarts.length > 0 && miss(1) + 1 < miss(stretch) ? 1 : stretch)
    }
    for (const line of this.content) {
      const transform = transforms.get(line.segment) ?? {offset: 0, scale: 1}
      const labelScale = labelScales.get(line.segment) ?? 1
      for (const piece of line.pieces) {
        piece.nx = (piece.x - transform.offset) / transform.scale
        piece.nwidth = piece.width / transform.scale
        piece.lx = piece.x * labelScale
      }
    }
  }

  /** Where the labels of a page's lines with numbers start (unscaled), left of the numbers. */
  private labelStartsOf(segment: number): Array<number> {
    const starts: Array<number> = []
    for (const line of this.content) {
      if (line.segment !== segment) continue
      const first = line.pieces.findIndex((piece) => piece.value)
      for (let index = 0; index < first; index++) starts.push(line.pieces[index]!.x)
    }
    return starts
  }

  /**
   * The transform of a page without a full row or a header: its rows of three numbers or
   * more placed in order on the columns, the fit refined once with the numbers placed
   * again where the first fit puts them.
   */
  private fitPartialRows(segment: number): {offset: number; scale: number} | undefined {
    const lines = this.content.filter(
      (line) => line.segment === segment && line.pieces.filter((piece) => piece.value).length >= 3
    )
    if (lines.length === 0) return undefined
    const centres = this.columns.map((column) => column.centre)
    let transform = {offset: 0, scale: 1}
    for (let round = 0; round < 2; round++) {
      const pairs: Array<[number, number]> = []
      for (const line of lines) {
        const values = line.pieces.filter((piece) => piece.value)
        const printed = values.map((piece) => piece.x + piece.width / 2)
        const columns = monotoneAssign(
          printed.map((centre) => (centre - transform.offset) / transform.scale),
          centres
        )
        printed.forEach((centre, index) => pairs.push([centres[columns[index]!]!, centre]))
      }
      const fit = fitLine(pairs)
      if (!fit) return round === 0 ? undefined : transform
      transform = fit
    }
    return transform
  }

  /**
   * The transform of a page from the header it repeats: each header word paired with the
   * same word, in the same order, on a page whose transform is known.
   */
  private fitHeaders(
    segment: number,
    known: ReadonlyMap<number, {offset: number; scale: number}>
  ): {offset: number; scale: number} | undefined {
    const words = (of: number) => {
      const map = new Map<string, Array<Piece>>()
      for (const line of this.content) {
        if (line.segment !== of || line.pieces.some((piece) => piece.value)) continue
        for (const piece of line.pieces) {
          const list = map.get(piece.text) ?? []
          list.push(piece)
          map.set(piece.text, list)
        }
      }
      return map
    }
    const own = words(segment)
    for (const [other, transform] of known) {
      const pairs: Array<[number, number]> = []
      for (const [text, list] of words(other)) {
        const mine = own.get(text)
        if (!mine || mine.length !== list.length) continue
        list.forEach((piece, index) => {
          const reference = (piece.x + piece.width / 2 - transform.offset) / transform.scale
          pairs.push([reference, mine[index]!.x + mine[index]!.width / 2])
        })
      }
      const fit = pairs.length >= 3 ? fitLine(pairs) : undefined
      if (fit) return fit
    }
    return undefined
  }

  /**
   * A column blank in every full row (the one data row of 表四 with a blank cell) leaves
   * a gap of two steps or more between columns of even steps: columns are put back in it.
   * Returns the new index of each column of the full rows.
   */
  private fillColumnGaps(steps: ReadonlyArray<number>): Array<number> {
    const indexOf = this.columns.map((_, index) => index)
    if (steps.length < 2) return indexOf
    const filled: Array<ValueColumn> = [this.columns[0]!]
    steps.forEach((step, index) => {
      const missing = Math.floor(step / this.pitch + 0.25) - 1
      const before = this.columns[index]!
      if (step >= 1.7 * this.pitch && missing >= 1) {
        const width = before.end - before.start
        for (let count = 1; count <= missing; count++) {
          const centre = before.centre + (step * count) / (missing + 1)
          filled.push({start: centre - width / 2, end: centre + width / 2, centre})
        }
      }
      indexOf[index + 1] = filled.length
      filled.push(this.columns[index + 1]!)
    })
    this.columns = filled
    this.count = filled.length
    return indexOf
  }

  /**
   * `pdftotext` places text by code points, other tools by display columns: the metric in
   * which the numbers of each page line up in the fewest columns (CJK labels of different
   * lengths scatter them in the other) and the words of the header line up with them
   * wins; display columns when that does not tell.
   */
  private pickMetric(): Metric {
    const pages = new Map<number, Array<ContentLine>>()
    for (const line of this.content) {
      if (!line.pieces.some((piece) => piece.value) || isPacked(line)) continue
      const list = pages.get(line.segment) ?? []
      list.push(line)
      pages.set(line.segment, list)
    }
    let char = 0
    let display = 0
    for (const lines of pages.values()) {
      // Numbers with as many wide characters before them on every line: alike in both.
      const shift = lines[0]!.pieces.find((piece) => piece.value)!.fragment
      const alike = lines.every((line) =>
        line.pieces.every((piece) => !piece.value || piece.fragment.displayX - piece.fragment.charX === shift.displayX - shift.charX)
      )
      if (alike) continue
      const byChar = clusterValues(lines, 'char')
      const byDisplay = clusterValues(lines, 'display')
      char += byChar.count + byChar.conflicts
      display += byDisplay.count + byDisplay.conflicts
    }

    const firstData = this.content.findIndex((line) => line.pieces.some((piece) => piece.value))
    if (firstData <= 0) return char < display ? 'char' : 'display'
    const segment = this.content[firstData]!.segment
    const headers = this.content.slice(0, firstData).filter((line) => line.segment === segment)
    const page = this.content.filter((line) => line.segment === segment && line.pieces.some((piece) => piece.value))
    // How far, in steps between columns, the words of each header line are from lining up
    // with the value columns, the line shifted as a whole (`pdftotext` sets a header a few
    // columns off its cells, but keeps its spacing).
    const fit = (metric: Metric) => {
      const centres = clusterValues(page, metric, true).centres.sort((a, b) => a - b)
      if (centres.length === 0) return 0
      const steps = centres.slice(1).map((centre, index) => centre - centres[index]!)
      const pitch = steps.length > 0 ? Math.max(2, median(steps)) : 8
      // Words over the numbers: from where the first number starts (half a step before).
      let first = Infinity
      for (const line of page) {
        for (const piece of line.pieces) {
          if (piece.value) first = Math.min(first, metric === 'char' ? piece.fragment.charX : piece.fragment.displayX)
        }
      }
      let cost = 0
      for (const line of headers) {
        const words = line.pieces
          .filter(({fragment}) => (metric === 'char' ? fragment.charX : fragment.displayX) >= first - pitch / 2)
          .map(({fragment}) => (metric === 'char' ? fragment.charX + fragment.length / 2 : fragment.displayX + fragment.width / 2))
          .sort((a, b) => a - b)
        if (words.length < 2 || words.length * centres.length > 10_000) continue
        // Each shift that puts a word on a column, the words (in order) matched to their
        // nearest columns by a pointer that only moves right. A word counts half a step at
        // most (one over a column left blank in every row is no worse than one between two).
        let least = Infinity
        // The least total is the same in any order: the shifts are sorted (numbers, no
        // comparator) and each tried once.
        const shifts = new Float64Array(words.length * centres.length)
        let at = 0
        for (const anchor of words) for (const target of centres) shifts[at++] = target - anchor
        shifts.sort()
        for (let index = 0; index < shifts.length; index++) {
          const shift = shifts[index]!
          if (index > 0 && shift === shifts[index - 1]) continue
          // No shift does better than one that puts every word on a column.
          if (least === 0) break
          let total = 0
          let column = 0
          for (const word of words) {
            const at = word + shift
            while (column + 1 < centres.length && Math.abs(centres[column + 1]! - at) <= Math.abs(centres[column]! - at)) column++
            total += Math.min(pitch / 2, Math.abs(centres[column]! - at))
            if (total >= least) break
          }
          if (total < least) least = total
        }
        cost += least / pitch
      }
      return cost
    }
    // A misplaced header outweighs a number or two lining up by chance (each header word
    // weighs a column and a half at most: when the numbers tell more, the header is not read).
    const words = headers.reduce((total, line) => total + line.pieces.length, 0)
    if (Math.abs(char - display) > 1.5 * words + 0.25) return char < display ? 'char' : 'display'
    // A fit costs nothing or more: the metric behind on the numbers is fitted first, and
    // the other only when the header can still turn the choice.
    if (char < display) {
      const byChar = char + 3 * fit('char')
      if (byChar + 0.25 < display) return 'char'
      return byChar + 0.25 < display + 3 * fit('display') ? 'char' : 'display'
    }
    const byDisplay = display + 3 * fit('display')
    if (byDisplay <= char + 0.25) return 'display'
    return char + 3 * fit('char') + 0.25 < byDisplay ? 'char' : 'display'
  }

  /** Line kinds, values per line and their columns, value alignment and cell boundaries. */
  private classifyLines(): void {
    // Labels end before the values of their line. Text stands over the value columns when
    // it starts at the values, or after the widest label, or (a header wider than its
    // numbers) right of where labels start and past where most of them end, reaching
    // over the numbers (`信息内容` centred over short labels is over the labels).
    const labels = this.content.flatMap((line) => {
      const first = line.pieces.find((piece) => piece.value)
      return first ? line.pieces.filter((piece) => !piece.value && piece.x < first.x) : []
    })
    const labelEnd = maximum(labels.map((piece) => piece.x + piece.printed), -Infinity)
    const lastStart = maximum(labels.map((piece) => piece.x), -Infinity)
    const usualEnd = median(labels.map((piece) => piece.x + piece.printed))
    const overValues = (piece: Piece) =>
      piece.nx >= this.valueStart - 2 ||
      piece.x > labelEnd ||
      (piece.x > lastStart + 2 && piece.x >= usualEnd && piece.nx + piece.nwidth > this.valueStart)
    for (const line of this.content) {
      for (const piece of line.pieces) {
        if (piece.value) line.values.push(piece)
        else if (overValues(piece)) line.heads.push(piece)
        else line.labels.push(piece)
      }
      if (line.values.length > 0) {
        append(line.values, line.heads)
        line.heads = []
        line.values.sort((a, b) => centreOf(a) - centreOf(b))
        line.kind = 'data'
        line.columns = this.assignColumns(line.values)
      } else {
        line.kind = line.heads.length > 0 ? 'header' : 'text'
      }
    }
    if (this.extendToHeaders()) {
      for (const line of this.content) if (line.kind === 'data') line.columns = this.assignColumns(line.values)
    }
    const alignment = this.alignment()
    const boundaries = this.boundariesFor(alignment)
    this.boundaries = boundaries
    for (const line of this.content) if (line.kind === 'data') this.findDoubts(line, alignment)
    // A lone text centred over the whole table rather than over its value columns is a
    // title row (`第二十条第（一）项` as printed across the form).
    const labelStarts = this.content.flatMap((line) => line.labels.map((piece) => piece.x))
    const left = minimum(labelStarts, 0)
    const right = boundaries.at(-1)!
    for (const line of this.content) {
      if (line.kind !== 'header' || line.heads.length !== 1 || line.labels.length > 0) continue
      const centre = centreOf(line.heads[0]!)
      if (Math.abs(centre - (left + right) / 2) + 1 < Math.abs(centre - (boundaries[0]! + right) / 2)) {
        line.labels = line.heads
        line.heads = []
        line.kind = 'text'
      }
    }
  }

  /**
   * A number of a line with blank cells goes to the column it is nearest to; its place is
   * in doubt unless that column's cell holds it clearly: its centre within the cell and
   * its ends no more than a column outside it. Numbers pushed one space apart
   * (`1001 1002 1003`) are placed as a run: in doubt when the run was pushed by a label,
   * when it stands where it would be pushed to with a number missing before it, or when
   * its first number is not clearly nearer its own column than the next ones. A number
   * left of where the numbers start or right of the last cell is in no column. Every
   * number is in doubt on a page whose grid only its own rows tell, and, in a table
   * whose converter pushes numbers, unless it stands where the numbers of its column
   * stand. The columns a number may be in are kept, to settle once its row is known
   * ({@link settleDoubts}).
   */
  private findDoubts(line: ContentLine, alignment: Alignment): void {
    const values = line.values.filter((piece) => piece.value)
    if (values.length >= this.count) return
    this.pushing ??= this.content.some((item) => {
      const sorted = [...item.pieces].sort((a, b) => a.from - b.from)
      return sorted.some((piece, index) => index > 0 && piece.value && piece.from - sorted[index - 1]!.to === 1)
    })
    const text = line.aligned.line.text
    const columnOf = new Map(line.values.map((piece, index) => [piece, line.columns[index]!]))
    const pieces = [...line.pieces].sort((a, b) => a.from - b.from)
    const adjacent = (left: Piece | undefined, right: Piece | undefined) =>
      left !== undefined && right !== undefined && left.endLine === left.line && right.from - left.to === 1 && text[left.to] === ' '
    const chained = (index: number) => adjacent(pieces[index - 1], pieces[index]) || adjacent(pieces[index], pieces[index + 1])
    const linePushed = pieces.some((piece, index) => piece.value && adjacent(pieces[index - 1], piece))
    const near = (column: number) => [column - 1, column, column + 1].filter((item) => item >= 0 && item < this.count)
    const doubt = (run: ReadonlyArray<Piece>) => {
      for (const piece of run) line.doubts.set(piece, near(columnOf.get(piece)!))
    }
    for (let index = 0; index < pieces.length; index++) {
      const first = pieces[index]!
      if (!first.value || first.endLine !== first.line || !columnOf.has(first)) continue
      const start = index
      const run = [first]
      while (index + 1 < pieces.length && pieces[index + 1]!.value && adjacent(pieces[index], pieces[index + 1])) run.push(pieces[++index]!)
      const before = pieces[start - 1]
      const gap = before ? first.fragment.charX - (before.fragment.charX + before.fragment.length) - 1 : 0
      const pushed = adjacent(before, first)
      const step = first.fragment.length + 1
      const followsPushed =
        before !== undefined &&
        !pushed &&
        gap > 0 &&
        (((chained(start - 1) || linePushed) && gap % step === 0) || (this.pushing && !before.value && gap === step))
      const column = columnOf.get(first)!
      const own = this.columns[column]!
      const off =
        alignment === 'left'
          ? Math.abs(first.nx - own.start)
          : alignment === 'right'
            ? Math.abs(first.nx + first.nwidth - own.end)
            : Math.abs(centreOf(first) - own.centre)
      if (pushed || followsPushed || !this.trusted.has(line.segment) || (this.pushing && off > 1)) {
        doubt(run)
        continue
      }
      // Left of where the numbers start, or right of the last cell: in no column.
      const last = run.at(-1)!
      if (first.nx + first.nwidth < this.valueStart - 1 || last.nx > this.boundaries.at(-1)! + 1) {
        for (const piece of run) line.doubts.set(piece, [-1])
        continue
      }
      if (run.length > 1) {
        // Where the run is, its first number not pushed: nearest its own column by a clear
        // margin, not squeezed there by the edge of the table.
        const distance = (at: number) => Math.abs(centreOf(first) - this.columns[at]!.centre)
        const cost = (at: number) => (at >= 0 && at + run.length <= this.count ? distance(at) : Infinity)
        const centres = this.columns.map((item) => item.centre)
        const nearest = nearestColumn(centres, centreOf(first), inOrder(centres))
        if (nearest !== column || Math.min(cost(column - 1), cost(column + 1)) - cost(column) < this.pitch / 2) doubt(run)
        continue
      }
      const candidates = new Set([column, this.cellOf(centreOf(first))])
      candidates.add(this.cellOf(first.nx + 1))
      candidates.add(this.cellOf(first.nx + first.nwidth - 1))
      if (candidates.size > 1) line.doubts.set(first, [...candidates])
    }
  }

  /**
   * Leaves out numbers standing across the middles of two value columns: numbers of two
   * cells the converter printed with no space between (`15311140` for `1531` `1140`),
   * which no one cell holds; their cells end up null, named by a diagnostic. Returns
   * whether any was left out.
   */
  private leaveOutGlued(row: DataRow): boolean {
    const kept = row.tokens.filter((piece) => {
      // Only bare numbers: a number with a note (`22（其中修订 16 件）`) may run on.
      if (!piece.value || !plainNumber.test(piece.text)) return true
      // Columns are in order: the first middle past the number's start, and the next.
      const next = this.columns[firstPast(this.columns, piece.nx, (column) => column.centre) + 1]
      return next === undefined || next.centre >= piece.nx + piece.nwidth
    })
    if (kept.length === row.tokens.length) return false
    row.tokens = kept
    return true
  }

  /**
   * Leaves out the numbers of a row with blank cells whose place is in doubt between
   * columns that the header over them tells apart (a number under one header spanning
   * all its columns keeps its place), so that their cells end up null, named by a
   * diagnostic, never in a neighbour's cell. Returns whether any was left out.
   */
  private settleDoubts(row: DataRow): boolean {
    if (row.tokens.filter((piece) => piece.value).length >= this.count) return false
    const leaves = this.headerLeaves.get(row.block)
    const kept = row.tokens.filter((piece) => {
      const candidates = this.content[piece.order]!.doubts.get(piece)
      if (!candidates) return true
      const leaf = leaves?.[candidates[0]!] ?? -1
      return leaf !== -1 && candidates.every((column) => leaves![column] === leaf)
    })
    if (kept.length === row.tokens.length) return false
    row.tokens = kept
    return true
  }

  /**
   * Leaves out the numbers of a row with fewer numbers than the full rows hold in a table
   * whose numbers line up on more columns than its full rows fill (a column more from
   * numbers set off their place, as fonts wider than the form push them). Which of the
   * columns such a row's numbers are in cannot be told from where they stand, so their
   * cells end up null, named by a diagnostic, never in a neighbour's cell; under one
   * header spanning every column, they keep their place. Returns whether any was left out.
   */
  private leaveOutUnplaceable(row: DataRow): boolean {
    if (this.fullRow === undefined) return false
    const values = row.tokens.filter((piece) => piece.value).length
    if (values === 0 || values >= this.fullRow) return false
    const leaves = this.headerLeaves.get(row.block)
    if (leaves && leaves[0] !== -1 && leaves.every((leaf) => leaf === leaves[0])) return false
    row.tokens = row.tokens.filter((piece) => !piece.value)
    return true
  }

  /**
   * A first or last column blank in every full row (表四's one data row starting with a
   * blank) shows only in the header: column headers beyond the outer columns add columns
   * there, a step apart. Returns whether columns were added.
   */
  private extendToHeaders(): boolean {
    const firstData = this.content.findIndex((line) => line.kind === 'data')
    const leaves = this.content
      .slice(0, Math.max(0, firstData))
      .filter((line) => this.trusted.has(line.segment))
      .flatMap((line) => line.heads)
      .filter((piece) => piece.nwidth <= 1.2 * this.pitch)
      .map((piece) => centreOf(piece))
    if (leaves.length === 0 || this.count < 2) return false
    // Only as many columns as there are more stacks of headers than value columns.
    const sorted = [...leaves].sort((a, b) => a - b)
    const stacks = sorted.filter((centre, index) => index === 0 || centre - sorted[index - 1]! > 0.6 * this.pitch).length
    if (stacks <= this.count) return false
    const added = this.count
    const limit = added + stacks - this.count
    const shifted = (column: ValueColumn, by: number): ValueColumn => ({
      start: column.start + by,
      end: column.end + by,
      centre: column.centre + by
    })
    // A header belongs to a new column when it is nearer to it than to the outer one.
    const claims = (outer: ValueColumn, by: number) => {
      const next = outer.centre + by
      return leaves.some((centre) => Math.abs(centre - next) < Math.abs(centre - outer.centre) - this.pitch / 4)
    }
    while (claims(this.columns[0]!, -this.pitch) && this.columns.length < limit) {
      this.columns.unshift(shifted(this.columns[0]!, -this.pitch))
    }
    while (claims(this.columns.at(-1)!, this.pitch) && this.columns.length < limit) {
      this.columns.push(shifted(this.columns.at(-1)!, this.pitch))
    }
    this.count = this.columns.length
    return this.count !== added
  }

  /**
   * How values sit in their columns, from all values placed: the side (left, right or
   * centre) on which values of a column agree best, and along which the columns are
   * most evenly spaced (one row tells nothing else); left when nothing tells.
   */
  private alignment(): Alignment {
    const lists = {
      left: Array.from({length: this.count}, () => [] as Array<number>),
      right: Array.from({length: this.count}, () => [] as Array<number>),
      centre: Array.from({length: this.count}, () => [] as Array<number>)
    }
    const loose = this.content.filter((line) => line.values.length > 0 && !isPacked(line))
    for (const line of loose.length > 0 ? loose : this.content) {
      line.values.forEach((piece, index) => {
        const column = line.columns[index]!
        lists.left[column]!.push(piece.nx)
        lists.right[column]!.push(piece.nx + piece.nwidth)
        lists.centre[column]!.push(piece.nx + piece.nwidth / 2)
      })
    }
    const score = (columns: Array<Array<number>>) => {
      // Each column's median serves both its spread and the steps between columns.
      const medians: Array<number> = []
      let spread = 0
      for (const list of columns) {
        if (list.length === 0) continue
        const centre = median(list)
        medians.push(centre)
        spread += deviationFrom(list, centre)
      }
      const steps = medians.slice(1).map((value, index) => value - medians[index]!)
      return spread + deviation(steps)
    }
    // Cells that put two headers of one line in one cell are wrong (a few rows with a wide
    // number can make another side agree best).
    const collisions = (mode: Alignment) => {
      const cellIn = cellFinder(this.boundariesFor(mode))
      let total = 0
      for (const line of this.content) {
        if (line.kind !== 'header' || line.heads.length < 2) continue
        total += line.heads.length - new Set(line.heads.map((piece) => cellIn(centreOf(piece)))).size
      }
      return total
    }
    const modes: Array<Alignment> = ['left', 'right', 'centre']
    const clashes = modes.map(collisions)
    const fewest = minimum(clashes)
    const scores = modes.map((mode, index) => (clashes[index] === fewest ? score(lists[mode]) : Infinity))
    const best = minimum(scores)
    const tied = modes.filter((_, index) => scores[index]! <= best + 0.25)
    if (tied.length === 1) return tied[0]!
    // Numbers as wide as one another tell nothing: headers are centred in their cells.
    const firstData = this.content.findIndex((line) => line.kind === 'data')
    const heads = this.content.slice(0, Math.max(0, firstData)).flatMap((line) => line.heads)
    let choice = tied[0]!
    let least = Infinity
    for (const mode of tied) {
      const bounds = this.boundariesFor(mode)
      const middles = bounds.slice(1).map((bound, column) => (bounds[column]! + bound) / 2)
      const sorted = inOrder(middles)
      let cost = 0
      for (const piece of heads) {
        const centre = centreOf(piece)
        cost += Math.abs(centre - middles[nearestColumn(middles, centre, sorted)]!)
      }
      if (cost < least - 0.25) {
        least = cost
        choice = mode
      }
    }
    return choice
  }

  /** Edges of the value cells (`count + 1` of them), for values aligned as given. */
  private boundariesFor(alignment: Alignment): Array<number> {
    const columns = this.columns
    const last = columns.length - 1
    const boundaries: Array<number> = []
    for (let column = 0; column <= columns.length; column++) {
      const before = columns[column - 1]
      const after = columns[column]
      if (!before) {
        boundaries.push(
          alignment === 'centre'
            ? after!.centre - this.pitch / 2
            : alignment === 'left'
              ? after!.start - 0.5
              : Math.min(after!.start, after!.end - this.pitch) - 1
        )
      } else if (!after) {
        boundaries.push(
          alignment === 'left' ? columns[last]!.start + this.pitch - 0.5 : before.end + (alignment === 'centre' ? this.pitch / 2 : 1)
        )
      } else if (alignment === 'left') {
        boundaries.push(after.start - 0.5)
      } else if (alignment === 'right') {
        boundaries.push(before.end + 1)
      } else {
        boundaries.push((before.centre + after.centre) / 2)
      }
    }
    return boundaries
  }

  /**
   * Value column of each value of a line (sorted by position): in order when a full row,
   * else the nearest columns in order (a monotone assignment of least distance).
   */
  private assignColumns(values: ReadonlyArray<Piece>): Array<number> {
    // Numbers one space apart were pushed together: they fill consecutive columns, and
    // only the first of each run is where its column is.
    const runs: Array<Array<number>> = []
    values.forEach((piece, index) => {
      const previous = values[index - 1]
      const pushed =
        previous !== undefined &&
        previous.line === piece.line &&
        previous.endLine === previous.line &&
        piece.line.text.slice(previous.to, piece.from) === ' '
      if (pushed) runs.at(-1)!.push(index)
      else runs.push([index])
    })
    const centres = this.columns.map((column) => column.centre)
    if (runs.length === values.length || values.length >= this.count) {
      return monotoneAssign(values.map((piece) => centreOf(piece)), centres)
    }
    const starts = runAssign(
      runs.map((run) => ({length: run.length, position: centreOf(values[run[0]!]!)})),
      centres
    )
    const result: Array<number> = []
    runs.forEach((run, index) => run.forEach((_, offset) => result.push(starts[index]! + offset)))
    return result
  }

  /** Value column whose cell holds a position (reference coordinates). */
  private cellOf(x: number): number {
    if (this.cellsOf !== this.boundaries) {
      this.cellsOf = this.boundaries
      this.findCell = cellFinder(this.boundaries)
    }
    return this.findCell(x)
  }

  // --- Headers --------------------------------------------------------------------------

  /**
   * Header blocks: lines without numbers before the first row, and later runs of lines
   * with text over the value columns (a sub-table's header, a header repeated on a new
   * page), each with the title lines right above it (`第二十条第（五）项`).
   */
  private findHeaderBlocks(): Array<Array<ContentLine>> {
    const blocks: Array<Array<ContentLine>> = []
    let block = -1
    let index = 0
    let seenData = false
    while (index < this.content.length) {
      if (this.content[index]!.kind === 'data') {
        seenData = true
        this.blockOf[index] = block
        index++
        continue
      }
      let end = index
      while (end < this.content.length && this.content[end]!.kind !== 'data') end++
      const run = this.content.slice(index, end)
      const firstHead = run.findIndex((item) => item.kind === 'header')
      const lastHead = run.findLastIndex((item) => item.kind === 'header')
      let from = run.length
      let to = run.length
      if (!seenData) {
        from = 0
        if (firstHead !== -1) to = lastHead + 1
      } else if (firstHead !== -1) {
        from = firstHead
        to = lastHead + 1
        // Title lines right above the header (`第二十条第（五）项`), on the same page.
        while (from > 0 && run[from - 1]!.segment === run[from]!.segment) from--
      }
      run.forEach((item, position) => {
        if (position === from) block++
        this.blockOf[index + position] = block
      })
      if (from < to) {
        const lines = run.slice(from, to)
        for (const item of lines) {
          item.header = true
        }
        blocks.push(lines)
      }
      index = end
    }
    return blocks
  }

  /** The rows of one header block: title lines, then one row per header level. */
  private headerRows(block: ReadonlyArray<ContentLine>): Array<RowSpec> {
    const rows: Array<RowSpec> = []
    const labelColumns = this.labelStarts.length
    const total = labelColumns + this.count
    const firstHead = block.findIndex((line) => line.kind === 'header')
    const titles = firstHead === -1 ? block : block.slice(0, firstHead)
    for (const line of titles) {
      const pieces = [...line.labels, ...line.heads]
      if (pieces.length === 0) continue
      if (pieces.length === 1) {
        rows.push({order: line.order, cells: [{value: pieces[0]!.text, column: 0, colSpan: total, rowSpan: 1, position: positionOf(pieces)}]})
        continue
      }
      const used = new Set<number>()
      const cells: Array<CellSpec> = []
      for (const piece of pieces) {
        let column = line.labels.includes(piece) ? this.labelColumnOf(piece.lx) : labelColumns + this.cellOf(centreOf(piece))
        while (used.has(column)) column++
        used.add(column)
        cells.push({value: piece.text, column, colSpan: 1, rowSpan: 1, position: positionOf([piece])})
      }
      rows.push({order: line.order, cells})
    }
    if (firstHead === -1) return rows
    const lines = block.slice(firstHead)
    const order = lines[0]!.order
    const labelPieces = lines.flatMap((line) => (labelColumns > 0 ? line.labels : []))
    const heads = lines.flatMap((line) => (labelColumns > 0 ? line.heads : [...line.labels, ...line.heads]))
    const levels = this.headerLevels(heads)
    const leaves = Array<number>(this.count).fill(-1)
    const depth = Array<number>(this.count).fill(-1)
    levels.forEach((cell, index) => {
      for (let column = cell.first; column <= cell.last; column++) {
        if (cell.level > depth[column]!) {
          depth[column] = cell.level
          leaves[column] = index
        }
      }
    })
    this.headerLeaves.set(this.blockOf[lines[0]!.order] ?? -1, leaves)
    const height = maximum(levels.map((cell) => cell.level + cell.rowSpan), 1)
    const levelRows: Array<RowSpec> = Array.from({length: height}, (_, level) => ({order: order + level / (height + 1), cells: []}))
    if (labelPieces.length > 0) {
      levelRows[0]!.cells.push({
        value: joinText(labelPieces),
        column: 0,
        colSpan: labelColumns,
        rowSpan: height,
        position: positionOf(labelPieces)
      })
    }
    for (const cell of levels) {
      levelRows[cell.level]!.cells.push({
        value: joinText(cell.pieces),
        column: labelColumns + cell.first,
        colSpan: cell.last - cell.first + 1,
        rowSpan: cell.rowSpan,
        position: positionOf(cell.pieces)
      })
    }
    append(rows, levelRows.filter((row) => row.cells.length > 0))
    return rows
  }

  /**
   * Header cells over the value columns with their spans and levels. A header is a leaf
   * (one column, wrapped lines stacked) unless it is wider than a column, or it is on the
   * top line with few others, or several headers below it sit within its width; such a
   * spanning header covers the columns its parent covers, shared with its siblings so
   * that each is best centred over its own.
   */
  private headerLevels(
    heads: ReadonlyArray<Piece>
  ): Array<{pieces: Array<Piece>; first: number; last: number; level: number; rowSpan: number}> {
    if (heads.length === 0) return []
    const topOrder = minimum(heads.map((piece) => piece.order))
    const topCount = heads.filter((piece) => piece.order === topOrder).length
    const wide = (piece: Piece) => piece.nwidth > 1.2 * this.pitch
    const homeOf = (piece: Piece) => this.cellOf(centreOf(piece))
    const spanning = heads.filter((piece) => {
      if (this.count < 2) return false
      if (piece.order === topOrder && topCount < this.count / 2) return true
      if (wide(piece)) return true
      const below = new Set<number>()
      for (const other of heads) {
        if (other.order <= piece.order || wide(other)) continue
        const centre = centreOf(other)
        if (centre >= piece.nx && centre <= piece.nx + piece.nwidth) below.add(homeOf(other))
      }
      return below.size >= 2
    })
    const leaves = new Map<number, Array<Piece>>()
    for (const piece of heads) {
      if (spanning.includes(piece)) continue
      const home = homeOf(piece)
      const list = leaves.get(home) ?? []
      list.push(piece)
      leaves.set(home, list)
    }
    const leafTop = new Map<number, number>()
    for (const [column, list] of leaves) leafTop.set(column, minimum(list.map((piece) => piece.order)))

    const spans = this.spanHeaders(spanning, leafTop, homeOf)
    for (const piece of spanning) {
      if (spans.some((span) => span.piece === piece)) continue
      const home = homeOf(piece)
      const list = leaves.get(home) ?? []
      list.push(piece)
      leaves.set(home, list)
    }
    const cells = spans.map((span) => ({pieces: [span.piece], first: span.first, last: span.last, level: span.depth, rowSpan: 1}))
    const coverDepth = (column: number) =>
      maximum(spans.filter((span) => column >= span.first && column <= span.last).map((span) => span.depth), -1)
    for (const [column, list] of leaves) {
      list.sort((a, b) => a.order - b.order || a.nx - b.nx)
      cells.push({pieces: list, first: column, last: column, level: coverDepth(column) + 1, rowSpan: 1})
    }
    const height = maximum(cells.map((cell) => cell.level + 1), 1)
    for (const cell of cells) {
      let next = height
      for (const other of cells) {
        if (other.level > cell.level && other.first <= cell.last && other.last >= cell.first) next = Math.min(next, other.level)
      }
      cell.rowSpan = Math.max(1, next - cell.level)
    }
    return cells
  }

  /**
   * Spans of the spanning headers, top down: the headers of the top line share all value
   * columns, the headers below one share its columns, and so on; the split chosen is the
   * one whose headers, and the headers under them, are best centred over their columns.
   */
  private spanHeaders(
    spanning: ReadonlyArray<Piece>,
    leafTop: ReadonlyMap<number, number>,
    homeOf: (piece: Piece) => number
  ): Array<{piece: Piece; first: number; last: number; depth: number}> {
    type Span = {piece: Piece; first: number; last: number; depth: number}
    /** Least cost of a line of headers over columns, and the columns of each (none: each over its own). */
    type Plan = {cost: number; runs: Array<readonly [number, number]> | undefined}
    if (spanning.length === 0) return []
    const homes = new Map<Piece, number>(spanning.map((piece) => [piece, homeOf(piece)]))
    const size = this.count + 1
    const below = new Map<number, Array<Piece>>()
    // The headers of the first line below `after` whose columns lie within from…to
    // (the same array for the same question, so that plans are kept per array).
    const under = (after: number, from: number, to: number): Array<Piece> => {
      const key = (after * size + from) * size + to
      let found = below.get(key)
      if (!found) {
        const candidates = spanning.filter((piece) => {
          const home = homes.get(piece)!
          return piece.order > after && home >= from && home <= to
        })
        const order = minimum(candidates.map((piece) => piece.order))
        found = candidates.filter((piece) => piece.order === order).sort((a, b) => a.nx - b.nx)
        below.set(key, found)
      }
      return found
    }
    const memo = new Map<ReadonlyArray<Piece>, Map<number, Plan>>()
    const none: Plan = {cost: 0, runs: []}
    const solve = (pieces: ReadonlyArray<Piece>, from: number, to: number): Plan => {
      if (pieces.length === 0) return none
      let plans = memo.get(pieces)
      if (!plans) {
        plans = new Map()
        memo.set(pieces, plans)
      }
      const key = from * size + to
      const known = plans.get(key)
      if (known) return known
      const lineOrder = pieces[0]!.order
      const available: Array<number> = []
      for (let column = from; column <= to; column++) {
        const top = leafTop.get(column)
        if (top === undefined || top > lineOrder) available.push(column)
      }
      // Cost of a header over available columns first…last, itself and the headers under it;
      // those are not looked at when its own cost already reaches `bound`.
      const runCost = (piece: Piece, first: number, last: number, bound: number): number => {
        const a = available[first]!
        const b = available[last]!
        const home = homes.get(piece)!
        const centre = (this.boundaries[a]! + this.boundaries[b + 1]!) / 2
        const own = Math.abs(centreOf(piece) - centre) + (home < a || home > b ? this.pitch * 4 : 0)
        return own >= bound ? own : own + solve(under(piece.order, a, b), a, b).cost
      }
      const count = pieces.length
      const room = available.length
      let plan: Plan
      if (room < count) {
        plan = {cost: this.pitch * 8 * count, runs: undefined}
      } else {
        // best[i][e]: least cost of the first i headers over the first e columns (leaving
        // a column for each header after them; the last ends at the last column); back:
        // where the i-th starts.
        const best = Array.from({length: count + 1}, () => Array<number>(room + 1).fill(Infinity))
        const back = Array.from({length: count + 1}, () => Array<number>(room + 1).fill(0))
        best[0]![0] = 0
        for (let index = 1; index <= count; index++) {
          const lastEnd = room - (count - index)
          for (let end = index === count ? room : index; end <= lastEnd; end++) {
            for (let start = index - 1; start < end; start++) {
              const before = best[index - 1]![start]!
              if (before === Infinity) continue
              const total = before + runCost(pieces[index - 1]!, start, end - 1, best[index]![end]! - before)
              if (total < best[index]![end]!) {
                best[index]![end] = total
                back[index]![end] = start
              }
            }
          }
        }
        const runs: Array<readonly [number, number]> = Array(count)
        let end = room
        for (let index = count; index > 0; index--) {
          const start = back[index]![end]!
          runs[index - 1] = [available[start]!, available[end - 1]!]
          end = start
        }
        plan = {cost: best[count]![room]!, runs}
      }
      plans.set(key, plan)
      return plan
    }
    const spans: Array<Span> = []
    const place = (pieces: ReadonlyArray<Piece>, from: number, to: number, depth: number): void => {
      const plan = solve(pieces, from, to)
      pieces.forEach((piece, index) => {
        const run = plan.runs?.[index]
        if (!run) {
          spans.push({piece, first: homes.get(piece)!, last: homes.get(piece)!, depth})
          return
        }
        spans.push({piece, first: run[0], last: run[1], depth})
        place(under(piece.order, run[0], run[1]), run[0], run[1], depth + 1)
      })
    }
    const topOrder = minimum(spanning.map((piece) => piece.order))
    place(spanning.filter((piece) => piece.order === topOrder).sort((a, b) => a.nx - b.nx), 0, this.count - 1, 0)
    return spans
  }

  // --- Labels and rows ------------------------------------------------------------------

  /**
   * Label columns from where label fragments start: starts within two columns of each
   * other (and four of the first) are one column, as converters shift a label by a
   * column or two when its neighbour is long. A column only fragments set one space
   * after another label start is no column: the label held a space (`行政 处罚`) and
   * its two halves are one fragment again.
   */
  private findLabelColumns(): void {
    const entries = this.content
      .filter((line) => !line.header)
      .flatMap((line) => line.labels.map((piece) => ({start: Math.round(piece.lx), piece, line})))
      .sort((a, b) => a.start - b.start)
    const clusters: Array<typeof entries> = []
    for (const entry of entries) {
      const cluster = clusters.at(-1)
      if (cluster && entry.start - cluster.at(-1)!.start <= 2 && entry.start - cluster[0]!.start <= 4) cluster.push(entry)
      else clusters.push([entry])
    }
    const columns = clusters.filter((cluster) => {
      const halves = cluster.map(({piece, line}) => ({piece, line, before: spacedBefore(line.labels, piece, line)}))
      if (!halves.every((half) => half.before !== undefined)) return true
      for (const {piece, line, before} of halves) joinLabelHalves(line, before!, piece)
      return false
    })
    this.labelStarts = columns.map((cluster) => mode(cluster.map((entry) => entry.start)))
  }

  private labelColumnOf(x: number): number {
    let best = 0
    this.labelStarts.forEach((start, index) => {
      if (Math.abs(start - x) < Math.abs(this.labelStarts[best]! - x)) best = index
    })
    return best
  }

  private dataRows(): Array<RowSpec> {
    const labelColumns = this.labelStarts.length
    const body = this.content.filter((line) => !line.header)
    // Label column of every label fragment, increasing along a line.
    const columnOf = new Map<Piece, number>()
    for (const line of body) {
      let previous = -1
      for (const piece of [...line.labels].sort((a, b) => a.lx - b.lx)) {
        let column = this.labelColumnOf(piece.lx)
        if (column <= previous) column = Math.min(labelColumns - 1, previous + 1)
        columnOf.set(piece, column)
        previous = column
      }
    }
    const deepest = new Map<ContentLine, Piece>()
    for (const line of body) {
      if (line.kind !== 'data' || line.labels.length === 0) continue
      deepest.set(line, line.labels.reduce((a, b) => (columnOf.get(b)! > columnOf.get(a)! ? b : a)))
    }

    // Label cells, column by column: a fragment continues the label above it in its
    // column unless it starts with a row number, or the label above does not fill its
    // column (it did not wrap), or the two sit on lines whose numbers clash. How wide a
    // full label is: for a label with a deeper label beside it, as wide as such labels
    // get; for one running into the next column, as wide as those; else as the widest.
    const tolerance = this.metric === 'char' ? 2 : 4
    const bounded = (piece: Piece) =>
      this.content[piece.order]!.labels.some((other) => columnOf.get(other)! > columnOf.get(piece)!)
    const wide = (piece: Piece) => {
      const next = this.labelStarts[columnOf.get(piece)! + 1]
      return next !== undefined && piece.lx + piece.printed > next + 2
    }
    const widest = {bounded: Array<number>(labelColumns).fill(0), wide: Array<number>(labelColumns).fill(0), open: Array<number>(labelColumns).fill(0)}
    for (const [piece, column] of columnOf) {
      const kind = bounded(piece) ? 'bounded' : wide(piece) ? 'wide' : 'open'
      widest[kind][column] = Math.max(widest[kind][column]!, piece.printed)
    }
    const full = (piece: Piece) => {
      const column = columnOf.get(piece)!
      const width = bounded(piece)
        ? widest.bounded[column]!
        : wide(piece)
          ? widest.wide[column]!
          : widest.bounded[column]! || widest.open[column]!
      return piece.printed >= width - tolerance
    }
    const chainOf = new Map<Piece, Chain>()
    const chains: Array<Chain> = []
    for (let column = 0; column < labelColumns; column++) {
      let current: Chain | undefined
      for (const line of body) {
        for (const piece of line.labels) {
          if (columnOf.get(piece) !== column) continue
          const anchor = deepest.get(line) === piece
          if (!current || !this.continues(current, piece, line, anchor, full)) {
            current = {column, pieces: [], anchors: []}
            chains.push(current)
          }
          current.pieces.push(piece)
          if (anchor) current.anchors.push(line)
          chainOf.set(piece, current)
        }
      }
    }
    const firstOf = (chain: Chain) => chain.pieces[0]!.order
    const lastOf = (chain: Chain) => chain.pieces.at(-1)!.order
    const ownsValues = (chain: Chain) => chain.pieces.some((piece) => this.content[piece.order]!.kind === 'data')
    // A label that neither holds a piece on a line nor wraps around it only stands beside it.
    const besideOnly = (chain: Chain, line: ContentLine) => firstOf(chain) > line.order || lastOf(chain) < line.order
    // A label wrapped around a line of numbers below its first piece is that line's
    // (`2.其他法律行政法规禁止` / numbers / `公开`), not the label of numbers above it
    // that could not join them (a total set apart above its row can).
    const dataLines = body.filter((line) => line.kind === 'data')
    const wrapsDataOtherThan = (chain: Chain, above: ContentLine) => {
      if (chain.pieces.length < 2) return false
      for (let index = firstPast(dataLines, firstOf(chain), (line) => line.order); index < dataLines.length; index++) {
        const line = dataLines[index]!
        if (line.order >= lastOf(chain)) return false
        if (line.columns.some((column) => above.columns.includes(column))) return true
      }
      return false
    }
    // A label ending right above a line or starting right below it.
    const besideLine = (chain: Chain, line: ContentLine) => lastOf(chain) === line.order - 1 || firstOf(chain) === line.order + 1
    // A group label stands beside deeper labels on some of its lines, or wraps around
    // them (`三、本` / `3.补正后申请内容仍不明` / `年度办  283 …` / `确` / `理结果`: the
    // converter sets a centred group label's lines between the deeper rows' lines).
    const groupChains = new Map<Chain, boolean>()
    const isGroup = (chain: Chain) => {
      let group = groupChains.get(chain)
      if (group === undefined) {
        group = false
        for (let order = firstOf(chain); order <= lastOf(chain) && !group; order++) {
          group = this.content[order]!.labels.some((other) => columnOf.get(other)! > chain.column)
        }
        groupChains.set(chain, group)
      }
      return group
    }

    // Rows: the label of a line with numbers is the deepest label on the line or around
    // it (a label wrapped over the line, its numbers set between its halves); numbers of
    // one row split over several lines join when their columns do not clash.
    const rows: Array<DataRow> = []
    const rowOfChain = new Map<Chain, DataRow>()
    const newRow = (chain: Chain | undefined, line?: ContentLine): DataRow => {
      const orders = chain ? chain.pieces.map((piece) => piece.order) : []
      if (line) orders.push(line.order)
      const first = minimum(orders)
      const row: DataRow = {
        chain,
        lines: [],
        tokens: [],
        first,
        last: maximum(orders),
        depth: chain ? chain.column : Infinity,
        block: this.blockOf[first] ?? -1,
        cells: []
      }
      rows.push(row)
      if (chain) rowOfChain.set(chain, row)
      return row
    }
    const addLine = (row: DataRow, line: ContentLine) => {
      row.lines.push(line)
      append(row.tokens, line.values)
      row.first = Math.min(row.first, line.order)
      row.last = Math.max(row.last, line.order)
    }
    const clashes = (row: DataRow, line: ContentLine) => {
      const taken = new Set(row.lines.flatMap((item) => item.columns))
      return line.columns.some((column) => taken.has(column))
    }
    const contested = new Set<Chain>()
    // Whether most rows print a label on the line of their numbers: then a label that
    // ends short right above numbers ended there (in tables that set every label above
    // its numbers, as larger fonts do, it is theirs).
    const labelsOnNumberLines =
      dataLines.filter((line) => line.labels.some((piece) => !isGroup(chainOf.get(piece)!))).length * 2 > dataLines.length
    for (const line of body) {
      if (line.kind !== 'data') continue
      // Deepest first; a label starting right below (numbers set above their label)
      // counts when it has no numbers of its own; so does a label ending right above
      // whose lines hold no numbers (the rest of it, below its numbers, lost; where rows
      // print labels on their numbers' line, only if its last line fills its column: one
      // that ends short ended there, and numbers under it may be the next row's, their
      // label lost), unless the line holds a label as deep.
      // A piece of a group label (`年度办` between rows) is no label of the line's own.
      // So is a label with a deeper label wrapped around its line, on the lines right
      // above and below it (`年度办` of `三、本` / `年度办` / `理结果` cut off from its
      // other lines, between `3.补正后申请内容仍不明` and `确`; captions between rows,
      // with header lines between, wrap no row).
      const wrapping = chains.filter(
        (chain) =>
          chain.pieces.some((piece) => piece.order === line.order - 1) &&
          chain.pieces.some((piece) => piece.order === line.order + 1) &&
          !ownsValues(chain)
      )
      const own = line.labels.filter(
        (piece) => !isGroup(chainOf.get(piece)!) && !wrapping.some((chain) => chain.column > columnOf.get(piece)!)
      )
      const depth = maximum(own.map((piece) => columnOf.get(piece)!), -1)
      const candidates = chains
        .filter(
          (chain) =>
            // Only a label reaching to within a line of this one can be its label (its
            // pieces are in line order): the others are passed over without a look inside.
            firstOf(chain) <= line.order + 1 &&
            lastOf(chain) >= line.order - 1 &&
            (chain.pieces.some((piece) => piece.order === line.order) ||
              // Wrapped around the line, which holds no label of its own (captions
              // between rows, `第二十条第（五）项`, are no label of the rows they pass).
              (firstOf(chain) < line.order && lastOf(chain) > line.order && own.length === 0) ||
              (firstOf(chain) === line.order + 1 && !rowOfChain.has(chain) && own.length === 0 && !ownsValues(chain) && !wrapsDataOtherThan(chain, line)) ||
              (lastOf(chain) === line.order - 1 && !rowOfChain.has(chain) && chain.column > depth && !ownsValues(chain) && (!labelsOnNumberLines || full(chain.pieces.at(-1)!))))
        )
        .sort((a, b) => b.column - a.column || firstOf(a) - firstOf(b))
      const chain = candidates.find((candidate) => {
        const row = rowOfChain.get(candidate)
        return !row || !clashes(row, line)
      })
      // A label ending right above and one starting right below, neither with numbers of
      // its own: whose numbers these are cannot be told.
      // So are a label taken from beside the line and one as deep on its other side that
      // nothing took, whatever else the line holds (a piece of a group label not told as one).
      const rivals = chain && besideOnly(chain, line)
        ? chains.filter(
            (other) =>
              other !== chain &&
              besideOnly(other, line) &&
              !wrapsDataOtherThan(other, line) &&
              (other.column === chain.column
                ? candidates.includes(other) || (besideLine(other, line) && !rowOfChain.has(other) && !ownsValues(other))
                : // A shallower row label on the other side (`（二）部分公开…` ending above,
                  // `1.属于国家秘密` starting below) is as near: no group, no rival of its depth.
                  candidates.includes(other) && !isGroup(other) && firstOf(other) > line.order !== firstOf(chain) > line.order)
          )
        : []
      // A label one line was torn over is no surer for the numbers on its other side.
      const torn = rivals.length > 0 || (chain !== undefined && contested.has(chain) && besideOnly(chain, line))
      if (rivals.length > 0) {
        contested.add(chain!)
        for (const other of rivals) contested.add(other)
      }
      if (torn) {
        addLine(newRow(undefined, line), line)
        continue
      }
      if (chain) {
        addLine(rowOfChain.get(chain) ?? newRow(chain, line), line)
        continue
      }
      const previous = rows.find((row) => row.lines.some((item) => item.order === line.order - 1))
      if (previous && !clashes(previous, line)) {
        if (this.fitsRowBelow(line)) {
          addLine(newRow(undefined, line), line)
          continue
        }
        addLine(previous, line)
        continue
      }
      // Numbers set on the line above their label (top-aligned cells).
      const next = this.content[line.order + 1]
      const below = next && !next.header && next.values.length < this.count
        ? chains
            .filter((candidate) => candidate.pieces.some((piece) => piece.order === next.order))
            .sort((a, b) => b.column - a.column)[0]
        : undefined
      if (below && !rowOfChain.has(below) && !ownsValues(below) && !wrapsDataOtherThan(below, line)) {
        addLine(newRow(below, line), line)
        continue
      }
      addLine(newRow(undefined, line), line)
    }

    // Labels without numbers: group labels beside deeper rows, or rows left blank.
    const anchored = [...rows].sort((a, b) => a.first - b.first)
    const groups: Array<Chain> = []
    for (const chain of chains) {
      if (rowOfChain.has(chain)) continue
      const first = firstOf(chain)
      const last = lastOf(chain)
      let near = anchored.filter((row) => row.last >= first && row.first <= last)
      if (near.length === 0) {
        const above = anchored.filter((row) => row.last < first).at(-1)
        const below = anchored.find((row) => row.first > last)
        near = [above, below].filter((row) => row !== undefined)
      }
      // Beside rows with deeper labels; rows whose label is unknown tell nothing (a row
      // label next to numbers it could not be given is no group over them).
      const labelled = near.filter((row) => row.chain !== undefined)
      if (labelled.length > 0 && labelled.every((row) => row.depth > chain.column)) groups.push(chain)
      else newRow(chain)
    }
    // A few numbers on a line of their own, with no label and joining no row (a page
    // number, a stray line), are no row.
    const isRow = (row: DataRow) => row.chain !== undefined || row.tokens.some((piece) => !piece.value) || row.tokens.length * 2 >= this.count
    this.joinSums(rows.filter((row) => !isRow(row)), rows, addLine)
    this.distrustBesideStrays(rows.filter((row) => !isRow(row) && row.tokens.length > 0), rows)
    const unread = this.leaveOutDistrusted(rows)
    rows.sort((a, b) => a.first - b.first)
    const placed = rows.filter(isRow)

    for (const row of placed) {
      if (row.chain) {
        row.cells.push({
          value: joinText(row.chain.pieces),
          column: row.chain.column,
          colSpan: labelColumns - row.chain.column,
          rowSpan: 1,
          position: positionOf(row.chain.pieces)
        })
      }
      const glued = this.leaveOutGlued(row)
      const dropped = this.leaveOutUnplaceable(row) || this.settleDoubts(row) || glued
      append(row.cells, this.valueCells(row.tokens, labelColumns, !dropped && !unread.has(row)))
    }
    this.placeGroups(groups, placed)
    return placed.map((row) => ({order: row.first, cells: row.cells}))
  }

  /**
   * Whether the numbers of a line without a label, under a row they could complete, could
   * as well complete the row right below: a data line next, with a label of its own and
   * those columns free. A total on a line of its own between two such rows is either's
   * (set under its row, or above it when the cells are top-aligned): neither gets it.
   */
  private fitsRowBelow(line: ContentLine): boolean {
    const next = this.content[line.order + 1]
    if (!next || next.header || next.kind !== 'data' || next.segment !== line.segment) return false
    if (next.values.length + line.values.length > this.count) return false
    // Columns of a line whose numbers are in doubt tell nothing.
    return next.doubts.size > 0 || !line.columns.some((column) => next.columns.includes(column))
  }

  /**
   * Leaves the distrusted numbers out of their rows, so that their cells end up null, named
   * by a diagnostic; such a row keeps no blank cells. Returns the rows that lost any.
   */
  /**
   * A number alone on its line, next to a row it could complete (a 总计 set on a line of
   * its own above or below its row, which joins neither by place), joins the one row whose
   * other numbers it is the sum of: what the template's own check says, not a guess. The
   * numbers it is added to are whole numbers, three or more, and its column is free there.
   */
  private joinSums(strays: ReadonlyArray<DataRow>, rows: ReadonlyArray<DataRow>, join: (row: DataRow, line: ContentLine) => void): void {
    for (const stray of strays) {
      if (stray.lines.length !== 1 || stray.tokens.length !== 1) continue
      const [total] = stray.tokens
      if (!total!.value || !digitsOnly.test(total!.text)) continue
      const line = stray.lines[0]!
      const sums = rows.filter((row) => {
        if (row === stray || row.tokens.length === 0 || (row.first !== line.order + 1 && row.last !== line.order - 1)) return false
        const parts = row.tokens.filter((piece) => piece.value)
        if (parts.length < 3 || parts.some((piece) => !digitsOnly.test(piece.text))) return false
        if (row.lines.some((item) => item.columns.some((column) => line.columns.includes(column)))) return false
        let sum = 0
        for (const piece of parts) sum += readNumber(piece.text, 'count').value ?? Number.NaN
        return sum === readNumber(total!.text, 'count').value
      })
      if (sums.length !== 1) continue
      join(sums[0]!, line)
      stray.tokens = []
      stray.lines = []
    }
  }

  /**
   * Digits left on a line of their own, in no row, may be the rest of a number of a row
   * near them, wrapped in its narrow cell where no join could find it (fonts larger than
   * the form's set a number's pieces two lines apart, around other rows' pieces:
   * `144` … `8` for 1448): the nearest numbers within two lines whose extents meet
   * theirs are not read whole for sure, so they are left out, their cells null.
   */
  private distrustBesideStrays(strays: ReadonlyArray<DataRow>, rows: ReadonlyArray<DataRow>): void {
    const meets = (a: Piece, b: Piece) => a.nx < b.nx + b.nwidth + 1 && b.nx < a.nx + a.nwidth + 1
    // Lines apart as printed (blank lines count: they part rows).
    const apart = (a: Piece, b: Piece) => Math.abs(a.line.line - b.line.line)
    const isDigits = (piece: Piece) => piece.value && digitsOnly.test(piece.text)
    // Numbers alone on their line, whichever row took them.
    const lone = rows.flatMap((row) => row.tokens.filter((piece) => isDigits(piece) && this.content[piece.order]!.pieces.length === 1))
    for (const stray of strays.flatMap((row) => row.tokens.filter(isDigits))) {
      // Two numbers alone on their lines, one over the other, are the halves of one number
      // (a total wrapped around its row): they tell of no other.
      if (lone.some((other) => other !== stray && apart(other, stray) <= 2 && meets(other, stray))) continue
      // The nearest numbers it meets, within two lines; a `0` is no number's head.
      const meeting = rows.flatMap((row) =>
        row.tokens.filter(
          (piece) =>
            piece !== stray &&
            piece.value &&
            apart(piece, stray) <= 2 &&
            meets(piece, stray) &&
            !(stray.line.line < piece.line.line && stray.text.startsWith('0'))
        )
      )
      const nearest = minimum(meeting.map((piece) => apart(piece, stray)))
      for (const piece of meeting) if (apart(piece, stray) === nearest) this.distrusted.add(piece)
    }
  }

  private leaveOutDistrusted(rows: ReadonlyArray<DataRow>): Set<DataRow> {
    const unread = new Set<DataRow>()
    if (this.distrusted.size === 0) return unread
    for (const row of rows) {
      const kept = row.tokens.filter((piece) => !this.distrusted.has(piece))
      if (kept.length === row.tokens.length) continue
      row.tokens = kept
      unread.add(row)
    }
    return unread
  }

  /** Whether a label fragment continues the label cell built so far in its column. */
  private continues(
    chain: Chain,
    piece: Piece,
    line: ContentLine,
    anchor: boolean,
    full: (piece: Piece) => boolean
  ): boolean {
    const last = chain.pieces.at(-1)!
    if (piece.numbered || !full(last)) return false
    const lastLine = this.content[last.order]!
    let distance = 0
    for (let order = last.order + 1; order < piece.order; order++) {
      const between = this.content[order]!
      // A header in between: a new sub-table, unless it is repeated on a new page.
      if (between.header) {
        if (lastLine.segment === line.segment) return false
        continue
      }
      if (++distance > 4) return false
    }
    if (anchor) {
      const taken = new Set(chain.anchors.flatMap((item) => item.columns))
      if (line.columns.some((column) => taken.has(column))) return false
    }
    return true
  }

  /**
   * Value cells of a row: values in order for a full row, else by their columns; with
   * `blanks`, an empty cell in each value column the row leaves blank.
   */
  private valueCells(tokens: ReadonlyArray<Piece>, labelColumns: number, blanks: boolean): Array<CellSpec> {
    const sorted = [...tokens].sort((a, b) => centreOf(a) - centreOf(b))
    const columns = this.assignColumns(sorted)
    const byColumn = new Map<number, Array<Piece>>()
    sorted.forEach((piece, index) => {
      const list = byColumn.get(columns[index]!) ?? []
      list.push(piece)
      byColumn.set(columns[index]!, list)
    })
    const cells: Array<CellSpec> = [...byColumn].map(([column, pieces]) => ({
      value: pieces.map((piece) => piece.text).join(' '),
      column: labelColumns + column,
      colSpan: 1,
      rowSpan: 1,
      position: positionOf(pieces)
    }))
    if (blanks && tokens.some((piece) => piece.value)) {
      for (let column = 0; column < this.count; column++) {
        if (!byColumn.has(column)) cells.push({value: '', column: labelColumns + column, colSpan: 1, rowSpan: 1, position: undefined})
      }
    }
    return cells
  }

  /**
   * Places group labels (`（三）不予公开`) in the first row they span, with their row
   * span: the rows beside them deeper than their column, shared among the groups of a
   * column at the rows numbered one, or else so that each group is centred on its rows.
   */
  private placeGroups(groups: ReadonlyArray<Chain>, rows: ReadonlyArray<DataRow>): void {
    const byRun = new Map<string, {from: number; to: number; column: number; groups: Array<Chain>}>()
    for (const group of groups) {
      const first = group.pieces[0]!.order
      const last = group.pieces.at(-1)!.order
      const middle = (first + last) / 2
      let nearest = -1
      let distance = Infinity
      rows.forEach((row, index) => {
        if (row.depth <= group.column) return
        const gap = middle < row.first ? row.first - middle : middle > row.last ? middle - row.last : 0
        if (gap < distance) {
          distance = gap
          nearest = index
        }
      })
      if (nearest === -1) continue
      let from = nearest
      let to = nearest
      while (from > 0 && rows[from - 1]!.depth > group.column && rows[from - 1]!.block === rows[from]!.block) from--
      while (to < rows.length - 1 && rows[to + 1]!.depth > group.column && rows[to + 1]!.block === rows[to]!.block) to++
      const key = group.column + ':' + from
      const run = byRun.get(key) ?? {from, to, column: group.column, groups: []}
      run.groups.push(group)
      byRun.set(key, run)
    }
    for (const run of byRun.values()) {
      const count = run.groups.length
      const members = rows.slice(run.from, run.to + 1)
      const restarts = members.flatMap((row, index) =>
        row.chain && firstNumber.test(row.chain.pieces[0]!.text) ? [index] : []
      )
      const centres = run.groups.map((group) => (group.pieces[0]!.order + group.pieces.at(-1)!.order) / 2)
      const spans = members.map((row): [number, number] => [row.first, row.last])
      const starts =
        count === 1 ? [0] : restarts.length >= count ? centredRuns(centres, spans, restarts) : centredRuns(centres, spans)
      run.groups.forEach((group, index) => {
        const start = starts[index]!
        const end = (starts[index + 1] ?? members.length) - 1
        const row = members[start]
        if (!row || end < start) return
        row.cells.push({
          value: joinText(group.pieces),
          column: group.column,
          colSpan: 1,
          rowSpan: end - start + 1,
          position: positionOf(group.pieces)
        })
      })
    }
  }
}

// --- Internal helpers -------------------------------------------------------------------

function toPiece(fragment: AlignedFragment, line: Line, order: number): Piece {
  return {
    order,
    line,
    text: fragment.text,
    from: fragment.from,
    to: fragment.to,
    endLine: line,
    endTo: fragment.to,
    fragment,
    value: fragment.value,
    numbered: fragment.numbered,
    x: fragment.charX,
    width: fragment.width,
    printed: fragment.length,
    nx: fragment.charX,
    nwidth: fragment.width,
    lx: fragment.charX
  }
}

/**
 * The label fragment a label was cut from at a single space (`行政 处罚`): the label
 * right before it on its line, one space apart, when the label itself bears no row number.
 */
function spacedBefore(labels: ReadonlyArray<Piece>, piece: Piece, line: ContentLine): Piece | undefined {
  if (piece.numbered) return undefined
  const text = line.aligned.line.text
  return labels.find((other) => other.line === piece.line && other.to + 1 === piece.from && text[other.to] === ' ')
}

/** Joins the right half of a label cut at a space back onto its left half. */
function joinLabelHalves(line: ContentLine, left: Piece, right: Piece): void {
  left.text = line.aligned.line.text.slice(left.from, right.to)
  left.to = right.to
  left.endTo = right.to
  left.printed = right.x + right.printed - left.x
  left.width = right.fragment.displayX + right.fragment.width - left.fragment.displayX
  left.nwidth = right.nx + right.nwidth - left.nx
  line.labels = line.labels.filter((piece) => piece !== right)
  line.pieces = line.pieces.filter((piece) => piece !== right)
}

/** How far `x` is from the nearest of `list`. */
function distanceToNearest(list: ReadonlyArray<number>, x: number): number {
  let least = Infinity
  for (const item of list) least = Math.min(least, Math.abs(item - x))
  return least
}

/**
 * How much a page's labels are scaled onto the reference page: `pdftotext` measures
 * every page from its own left edge, so the labels of a page on a wider grid stand
 * further right in proportion to where its numbers start.
 */
function labelStretch(valueStart: number, transform: {offset: number; scale: number}): number {
  const printedStart = transform.offset + transform.scale * valueStart
  const stretch = valueStart > 0 && printedStart > 0 ? valueStart / printedStart : 1
  // As for the transform itself, a stretch beyond half or double is a poor fit.
  return stretch >= 0.5 && stretch <= 2 ? stretch : 1
}

/** Most values on one line: the number of value columns (before gaps are filled). */
function valueCount(lines: ReadonlyArray<ContentLine>): number {
  return maximum(lines.map((line) => line.pieces.filter((piece) => piece.value).length), 0)
}

/**
 * The numbers of a line that stand where their columns are: not pushed one space apart
 * from another number (`1001 1002 1003`).
 */
function placedValues(line: ContentLine): ReadonlyArray<Piece> {
  // Asked for every metric and every grouping of the columns, once the numbers are joined.
  if (line.placed) return line.placed
  const values = line.pieces.filter((piece) => piece.value)
  const text = line.aligned.line.text
  const pushed = (left: Piece | undefined, right: Piece | undefined) =>
    left !== undefined && right !== undefined && right.from - left.to === 1 && text[left.to] === ' '
  line.placed = values.filter((piece, index) => !pushed(values[index - 1], piece) && !pushed(piece, values[index + 1]))
  return line.placed
}

/** Whether the numbers of a line are one space apart: pushed together, not where their columns are. */
function isPacked(line: ContentLine): boolean {
  if (line.packed === undefined) {
    const values = line.pieces.filter((piece) => piece.value)
    const text = line.aligned.line.text
    line.packed =
      values.length >= 2 &&
      values.every((piece, index) => index === 0 || (piece.from - values[index - 1]!.to === 1 && text[piece.from - 1] === ' '))
  }
  return line.packed
}

/**
 * The numbers of `above` that the digits `tails` continue, each tail paired with the
 * number it sits under; `undefined` unless `above` holds only numbers, all as wide (they
 * fill their cells), and every tail is shorter than its number.
 */
function wrappedPairs(above: ContentLine, tails: ReadonlyArray<Piece>): Array<[Piece, Piece]> | undefined {
  if (above.pieces.some((piece) => !piece.value || !digitsOnly.test(piece.text))) return undefined
  // Widths as printed: a full-width digit (`１` of `１` / `６`) fills a cell as two do.
  const width = above.pieces[0]!.fragment.width
  if (width < 2 || above.pieces.some((piece) => piece.fragment.width !== width)) return undefined
  // Heads that fill their cells wrap whatever is left, as wide as they are too (`10` / `54`)
  // once another tail shows the wrapping.
  const asWide = tails.some((piece) => piece.fragment.width < width)
  return alignedPairs(above.pieces, tails, asWide)
}

/**
 * Each of `tails` paired with a number of `heads` it sits right under and is shorter than
 * (or, with `asWide`, as wide as), or `undefined`.
 */
function alignedPairs(heads: ReadonlyArray<Piece>, tails: ReadonlyArray<Piece>, asWide = false): Array<[Piece, Piece]> | undefined {
  const used = new Set<Piece>()
  const pairs: Array<[Piece, Piece]> = []
  const fits = (tail: Piece, head: Piece) =>
    tail.fragment.width < head.fragment.width || (asWide && tail.fragment.width === head.fragment.width)
  for (const piece of tails) {
    const target = heads.find(
      (candidate) => !used.has(candidate) && fits(piece, candidate) && alignedUnder(candidate.fragment, piece.fragment)
    )
    if (!target) return undefined
    used.add(target)
    pairs.push([target, piece])
  }
  return pairs
}

/**
 * Whether a value closes a bracket it does not open (`29 件）`): the end of a note wrapped
 * from the line above (`55（含自然失效` / `29件）`), whose number is the note's, not the cell's.
 */
function closesOnly(text: string): boolean {
  return (text.match(/[)）]/gu)?.length ?? 0) > (text.match(/[(（]/gu)?.length ?? 0)
}

/** Columns a piece takes as printed on its own line (a head joined with its tail as it was). */
function printedLength(piece: Piece): number {
  return piece.fragment.length
}

/**
 * Whether digits are the tails of numbers on the lines above (`above`, nearest first):
 * shorter than those numbers (one number may fit the cell the row leaves on the line
 * above, among the tails of the others; more pieces than that: a row of its own, under a
 * total set apart); past a line of numbers that fit, all shorter than any number there
 * and more than one (a lone one under a total set apart is that total's, read as a split
 * number); not past the numbers of a row that leaves cells (the tail of a total set apart).
 */
function isTailOf(tails: ReadonlyArray<Piece>, above: ReadonlyArray<ReadonlyArray<Piece>>, count: number): boolean {
  const near = above[0]
  if (!near) return false
  const before = near.length < count ? (above[1] ?? []) : []
  const heads = [...near, ...before]
  const usual = median(heads.map(printedLength))
  const long = tails.filter((piece) => printedLength(piece) >= usual).length
  const fits = near.length < count && tails.length >= 3 ? 1 : 0
  if (tails.length > heads.length + fits || long > fits) return false
  const longest = maximum(tails.map(printedLength))
  if (before.length > 0 && (tails.length < 2 || longest >= minimum(heads.map(printedLength)))) return false
  // Pages have not been fitted yet: past them in either metric.
  return !(heads.length < count && tails.some((piece) => beyond(piece, heads)))
}

/**
 * Whether digits are the first pieces of numbers on the line below (`below`, nearest
 * first): no more of them than numbers there, each shorter than those numbers (a total set
 * apart above its row is as long as its parts at least), not past a row that leaves cells.
 */
function isHeadOf(heads: ReadonlyArray<Piece>, below: ReadonlyArray<ReadonlyArray<Piece>>, count: number): boolean {
  const row = below[0]
  if (!row || heads.length > row.length) return false
  const usual = median(row.map(printedLength))
  if (heads.some((piece) => printedLength(piece) >= usual)) return false
  return !(row.length < count && heads.some((piece) => beyond(piece, row)))
}

/** Whether a piece starts past the end of all of `others`, in code points or in display columns. */
function beyond(piece: Piece, others: ReadonlyArray<Piece>): boolean {
  const {charX, displayX} = piece.fragment
  return (
    others.every((other) => other.fragment.charX + other.fragment.length <= charX) ||
    others.every((other) => other.fragment.displayX + other.fragment.width <= displayX)
  )
}

/** Whether a piece shares a printed column with any of `others` (in code points). */
function overlapsAny(piece: Piece, others: ReadonlyArray<Piece>): boolean {
  const from = piece.fragment.charX
  const to = from + piece.fragment.length
  return others.some((other) => other.fragment.charX < to && from < other.fragment.charX + other.fragment.length)
}

/** Whether a wrapped piece of number sits right under a number of the line above. */
function alignedUnder(above: AlignedFragment, below: AlignedFragment): boolean {
  return (
    Math.abs(above.charX - below.charX) <= 1 ||
    Math.abs(above.displayX - below.displayX) <= 1 ||
    Math.abs(above.charX + above.length - below.charX - below.length) <= 1 ||
    Math.abs(above.displayX + above.width - below.displayX - below.width) <= 1
  )
}

/**
 * Columns for sorted positions, in order, at least distance in total (positions fewer
 * than columns; extra positions go to their nearest column).
 */
function monotoneAssign(positions: ReadonlyArray<number>, columns: ReadonlyArray<number>): Array<number> {
  const count = columns.length
  if (positions.length >= count) {
    if (positions.length === count) return positions.map((_, index) => index)
    const sorted = inOrder(columns)
    return positions.map((position) => nearestColumn(columns, position, sorted))
  }
  if (positions.length * count > 1_000_000) {
    // More than any table holds: nearest columns, pushed apart to keep their order.
    const sorted = inOrder(columns)
    const result = positions.map((position) => nearestColumn(columns, position, sorted))
    for (let index = 0; index < result.length; index++) {
      result[index] = Math.min(Math.max(result[index]!, index === 0 ? 0 : result[index - 1]! + 1), count - positions.length + index)
    }
    return result
  }
  // best[i][j]: least cost of placing the first i positions in the first j columns.
  const best: Array<Array<number>> = Array.from({length: positions.length + 1}, () => Array<number>(count + 1).fill(Infinity))
  for (let column = 0; column <= count; column++) best[0]![column] = 0
  for (let index = 1; index <= positions.length; index++) {
    for (let column = index; column <= count; column++) {
      const skip = best[index]![column - 1]!
      const take = best[index - 1]![column - 1]! + Math.abs(positions[index - 1]! - columns[column - 1]!)
      best[index]![column] = Math.min(skip, take)
    }
  }
  const result: Array<number> = Array<number>(positions.length).fill(0)
  let column = count
  for (let index = positions.length; index > 0; index--) {
    while (column > index && best[index]![column - 1]! <= best[index]![column]!) column--
    result[index - 1] = column - 1
    column--
  }
  return result
}

/**
 * The cell of a position for cell edges `bounds` (`count + 1` of them): the last cell from
 * 1 on whose left edge is at or before it, else 0; found by halving on the least edge of
 * each cell and those after it (never decreasing, whatever the edges).
 */
function cellFinder(bounds: ReadonlyArray<number>): (x: number) => number {
  const count = bounds.length - 1
  const leastAfter: Array<number> = Array<number>(Math.max(0, count))
  let least = Infinity
  for (let column = count - 1; column >= 0; column--) {
    least = Math.min(least, column === 0 ? -Infinity : bounds[column]!)
    leastAfter[column] = least
  }
  return (x) => {
    let low = 0
    let high = Math.max(0, count - 1)
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (leastAfter[middle]! <= x) low = middle
      else high = middle - 1
    }
    return low
  }
}

function inOrder(list: ReadonlyArray<number>): boolean {
  for (let index = 1; index < list.length; index++) if (list[index]! < list[index - 1]!) return false
  return true
}

/** Index of the column nearest to a position (the first of equally near ones); halving when the columns are in order. */
function nearestColumn(columns: ReadonlyArray<number>, position: number, sorted: boolean): number {
  if (columns.length === 0) return 0
  if (!sorted) {
    let best = 0
    columns.forEach((column, index) => {
      if (Math.abs(column - position) < Math.abs(columns[best]! - position)) best = index
    })
    return best
  }
  // First column at or after the position, and the one before it.
  let low = 0
  let high = columns.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (columns[middle]! < position) low = middle + 1
    else high = middle
  }
  let best = low === columns.length || (low > 0 && position - columns[low - 1]! <= columns[low]! - position) ? low - 1 : low
  while (best > 0 && columns[best - 1] === columns[best]) best--
  return best
}

/**
 * First columns of runs of consecutive values (in order, not overlapping), each run's
 * first value as near as can be to its column; runs that cannot fit are squeezed in order.
 */
function runAssign(runs: ReadonlyArray<{length: number; position: number}>, columns: ReadonlyArray<number>): Array<number> {
  const count = columns.length
  const total = runs.reduce((sum, run) => sum + run.length, 0)
  if (total > count) {
    let next = 0
    return runs.map((run) => {
      const start = Math.min(next, Math.max(0, count - run.length))
      next = start + run.length
      return start
    })
  }
  // best[i][c]: least cost of the first i runs, ending before column c.
  const best: Array<Array<number>> = Array.from({length: runs.length + 1}, () => Array<number>(count + 1).fill(Infinity))
  const choice: Array<Array<number>> = Array.from({length: runs.length + 1}, () => Array<number>(count + 1).fill(-1))
  best[0]!.fill(0)
  for (let index = 1; index <= runs.length; index++) {
    const run = runs[index - 1]!
    for (let end = run.length; end <= count; end++) {
      const keep = best[index]![end - 1] ?? Infinity
      const start = end - run.length
      const take = best[index - 1]![start]! + Math.abs(run.position - columns[start]!)
      if (take < keep) {
        best[index]![end] = take
        choice[index]![end] = start
      } else {
        best[index]![end] = keep
        choice[index]![end] = choice[index]![end - 1]!
      }
    }
  }
  const starts: Array<number> = Array<number>(runs.length).fill(0)
  let end = count
  for (let index = runs.length; index > 0; index--) {
    const start = choice[index]![end]!
    starts[index - 1] = start
    end = start
  }
  return starts
}

/**
 * Numbers of one page grouped into columns by the edge they line up on (left, right or
 * centre, whichever gives the fewest groups): sorted edges at most one column apart are
 * one group. `conflicts` counts numbers of one line put in the same group; `centres`
 * (asked for with `withCentres`) are the groups' middles.
 */
function clusterValues(
  lines: ReadonlyArray<ContentLine>,
  metric: Metric,
  withCentres = false
): {count: number; conflicts: number; centres: Array<number>} {
  const starts: Array<number> = []
  const ends: Array<number> = []
  const owners: Array<number> = []
  let widest = 0
  for (let index = 0; index < lines.length; index++) {
    for (const piece of placedValues(lines[index]!)) {
      const fragment = piece.fragment
      const start = metric === 'char' ? fragment.charX : fragment.displayX
      starts.push(start)
      ends.push(start + fragment.width)
      owners.push(index)
      widest = Math.max(widest, start + fragment.width)
    }
  }
  const size = starts.length
  // Positions are whole columns: the items are sorted by twice their edge into buckets.
  const slots = 2 * widest + 3
  const head = new Int32Array(slots)
  const next = new Int32Array(size)
  const lastGroup = new Int32Array(lines.length)
  const edges = ['right', 'left', 'centre'] as const
  const scan = (edge: (typeof edges)[number], groups?: Array<Array<number>>) => {
    head.fill(-1)
    for (let index = size - 1; index >= 0; index--) {
      const slot = edge === 'right' ? 2 * ends[index]! : edge === 'left' ? 2 * starts[index]! : starts[index]! + ends[index]!
      next[index] = head[slot]!
      head[slot] = index
    }
    lastGroup.fill(0)
    let count = 0
    let conflicts = 0
    let spread = 0
    let first = 0
    let previous = -Infinity
    for (let slot = 0; slot < slots; slot++) {
      if (head[slot] === -1) continue
      if (slot - previous > 2) {
        if (count > 0) spread += (previous - first) / 2
        count++
        first = slot
        groups?.push([])
      }
      previous = slot
      for (let item = head[slot]!; item !== -1; item = next[item]!) {
        if (lastGroup[owners[item]!] === count) conflicts++
        lastGroup[owners[item]!] = count
        groups?.at(-1)!.push(item)
      }
    }
    if (count > 0) spread += (previous - first) / 2
    return {count, conflicts, spread}
  }
  let best: {count: number; conflicts: number; spread: number; edge: (typeof edges)[number]} | undefined
  for (const edge of edges) {
    const result = scan(edge)
    const cost = result.count + result.conflicts
    if (!best || cost < best.count + best.conflicts || (cost === best.count + best.conflicts && result.spread < best.spread)) {
      best = {...result, edge}
    }
  }
  if (!best) return {count: 0, conflicts: 0, centres: []}
  const centres: Array<number> = []
  if (withCentres) {
    const groups: Array<Array<number>> = []
    scan(best.edge, groups)
    for (const group of groups) {
      centres.push((median(group.map((item) => starts[item]!)) + median(group.map((item) => ends[item]!))) / 2)
    }
  }
  return {count: best.count, conflicts: best.conflicts, centres}
}

/**
 * Value columns of one page: numbers whose extents overlap or touch, across lines, are
 * in one column (left-, right- or centre-aligned numbers of a column all overlap).
 * `conflicts` counts numbers of one line put in the same column.
 */
function overlapColumns(
  lines: ReadonlyArray<ContentLine>,
  metric: Metric
): {clusters: Array<{start: number; end: number}>; conflicts: number} {
  const items: Array<{start: number; end: number; line: number}> = []
  for (const line of lines) {
    for (const piece of placedValues(line)) {
      const fragment = piece.fragment
      const start = metric === 'char' ? fragment.charX : fragment.displayX
      items.push({start, end: start + fragment.width, line: line.order})
    }
  }
  items.sort((a, b) => a.start - b.start)
  const clusters: Array<{start: number; end: number}> = []
  let conflicts = 0
  let from = 0
  let reach = -Infinity
  for (let index = 0; index <= items.length; index++) {
    const item = items[index]
    if (item && (index === from || item.start <= reach)) {
      reach = Math.max(reach, item.end)
      continue
    }
    const group = items.slice(from, index)
    conflicts += group.length - new Set(group.map((entry) => entry.line)).size
    clusters.push({start: median(group.map((entry) => entry.start)), end: median(group.map((entry) => entry.end))})
    from = index
    reach = item ? item.end : reach
  }
  return {clusters: items.length > 0 ? clusters : [], conflicts}
}

/** The largest of numbers (`initial` when none is larger), without spreading a long list into arguments. */
function maximum(list: Iterable<number>, initial = -Infinity): number {
  let result = initial
  for (const value of list) if (value > result) result = value
  return result
}

/** The smallest of numbers (`initial` when none is smaller). */
function minimum(list: Iterable<number>, initial = Infinity): number {
  let result = initial
  for (const value of list) if (value < result) result = value
  return result
}

/** Appends items one by one (a spread of a long list overflows the stack). */
function append<T>(target: Array<T>, items: Iterable<T>): void {
  for (const item of items) target.push(item)
}

/** Index of the first item whose `key` is past `x`, in a list ordered by `key`, by halving. */
function firstPast<T>(list: ReadonlyArray<T>, x: number, key: (item: T) => number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(list[middle]!) > x) high = middle
    else low = middle + 1
  }
  return low
}

function centreOf(piece: Piece): number {
  return piece.nx + piece.nwidth / 2
}

function median(list: ReadonlyArray<number>): number {
  if (list.length === 0) return 0
  if (list.length === 1) return list[0]!
  // A typed array sorts numbers without calling a comparator.
  const sorted = Float64Array.from(list).sort()
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Mean absolute deviation from the median. */
function deviation(list: ReadonlyArray<number>): number {
  return list.length < 2 ? 0 : deviationFrom(list, median(list))
}

/** Mean distance of `list` from its median `centre`, already known (0 for fewer than two). */
function deviationFrom(list: ReadonlyArray<number>, centre: number): number {
  if (list.length < 2) return 0
  let total = 0
  for (const value of list) total += Math.abs(value - centre)
  return total / list.length
}

function mode(list: ReadonlyArray<number>): number {
  const counts = new Map<number, number>()
  for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best = list[0] ?? 0
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value
  return best
}

/** Least-squares `y = offset + scale × x`, when the points tell it and the scale is plausible. */
function fitLine(pairs: ReadonlyArray<[number, number]>): {offset: number; scale: number} | undefined {
  if (pairs.length < 2) return undefined
  const meanX = pairs.reduce((sum, [x]) => sum + x, 0) / pairs.length
  const meanY = pairs.reduce((sum, [, y]) => sum + y, 0) / pairs.length
  let covariance = 0
  let variance = 0
  for (const [x, y] of pairs) {
    covariance += (x - meanX) * (y - meanY)
    variance += (x - meanX) ** 2
  }
  if (variance === 0) return undefined
  const scale = covariance / variance
  if (scale < 0.5 || scale > 2) return undefined
  return {offset: meanY - scale * meanX, scale}
}

/**
 * Splits consecutive rows (`[first, last]` line spans) into as many runs as there are
 * centres, each run's middle as close as can be to its centre; returns the first row of
 * each run. With `candidates` (rows numbered one), runs start only there and rows before
 * the first run belong to none (their group is on an earlier page); without, the runs
 * cover all rows.
 */
function centredRuns(
  centres: ReadonlyArray<number>,
  rows: ReadonlyArray<[number, number]>,
  candidates?: ReadonlyArray<number>
): Array<number> {
  const count = centres.length
  const size = rows.length
  const allowed = new Set(candidates ?? rows.map((_, index) => index))
  // best[i][s]: least cost of the first i runs, the i-th starting at row s.
  const best: Array<Array<number>> = Array.from({length: count + 1}, () => Array<number>(size + 1).fill(Infinity))
  const choice: Array<Array<number>> = Array.from({length: count + 1}, () => Array<number>(size + 1).fill(-1))
  const cost = (index: number, start: number, end: number) =>
    Math.abs((rows[start]![0] + rows[end - 1]![1]) / 2 - centres[index]!)
  for (let start = 0; start < size; start++) {
    if (!allowed.has(start) || (!candidates && start !== 0)) continue
    best[1]![start] = 0
  }
  // Cost of a run is known when the next run starts; the last run ends at the last row.
  for (let index = 2; index <= count; index++) {
    for (let start = 0; start < size; start++) {
      if (!allowed.has(start)) continue
      for (let previous = 0; previous < start; previous++) {
        const before = best[index - 1]![previous]!
        if (before === Infinity) continue
        const total = before + cost(index - 2, previous, start)
        if (total < best[index]![start]!) {
          best[index]![start] = total
          choice[index]![start] = previous
        }
      }
    }
  }
  let last = -1
  let lastCost = Infinity
  for (let start = 0; start < size; start++) {
    const total = best[count]![start]! + cost(count - 1, start, size)
    if (total < lastCost) {
      lastCost = total
      last = start
    }
  }
  if (last === -1) return centres.map((_, index) => Math.min(index, size - 1))
  const starts: Array<number> = Array<number>(count).fill(0)
  for (let index = count; index > 0; index--) {
    starts[index - 1] = last
    last = choice[index]![last]!
  }
  return starts
}

/** Text of pieces in reading order: lines joined without a space, except between Latin words. */
function joinText(pieces: ReadonlyArray<Piece>): string {
  const sorted = [...pieces].sort((a, b) => a.order - b.order || a.nx - b.nx)
  let text = ''
  for (const piece of sorted) {
    if (text !== '' && latin.test(text.at(-1)!) && latin.test(piece.text.charAt(0))) text += ' '
    text += piece.text
  }
  return text
}

/** Where pieces are: from the start of the first to the end of the last. */
function positionOf(pieces: ReadonlyArray<Piece>): Position | undefined {
  if (pieces.length === 0) return undefined
  let start: Point | undefined
  let end: Point | undefined
  for (const piece of pieces) {
    const head = linePosition(piece.line, piece.from, piece.to).start
    const tail = linePosition(piece.endLine, piece.endTo, piece.endTo).end
    if (!start || (head.offset ?? 0) < (start.offset ?? 0)) start = head
    if (!end || (tail.offset ?? 0) > (end.offset ?? 0)) end = tail
  }
  return {start: start!, end: end!}
}

function spanOf(positions: ReadonlyArray<Position | undefined>): Position | undefined {
  let start: Point | undefined
  let end: Point | undefined
  for (const position of positions) {
    if (!position) continue
    if (!start || (position.start.offset ?? 0) < (start.offset ?? 0)) start = position.start
    if (!end || (position.end.offset ?? 0) > (end.offset ?? 0)) end = position.end
  }
  return start && end ? {start, end} : undefined
}
