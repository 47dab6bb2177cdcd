import type {Point, Position} from '@xxgk/schema'
import {GridBuilder} from './grid.js'
import {readAlignedLine, type AlignedFragment, type AlignedLine} from './detect-space-aligned.js'
import {linePosition, type Line} from '../text/lines.js'
import type {Table} from '../types.js'

/**
 * Layout “space-aligned” (`pdftotext -layout`, fixed-width exports): columns padded
 * with spaces, numbers aligned in their column, labels and headers wrapped over several
 * lines inside their column, merged labels (`三、本年度办理结果`) centred across the rows
 * they span, and page breaks (blank lines, form feeds, page numbers, a repeated header)
 * anywhere in the table.
 *
 * Columns come from geometry: the value columns from the lines that hold a number in
 * every column, the label columns from where labels start. Positions are read in code
 * points (what `pdftotext` counts) or in display columns (CJK characters two wide),
 * whichever lines the numbers up better, and pages are rescaled onto one another, as
 * `pdftotext` lays out every page on its own character grid.
 *
 * Rows: a line with numbers anchors a row; the lines of its wrapped label above and
 * below join its label cell; numbers of one row split over two lines (the total on a
 * line of its own) join it when their columns do not clash. Lines without numbers
 * before the first row (and text over the value columns later, such as a header
 * repeated on a new page) are header rows, with spans worked out from how headers are
 * centred over their columns. Group labels become cells spanning the rows they stand
 * beside.
 *
 * @param lines the lines of one table, as `spaceAlignedTableEnd` delimits it.
 */
export function fromSpaceAligned(lines: ReadonlyArray<Line>): Table {
  return new SpaceAlignedReader(lines).read()
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

/** Lines that are only a bare number right before a form feed are page numbers. */
const bareNumber = /^\s*\d{1,4}\s*$/u
/** A label numbered one (`1.`, `（一）`, `一、`): the first row of a group. */
const firstNumber = /^(?:1[.、．]|[（(]一[）)]|一、)/u

class SpaceAlignedReader {
  private readonly content: Array<ContentLine> = []
  private metric: Metric = 'char'
  private count = 0
  private columns: Array<ValueColumn> = []
  private boundaries: Array<number> = []
  private pitch = 8
  private valueStart = 0
  private labelStarts: Array<number> = []
  /** Pages whose geometry was fitted from full rows or a repeated header (or the reference page). */
  private readonly trusted = new Set<number>()
  /** Header block index of each content line (blocks counted from 0 as they come). */
  private readonly blockOf: Array<number> = []

  constructor(private readonly lines: ReadonlyArray<Line>) {}

  read(): Table {
    const grid = new GridBuilder('space-aligned', true)
    this.collectLines()
    if (this.content.length === 0) return grid.table
    this.mergeWrappedNumbers()
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
    const aligned = this.lines.map((line) => readAlignedLine(line))
    let segment = 0
    let pendingBreak = false
    aligned.forEach((item, index) => {
      const seen = this.content.length > 0
      if (item.formFeed && seen) pendingBreak = true
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
        header: false
      })
    })
  }

  private isBarePageNumber(aligned: ReadonlyArray<AlignedLine>, index: number): boolean {
    if (!bareNumber.test(aligned[index]!.line.text)) return false
    for (let next = index + 1; next < aligned.length && next <= index + 4; next++) {
      if (aligned[next]!.formFeed) return true
      if (!aligned[next]!.blank) return false
    }
    return false
  }

  /**
   * A number too wide for its column wraps: `401` on one line, `1` under it (right under
   * it, or on the next line but one, the first line of the row's label in between). The
   * digits of a line continue the numbers of a line just above that holds only numbers,
   * all as wide (they fill their cells), when each is shorter than the number it sits
   * under.
   */
  private mergeWrappedNumbers(): void {
    const digits = /^\d+$/u
    for (let order = this.content.length - 1; order > 0; order--) {
      const below = this.content[order]!
      const tails = below.pieces.filter((piece) => piece.value)
      if (tails.length === 0 || tails.some((piece) => !digits.test(piece.text))) continue
      let above: ContentLine | undefined
      for (let back = order - 1; back >= Math.max(0, order - 2); back--) {
        const candidate = this.content[back]!
        if (candidate.segment !== below.segment) break
        if (candidate.pieces.some((piece) => piece.value)) {
          above = candidate
          break
        }
      }
      if (!above || above.pieces.some((piece) => !piece.value || !digits.test(piece.text))) continue
      const width = above.pieces[0]!.text.length
      if (width < 2 || above.pieces.some((piece) => piece.text.length !== width)) continue
      const used = new Set<Piece>()
      const pairs: Array<[Piece, Piece]> = []
      for (const piece of tails) {
        const target = above.pieces.find(
          (candidate) => !used.has(candidate) && piece.text.length < width && alignedUnder(candidate.fragment, piece.fragment)
        )
        if (!target) break
        used.add(target)
        pairs.push([target, piece])
      }
      if (pairs.length !== tails.length) continue
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
    blocks.forEach((block) => rows.push(...this.headerRows(block)))
    rows.push(...this.dataRows())
    return rows.sort((a, b) => a.order - b.order)
  }

  // --- Geometry -------------------------------------------------------------------------

  /**
   * Picks the metric (code points or display columns), the value columns, their
   * alignment, and how each page maps onto the reference page.
   */
  private chooseGeometry(): void {
    const full = this.content.filter((line) => line.pieces.filter((piece) => piece.value).length === this.count)
    const loose = full.filter((line) => !isPacked(line))
    const reference = loose.length > 0 ? loose : full
    const segments = new Map<number, number>()
    for (const line of reference) segments.set(line.segment, (segments.get(line.segment) ?? 0) + 1)
    let referenceSegment = reference[0]?.segment ?? 0
    for (const [segment, size] of segments) {
      if (size > (segments.get(referenceSegment) ?? 0)) referenceSegment = segment
    }
    const referenceLines = reference.filter((line) => line.segment === referenceSegment)

    this.metric = this.pickMetric(referenceLines)
    for (const line of this.content) {
      for (const piece of line.pieces) {
        piece.x = this.metric === 'char' ? piece.fragment.charX : piece.fragment.displayX
        piece.width = piece.fragment.width
        piece.printed = this.metric === 'char' ? piece.fragment.length : piece.fragment.width
      }
    }
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
    const steps = this.columns.slice(1).map((column, index) => column.centre - this.columns[index]!.centre)
    this.pitch = steps.length > 0 ? Math.max(2, median(steps)) : 8
    const indexOf = this.fillColumnGaps(steps)
    this.valueStart = Math.min(...referenceLines.map((line) => line.pieces.find((piece) => piece.value)!.x)) - 1

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
    for (const line of this.content) {
      const transform = transforms.get(line.segment) ?? {offset: 0, scale: 1}
      for (const piece of line.pieces) {
        piece.nx = (piece.x - transform.offset) / transform.scale
        piece.nwidth = piece.width / transform.scale
      }
    }
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
   * `pdftotext` places text by code points, other tools by display columns: the metric
   * in which the numbers of full rows line up best wins; when they line up equally (no
   * CJK text before them), the one in which the first header sits over the numbers.
   */
  private pickMetric(referenceLines: ReadonlyArray<ContentLine>): Metric {
    const spread = (metric: Metric) => {
      const xOf = (piece: Piece) => (metric === 'char' ? piece.fragment.charX : piece.fragment.displayX)
      const endOf = (piece: Piece) => xOf(piece) + (metric === 'char' ? piece.fragment.length : piece.fragment.width)
      const centres = Array.from({length: this.count}, (_, column) =>
        median(
          referenceLines.map((line) => {
            const piece = line.pieces.filter((item) => item.value)[column]!
            return (xOf(piece) + endOf(piece)) / 2
          })
        )
      )
      const starts: Array<Array<number>> = centres.map(() => [])
      const ends: Array<Array<number>> = centres.map(() => [])
      for (const line of this.content) {
        const values = line.pieces.filter((piece) => piece.value)
        if (values.length === 0) continue
        const columns = monotoneAssign(
          values.map((piece) => (xOf(piece) + endOf(piece)) / 2),
          centres
        )
        values.forEach((piece, index) => {
          starts[columns[index]!]!.push(xOf(piece))
          ends[columns[index]!]!.push(endOf(piece))
        })
      }
      return starts.reduce((total, list, column) => total + Math.min(deviation(list), deviation(ends[column]!)), 0)
    }
    const char = spread('char')
    const display = spread('display')
    if (Math.abs(char - display) >= 0.5) return char < display ? 'char' : 'display'
    const firstData = this.content.findIndex((line) => line.pieces.some((piece) => piece.value))
    const headers = this.content.slice(0, Math.max(0, firstData))
    const fit = (metric: Metric) => {
      const centres: Array<number> = []
      for (let column = 0; column < this.count; column++) {
        const list = referenceLines.map((line) => {
          const piece = line.pieces.filter((item) => item.value)[column]!
          return (metric === 'char' ? piece.fragment.charX : piece.fragment.displayX) + piece.fragment.width / 2
        })
        centres.push(median(list))
      }
      const left = Math.min(...centres) - this.pitch
      let cost = 0
      for (const line of headers) {
        for (const piece of line.pieces) {
          const centre = (metric === 'char' ? piece.fragment.charX : piece.fragment.displayX) + piece.fragment.width / 2
          if (centre < left) continue
          cost += Math.min(...centres.map((value) => Math.abs(value - centre)))
        }
      }
      return cost
    }
    return fit('display') < fit('char') ? 'display' : 'char'
  }

  /** Line kinds, values per line and their columns, value alignment and cell boundaries. */
  private classifyLines(): void {
    // Labels end before the values of their line. Text stands over the value columns when
    // it starts at the values, or after the widest label, or (a header wider than its
    // numbers) right of where labels start and past where most of them end.
    const labels = this.content.flatMap((line) => {
      const first = line.pieces.find((piece) => piece.value)
      return first ? line.pieces.filter((piece) => !piece.value && piece.x < first.x) : []
    })
    const labelEnd = Math.max(-Infinity, ...labels.map((piece) => piece.x + piece.printed))
    const lastStart = Math.max(-Infinity, ...labels.map((piece) => piece.x))
    const usualEnd = median(labels.map((piece) => piece.x + piece.printed))
    const overValues = (piece: Piece) =>
      piece.nx >= this.valueStart - 2 || piece.x > labelEnd || (piece.x > lastStart + 2 && piece.x >= usualEnd)
    for (const line of this.content) {
      for (const piece of line.pieces) {
        if (piece.value) line.values.push(piece)
        else if (overValues(piece)) line.heads.push(piece)
        else line.labels.push(piece)
      }
      if (line.values.length > 0) {
        line.values.push(...line.heads)
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
    const boundaries = this.boundariesFor(this.alignment())
    this.boundaries = boundaries
    // A lone text centred over the whole table rather than over its value columns is a
    // title row (`第二十条第（一）项` as printed across the form).
    const labelStarts = this.content.flatMap((line) => line.labels.map((piece) => piece.x))
    const left = Math.min(0, ...labelStarts)
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
      const medians = columns.filter((list) => list.length > 0).map((list) => median(list))
      const steps = medians.slice(1).map((value, index) => value - medians[index]!)
      return columns.reduce((total, list) => total + deviation(list), 0) + deviation(steps)
    }
    const modes: Array<Alignment> = ['left', 'right', 'centre']
    const scores = modes.map((mode) => score(lists[mode]))
    const best = Math.min(...scores)
    const tied = modes.filter((_, index) => scores[index]! <= best + 0.25)
    if (tied.length === 1) return tied[0]!
    // Numbers as wide as one another tell nothing: headers are centred in their cells.
    const firstData = this.content.findIndex((line) => line.kind === 'data')
    const heads = this.content.slice(0, Math.max(0, firstData)).flatMap((line) => line.heads)
    let choice = tied[0]!
    let least = Infinity
    for (const mode of tied) {
      const bounds = this.boundariesFor(mode)
      let cost = 0
      for (const piece of heads) {
        const centre = centreOf(piece)
        let nearest = Infinity
        for (let column = 0; column < this.count; column++) {
          nearest = Math.min(nearest, Math.abs(centre - (bounds[column]! + bounds[column + 1]!) / 2))
        }
        cost += nearest
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
    for (let column = this.count - 1; column > 0; column--) if (x >= this.boundaries[column]!) return column
    return 0
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
        let column = line.labels.includes(piece) ? this.labelColumnOf(piece.x) : labelColumns + this.cellOf(centreOf(piece))
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
    const height = Math.max(1, ...levels.map((cell) => cell.level + cell.rowSpan))
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
    rows.push(...levelRows.filter((row) => row.cells.length > 0))
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
    const topOrder = Math.min(...heads.map((piece) => piece.order))
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
    for (const [column, list] of leaves) leafTop.set(column, Math.min(...list.map((piece) => piece.order)))

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
      Math.max(-1, ...spans.filter((span) => column >= span.first && column <= span.last).map((span) => span.depth))
    for (const [column, list] of leaves) {
      list.sort((a, b) => a.order - b.order || a.nx - b.nx)
      cells.push({pieces: list, first: column, last: column, level: coverDepth(column) + 1, rowSpan: 1})
    }
    const height = Math.max(1, ...cells.map((cell) => cell.level + 1))
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
    type Solution = {cost: number; spans: Array<Span>}
    if (spanning.length === 0) return []
    const memo = new Map<string, Solution>()
    const under = (after: number, from: number, to: number): Array<Piece> => {
      const candidates = spanning.filter((piece) => {
        const home = homeOf(piece)
        return piece.order > after && home >= from && home <= to
      })
      if (candidates.length === 0) return []
      const order = Math.min(...candidates.map((piece) => piece.order))
      return candidates.filter((piece) => piece.order === order).sort((a, b) => a.nx - b.nx)
    }
    const solve = (pieces: ReadonlyArray<Piece>, from: number, to: number, depth: number): Solution => {
      if (pieces.length === 0) return {cost: 0, spans: []}
      const key = pieces.map((piece) => piece.order + '@' + piece.nx).join(',') + ':' + from + '-' + to
      const known = memo.get(key)
      if (known) return known
      const lineOrder = pieces[0]!.order
      const available: Array<number> = []
      for (let column = from; column <= to; column++) {
        const top = leafTop.get(column)
        if (top === undefined || top > lineOrder) available.push(column)
      }
      const runCost = (piece: Piece, first: number, last: number): Solution => {
        const a = available[first]!
        const b = available[last]!
        const home = homeOf(piece)
        const centre = (this.boundaries[a]! + this.boundaries[b + 1]!) / 2
        const own = Math.abs(centreOf(piece) - centre) + (home < a || home > b ? this.pitch * 4 : 0)
        const children = solve(under(piece.order, a, b), a, b, depth + 1)
        return {cost: own + children.cost, spans: [{piece, first: a, last: b, depth}, ...children.spans]}
      }
      const count = pieces.length
      const size = available.length
      let solution: Solution
      if (size < count) {
        solution = {
          cost: this.pitch * 8 * count,
          spans: pieces.map((piece) => ({piece, first: homeOf(piece), last: homeOf(piece), depth}))
        }
      } else {
        const best: Array<Array<Solution | undefined>> = Array.from({length: count + 1}, () => Array(size + 1).fill(undefined))
        best[0]![0] = {cost: 0, spans: []}
        for (let index = 1; index <= count; index++) {
          for (let end = index; end <= size; end++) {
            for (let start = index - 1; start < end; start++) {
              const before = best[index - 1]![start]
              if (!before) continue
              const run = runCost(pieces[index - 1]!, start, end - 1)
              const total = before.cost + run.cost
              if (!best[index]![end] || total < best[index]![end]!.cost) {
                best[index]![end] = {cost: total, spans: [...before.spans, ...run.spans]}
              }
            }
          }
        }
        solution = best[count]![size]!
      }
      memo.set(key, solution)
      return solution
    }
    const topOrder = Math.min(...spanning.map((piece) => piece.order))
    const roots = spanning.filter((piece) => piece.order === topOrder).sort((a, b) => a.nx - b.nx)
    return solve(roots, 0, this.count - 1, 0).spans
  }

  // --- Labels and rows ------------------------------------------------------------------

  /**
   * Label columns from where label fragments start: starts within two columns of each
   * other (and four of the first) are one column, as converters shift a label by a
   * column or two when its neighbour is long.
   */
  private findLabelColumns(): void {
    const starts = this.content
      .filter((line) => !line.header)
      .flatMap((line) => line.labels.map((piece) => Math.round(piece.x)))
      .sort((a, b) => a - b)
    const clusters: Array<Array<number>> = []
    for (const start of starts) {
      const cluster = clusters.at(-1)
      if (cluster && start - cluster.at(-1)! <= 2 && start - cluster[0]! <= 4) cluster.push(start)
      else clusters.push([start])
    }
    this.labelStarts = clusters.map((cluster) => mode(cluster))
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
      for (const piece of [...line.labels].sort((a, b) => a.x - b.x)) {
        let column = this.labelColumnOf(piece.x)
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
      return next !== undefined && piece.x + piece.printed > next + 2
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

    // Rows: the label of a line with numbers is the deepest label on the line or around
    // it (a label wrapped over the line, its numbers set between its halves); numbers of
    // one row split over several lines join when their columns do not clash.
    const rows: Array<DataRow> = []
    const rowOfChain = new Map<Chain, DataRow>()
    const newRow = (chain: Chain | undefined, line?: ContentLine): DataRow => {
      const orders = chain ? chain.pieces.map((piece) => piece.order) : []
      if (line) orders.push(line.order)
      const first = Math.min(...orders)
      const row: DataRow = {
        chain,
        lines: [],
        tokens: [],
        first,
        last: Math.max(...orders),
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
      row.tokens.push(...line.values)
      row.first = Math.min(row.first, line.order)
      row.last = Math.max(row.last, line.order)
    }
    const clashes = (row: DataRow, line: ContentLine) => {
      const taken = new Set(row.lines.flatMap((item) => item.columns))
      return line.columns.some((column) => taken.has(column))
    }
    for (const line of body) {
      if (line.kind !== 'data') continue
      // Deepest first; a label starting right below (numbers set above their label)
      // counts when it has no numbers of its own yet.
      const candidates = chains
        .filter(
          (chain) =>
            chain.pieces.some((piece) => piece.order === line.order) ||
            (firstOf(chain) < line.order && lastOf(chain) > line.order) ||
            (firstOf(chain) === line.order + 1 && !rowOfChain.has(chain) && !line.labels.length)
        )
        .sort((a, b) => b.column - a.column || firstOf(a) - firstOf(b))
      const chain = candidates.find((candidate) => {
        const row = rowOfChain.get(candidate)
        return !row || !clashes(row, line)
      })
      if (chain) {
        addLine(rowOfChain.get(chain) ?? newRow(chain, line), line)
        continue
      }
      const previous = rows.find((row) => row.lines.some((item) => item.order === line.order - 1))
      if (previous && !clashes(previous, line)) {
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
      if (below && !rowOfChain.has(below)) {
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
      if (near.length > 0 && near.every((row) => row.depth > chain.column)) groups.push(chain)
      else newRow(chain)
    }
    rows.sort((a, b) => a.first - b.first)

    for (const row of rows) {
      if (row.chain) {
        row.cells.push({
          value: joinText(row.chain.pieces),
          column: row.chain.column,
          colSpan: labelColumns - row.chain.column,
          rowSpan: 1,
          position: positionOf(row.chain.pieces)
        })
      }
      row.cells.push(...this.valueCells(row.tokens, labelColumns))
    }
    this.placeGroups(groups, rows)
    return rows.map((row) => ({order: row.first, cells: row.cells}))
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

  /** Value cells of a row: values in order for a full row, else by their columns. */
  private valueCells(tokens: ReadonlyArray<Piece>, labelColumns: number): Array<CellSpec> {
    const sorted = [...tokens].sort((a, b) => centreOf(a) - centreOf(b))
    const columns = this.assignColumns(sorted)
    const byColumn = new Map<number, Array<Piece>>()
    sorted.forEach((piece, index) => {
      const list = byColumn.get(columns[index]!) ?? []
      list.push(piece)
      byColumn.set(columns[index]!, list)
    })
    return [...byColumn].map(([column, pieces]) => ({
      value: pieces.map((piece) => piece.text).join(' '),
      column: labelColumns + column,
      colSpan: 1,
      rowSpan: 1,
      position: positionOf(pieces)
    }))
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
    nwidth: fragment.width
  }
}

/** Most values on one line: the number of value columns (before gaps are filled). */
function valueCount(lines: ReadonlyArray<ContentLine>): number {
  return Math.max(0, ...lines.map((line) => line.pieces.filter((piece) => piece.value).length))
}

/** Whether the numbers of a line are one space apart: pushed together, not where their columns are. */
function isPacked(line: ContentLine): boolean {
  const values = line.pieces.filter((piece) => piece.value)
  if (values.length < 2) return false
  const text = line.aligned.line.text
  return values.slice(1).every((piece, index) => text.slice(values[index]!.to, piece.from) === ' ')
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
    return positions.map((position) => {
      let best = 0
      columns.forEach((column, index) => {
        if (Math.abs(column - position) < Math.abs(columns[best]! - position)) best = index
      })
      return best
    })
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

function centreOf(piece: Piece): number {
  return piece.nx + piece.nwidth / 2
}

function median(list: ReadonlyArray<number>): number {
  if (list.length === 0) return 0
  const sorted = [...list].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Mean absolute deviation from the median. */
function deviation(list: ReadonlyArray<number>): number {
  if (list.length < 2) return 0
  const centre = median(list)
  return list.reduce((total, value) => total + Math.abs(value - centre), 0) / list.length
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
    if (text !== '' && /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(piece.text)) text += ' '
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
