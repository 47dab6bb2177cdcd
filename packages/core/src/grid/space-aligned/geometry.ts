import {overlapColumns} from './clusters.js'
import {monotoneAssign} from './assign.js'
import {isPacked} from './lines.js'
import type {ContentLine, Metric, Piece, Transform, ValueColumn} from './model.js'
import {distanceToNearest, emptyLists, fitLine, median, minimum} from './stats.js'
import {tolerances} from './tolerances.js'

/** The value columns and page geometry read from where the numbers stand. */
export interface Geometry {
  /** The value columns, in reference coordinates. */
  columns: Array<ValueColumn>
  /** Median step between the centres of neighbouring columns (before gaps are filled). */
  pitch: number
  /** A column before where the numbers of the reference page start. */
  valueStart: number
  /** Pages whose geometry was fitted from full rows or a repeated header (or the reference page). */
  trusted: Set<number>
  /** The column count the rows tell, when the numbers line up on more columns (see `Grid.fullRow`). */
  fullRow: number | undefined
}

/**
 * The value columns, their pitch, and how each page maps onto the reference page (the
 * page with the most full rows). Reads the pieces' printed positions (`placePieces`);
 * sets each piece's reference position (`nx`, `nwidth`) and label position (`lx`).
 *
 * @param count the most numbers a line holds.
 */
export function chooseGeometry(content: ReadonlyArray<ContentLine>, metric: Metric, count: number): Geometry {
  const reference = referenceColumns(content, metric, count)
  const steps = reference.columns.slice(1).map((column, index) => column.centre - reference.columns[index]!.centre)
  const pitch = steps.length > 0 ? Math.max(tolerances.minPitch, median(steps)) : tolerances.defaultPitch
  const {columns, indexOf} = fillColumnGaps(reference.columns, steps, pitch)
  // A first number a spread label pushed stands anywhere: its line starts at the first column.
  const firstStart = (line: ContentLine) => (line.numbers[0] === line.pushedByLabel ? reference.columns[0]!.start : line.numbers[0]!.x)
  const valueStart = minimum(reference.lines.map(firstStart)) - tolerances.valueMargin
  const {transforms, trusted} = pageTransforms(content, columns, indexOf, reference.full, reference.segment)
  const labelScales = labelScalesOf(content, transforms, valueStart, reference.segment)
  for (const line of content) {
    const transform = transforms.get(line.segment) ?? {offset: 0, scale: 1}
    const labelScale = labelScales.get(line.segment) ?? 1
    for (const piece of line.pieces) {
      piece.nx = (piece.x - transform.offset) / transform.scale
      piece.nwidth = piece.width / transform.scale
      piece.lx = piece.x * labelScale
    }
  }
  return {columns, pitch, valueStart, trusted, fullRow: reference.fullRow}
}

/** The columns of the reference page, before gaps are filled, and the lines they are read from. */
interface ReferenceColumns {
  columns: Array<ValueColumn>
  /** The reference page. */
  segment: number
  /** The lines of the reference page the columns and where the numbers start are read from. */
  lines: Array<ContentLine>
  /** Lines with a number in every column (as many as `columns`). */
  full: Array<ContentLine>
  fullRow: number | undefined
}

/**
 * The value columns of the reference page, in printed positions: where the numbers of
 * its full rows (lines with the most numbers, not pushed together) stand; or, when the
 * numbers of the page line up on more columns than any row fills, those columns.
 */
function referenceColumns(content: ReadonlyArray<ContentLine>, metric: Metric, count: number): ReferenceColumns {
  const full = content.filter((line) => line.numbers.length === count)
  const loose = full.filter((line) => !isPacked(line))
  const reference = loose.length > 0 ? loose : full
  const segments = new Map<number, number>()
  for (const line of reference) segments.set(line.segment, (segments.get(line.segment) ?? 0) + 1)
  let segment = reference[0]?.segment ?? 0
  for (const [other, size] of segments) {
    if (size > (segments.get(segment) ?? 0)) segment = other
  }

  // The rows with the most numbers hold every column only when some row is full: the
  // numbers of the reference page, grouped by the edge they line up on, tell when no
  // row is (`规章  ·  1672  1500` over `行政规范性文件  98  834  ·`).
  const pageLines = content.filter(
    (line) => line.segment === segment && line.numbers.length > 0 && !isPacked(line)
  )
  const grouped = overlapColumns(pageLines, metric)
  if (grouped.conflicts === 0 && grouped.clusters.length > count) {
    const columns = grouped.clusters.map(({start, end}) => ({start, end, centre: (start + end) / 2}))
    return {
      columns,
      segment,
      lines: pageLines,
      full: content.filter((line) => line.numbers.length === columns.length),
      // Several full rows tell how many columns there are: a column more is no column of theirs.
      fullRow: full.length >= tolerances.fullRowsTelling ? count : undefined
    }
  }
  const lines = reference.filter((line) => line.segment === segment)
  const starts = emptyLists<number>(count)
  const ends = emptyLists<number>(count)
  for (const line of lines) {
    line.numbers.forEach((piece, column) => {
      if (piece === line.pushedByLabel) return
      starts[column]!.push(piece.x)
      ends[column]!.push(piece.x + piece.width)
    })
  }
  const columns = starts.map((list, column) => {
    const start = median(list)
    const end = median(ends[column]!)
    return {start, end, centre: (start + end) / 2}
  })
  return {columns: placeUnread(columns, starts), segment, lines, full, fullRow: undefined}
}

/**
 * Columns whose numbers of the full rows all stand where a spread label pushed them
 * (the first, as a rule): a step before the next column (after the one before), the
 * step and width their neighbours'. Returns `columns`, those filled in.
 */
function placeUnread(columns: Array<ValueColumn>, starts: ReadonlyArray<ReadonlyArray<number>>): Array<ValueColumn> {
  const read = columns.filter((_, index) => starts[index]!.length > 0)
  if (read.length === columns.length || read.length < 2) return columns
  const steps = read.slice(1).map((column, index) => column.centre - read[index]!.centre)
  const step = median(steps)
  const width = median(read.map((column) => column.end - column.start))
  const place = (index: number, centre: number) => {
    columns[index] = {start: centre - width / 2, end: centre + width / 2, centre}
  }
  for (let index = columns.length - 2; index >= 0; index--) {
    if (starts[index]!.length === 0 && starts[index + 1]!.length > 0) place(index, columns[index + 1]!.centre - step)
  }
  for (let index = 1; index < columns.length; index++) {
    if (starts[index]!.length === 0) place(index, columns[index - 1]!.centre + step)
  }
  return columns
}

/**
 * A column blank in every full row (the one data row of 表四 with a blank cell) leaves
 * a gap of two steps or more between columns of even steps: columns are put back in it.
 * Returns the columns and the new index of each column of the full rows.
 */
function fillColumnGaps(
  columns: ReadonlyArray<ValueColumn>,
  steps: ReadonlyArray<number>,
  pitch: number
): {columns: Array<ValueColumn>; indexOf: Array<number>} {
  const indexOf = columns.map((_, index) => index)
  if (steps.length < 2) return {columns: [...columns], indexOf}
  const filled: Array<ValueColumn> = [columns[0]!]
  steps.forEach((step, index) => {
    const missing = Math.floor(step / pitch + tolerances.gapRounding) - 1
    const before = columns[index]!
    if (step >= tolerances.gapSteps * pitch && missing >= 1) {
      const width = before.end - before.start
      for (let count = 1; count <= missing; count++) {
        const centre = before.centre + (step * count) / (missing + 1)
        filled.push({start: centre - width / 2, end: centre + width / 2, centre})
      }
    }
    indexOf[index + 1] = filled.length
    filled.push(columns[index + 1]!)
  })
  return {columns: filled, indexOf}
}

/**
 * Each page on its own grid: fits `printed = offset + scale × reference` per page, from
 * its full rows; from its header when it repeats one (numbers pushed one space apart are
 * not where their columns are); from rows so pushed as a last resort. `trusted`: the
 * pages fitted from full rows or a header.
 */
function pageTransforms(
  content: ReadonlyArray<ContentLine>,
  columns: ReadonlyArray<ValueColumn>,
  indexOf: ReadonlyArray<number>,
  full: ReadonlyArray<ContentLine>,
  referenceSegment: number
): {transforms: Map<number, Transform>; trusted: Set<number>} {
  const transforms = new Map<number, Transform>([[referenceSegment, {offset: 0, scale: 1}]])
  const pageLines = linesByPage(content)
  const fullLines = linesByPage(full)
  const noLines: ReadonlyArray<ContentLine> = []
  const fromRows = (lines: ReadonlyArray<ContentLine>) => {
    const pairs: Array<[number, number]> = []
    for (const line of lines) {
      line.numbers.forEach((piece, index) => {
        if (piece !== line.pushedByLabel) pairs.push([columns[indexOf[index]!]!.centre, piece.x + piece.width / 2])
      })
    }
    return fitLine(pairs)
  }
  const pages = [...pageLines.keys()]
  for (const segment of pages) {
    if (transforms.has(segment)) continue
    const fit = fromRows((fullLines.get(segment) ?? noLines).filter((line) => !isPacked(line)))
    if (fit) transforms.set(segment, fit)
  }
  const words = new Map<number, Map<string, Array<Piece>>>()
  const headerWords = (segment: number) => {
    let found = words.get(segment)
    if (!found) {
      found = wordsOf(pageLines.get(segment) ?? noLines)
      words.set(segment, found)
    }
    return found
  }
  for (const segment of pages) {
    const header = transforms.has(segment) ? undefined : fitHeaders(segment, transforms, headerWords)
    if (header) transforms.set(segment, header)
  }
  const trusted = new Set(transforms.keys())
  for (const segment of pages) {
    if (transforms.has(segment)) continue
    const fit = fitPartialRows(pageLines.get(segment)!, columns) ?? fromRows(fullLines.get(segment) ?? noLines)
    if (fit) transforms.set(segment, fit)
  }
  return {transforms, trusted}
}

/** Lines by page, pages in the order they come. */
function linesByPage(lines: ReadonlyArray<ContentLine>): Map<number, Array<ContentLine>> {
  const pages = new Map<number, Array<ContentLine>>()
  for (const line of lines) {
    const list = pages.get(line.segment)
    if (list) list.push(line)
    else pages.set(line.segment, [line])
  }
  return pages
}

/**
 * The transform of a page without a full row or a header (its lines given): its rows of
 * three numbers or more placed in order on the columns, the fit refined once with the
 * numbers placed again where the first fit puts them.
 */
function fitPartialRows(page: ReadonlyArray<ContentLine>, columns: ReadonlyArray<ValueColumn>): Transform | undefined {
  const lines = page.filter((line) => line.numbers.length >= tolerances.partialRowNumbers)
  if (lines.length === 0) return undefined
  const centres = columns.map((column) => column.centre)
  let transform = {offset: 0, scale: 1}
  for (let round = 0; round < 2; round++) {
    const pairs: Array<[number, number]> = []
    for (const line of lines) {
      const printed = line.numbers.filter((piece) => piece !== line.pushedByLabel).map((piece) => piece.x + piece.width / 2)
      const assigned = monotoneAssign(
        printed.map((centre) => (centre - transform.offset) / transform.scale),
        centres
      )
      printed.forEach((centre, index) => pairs.push([centres[assigned[index]!]!, centre]))
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
function fitHeaders(
  segment: number,
  known: ReadonlyMap<number, Transform>,
  words: (segment: number) => ReadonlyMap<string, ReadonlyArray<Piece>>
): Transform | undefined {
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
    const fit = pairs.length >= tolerances.headerPairs ? fitLine(pairs) : undefined
    if (fit) return fit
  }
  return undefined
}

/** The words of a page's lines without numbers, by text, each list in line order. */
function wordsOf(page: ReadonlyArray<ContentLine>): Map<string, Array<Piece>> {
  const map = new Map<string, Array<Piece>>()
  for (const line of page) {
    if (line.numbers.length > 0) continue
    for (const piece of line.pieces) {
      const list = map.get(piece.text)
      if (list) list.push(piece)
      else map.set(piece.text, [piece])
    }
  }
  return map
}

/**
 * How much each page's labels are scaled onto the reference page: as its numbers are
 * stretched, unless they start where the reference page's do: `pdftotext` may move only
 * the numbers of a page (`开申请` and `3.其他` at the labels' columns, their numbers
 * further right).
 */
function labelScalesOf(
  content: ReadonlyArray<ContentLine>,
  transforms: ReadonlyMap<number, Transform>,
  valueStart: number,
  referenceSegment: number
): Map<number, number> {
  const pages = linesByPage(content)
  const labelStartsOf = (segment: number) => {
    const transform = transforms.get(segment) ?? {offset: 0, scale: 1}
    return labelStarts(pages.get(segment) ?? [], transform.offset + transform.scale * valueStart)
  }
  const referenceStarts = labelStartsOf(referenceSegment)
  const labelScales = new Map<number, number>()
  for (const [segment, transform] of transforms) {
    const stretch = labelStretch(valueStart, transform)
    const starts = stretch === 1 ? [] : labelStartsOf(segment)
    const miss = (scale: number) => starts.reduce((total, x) => total + distanceToNearest(referenceStarts, x * scale), 0)
    const unscaled = starts.length > 0 && referenceStarts.length > 0 && miss(1) + tolerances.labelScaleMargin < miss(stretch)
    labelScales.set(segment, unscaled ? 1 : stretch)
  }
  return labelScales
}

/**
 * Where the labels of a page start (unscaled): left of the numbers on lines with numbers,
 * and text ending before where the page's numbers start (`printedStart`) on lines without,
 * where tables that set numbers above or below their labels print the row labels: without
 * those, a page's row-label column is missing from what its labels are fitted to, and any
 * stretch fits the group labels alone (`（三）` / `1.属于国家秘密` then one column).
 */
function labelStarts(page: ReadonlyArray<ContentLine>, printedStart: number): Array<number> {
  const starts: Array<number> = []
  for (const line of page) {
    const first = line.pieces.findIndex((piece) => piece.value)
    if (first === -1) {
      for (const piece of line.pieces) if (piece.x + piece.width <= printedStart) starts.push(piece.x)
      continue
    }
    for (let index = 0; index < first; index++) starts.push(line.pieces[index]!.x)
  }
  return starts
}

/**
 * How much a page's labels are scaled onto the reference page: `pdftotext` measures
 * every page from its own left edge, so the labels of a page on a wider grid stand
 * further right in proportion to where its numbers start.
 */
function labelStretch(valueStart: number, transform: Transform): number {
  const printedStart = transform.offset + transform.scale * valueStart
  const stretch = valueStart > 0 && printedStart > 0 ? valueStart / printedStart : 1
  // As for the transform itself, a stretch beyond half or double is a poor fit.
  return stretch >= tolerances.minScale && stretch <= tolerances.maxScale ? stretch : 1
}
