import {lineGroups, median, toLines, unionBox} from './lines.js'
import {numberWord, rowStart} from './marks.js'
import {pageTolerances, type Box, type Glyph, type Rule} from './model.js'
import {clusterPositions, type RuledRegion} from './rules.js'

/** A cell of a ruled table: the slots it covers, its text and where it stands. */
export interface RuledCell {
  row: number
  column: number
  rowSpan: number
  colSpan: number
  text: string
  /** The cell's box as its borders draw it. */
  box: Box
  page: number
  /** The cell's last line of text reaches its right border: the text may wrap on. */
  ranToEdge: boolean
  /**
   * A number of the cell runs on across its border (its digits set too wide for the cell,
   * the rest in the next cell or past the table): what the cell holds is part of it.
   */
  overflows?: boolean
}

/** A table read from drawn borders: its column edges and cells, row by row. */
export interface RuledTable {
  /** x of each column edge, left to right (columns = edges − 1). */
  columnEdges: Array<number>
  rowCount: number
  cells: Array<RuledCell>
  box: Box
  /** Page of the table's first row. */
  page: number
  /** Pages of every row, for tables continued over a page. */
  lastPage: number
  /**
   * Rows of numbers whose labels share one cell with the labels of other such rows: the
   * borders between the labels are not drawn (a browser's print of a page whose label
   * cells have no borders of their own), so the borders cannot tell whose label is whose.
   */
  labelsUnruled: number
}

/**
 * Reads the cells of a ruled table ("lattice" reading): the rules' positions give the
 * row and column edges; a slot joins its neighbour where no rule is drawn between them
 * (a merged cell); each glyph goes to the cell holding its middle. A cell's text is its
 * lines joined with nothing between them: a label wrapped inside a narrow cell and a
 * number wrapped over two lines (`300` / `1`) are each one text again, and a group label
 * set one character per line reads as one label.
 *
 * A glyph taller than the cell it falls in, or `stampSize` × the size of most of the
 * table's text, is no text of it (a watermark or stamp set over the table where it
 * overlaps no text, `dropStamps`): it is left out.
 *
 * Returns the glyphs that fell in no cell beside the table, and how many were left out.
 */
export function readRuledTable(
  region: RuledRegion,
  glyphs: ReadonlyArray<Glyph>,
  page: number,
  tolerances = pageTolerances
): {table: RuledTable; outside: Array<Glyph>; stamped: number} {
  const xs = dropNarrow(
    clusterPositions([...region.vertical.map((rule) => rule.at), region.box.left, region.box.right], tolerances.ruleSnap),
    tolerances.minSlot
  )
  const ys = dropNarrow(
    clusterPositions([...region.horizontal.map((rule) => rule.at), region.box.top, region.box.bottom], tolerances.ruleSnap),
    tolerances.minSlot
  )
  const rows = ys.length - 1
  const columns = xs.length - 1
  // Union-find over slots: a slot joins its right or lower neighbour where no rule parts them.
  const parent = Array.from({length: rows * columns}, (_, index) => index)
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!
      index = parent[index]!
    }
    return index
  }
  for (let row = 0; row < rows; row++) {
    const middleY = (ys[row]! + ys[row + 1]!) / 2
    for (let column = 0; column < columns; column++) {
      const middleX = (xs[column]! + xs[column + 1]!) / 2
      if (column + 1 < columns && !drawn(region.vertical, xs[column + 1]!, middleY, tolerances.ruleSnap)) {
        parent[find(row * columns + column)] = find(row * columns + column + 1)
      }
      if (row + 1 < rows && !drawn(region.horizontal, ys[row + 1]!, middleX, tolerances.ruleSnap)) {
        parent[find(row * columns + column)] = find((row + 1) * columns + column)
      }
    }
  }
  const spans = new Map<number, {top: number; left: number; bottom: number; right: number}>()
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const root = find(row * columns + column)
      const span = spans.get(root)
      if (span) {
        span.top = Math.min(span.top, row)
        span.left = Math.min(span.left, column)
        span.bottom = Math.max(span.bottom, row)
        span.right = Math.max(span.right, column)
      } else {
        spans.set(root, {top: row, left: column, bottom: row, right: column})
      }
    }
  }
  const slotCell = new Int32Array(rows * columns).fill(-1)
  const cells: Array<RuledCell> = []
  const ordered = [...spans.values()].sort((a, b) => a.top - b.top || a.left - b.left)
  for (const span of ordered) {
    const index = cells.length
    cells.push({
      row: span.top,
      column: span.left,
      rowSpan: span.bottom - span.top + 1,
      colSpan: span.right - span.left + 1,
      text: '',
      box: {left: xs[span.left]!, top: ys[span.top]!, right: xs[span.right + 1]!, bottom: ys[span.bottom + 1]!},
      page,
      ranToEdge: false
    })
    for (let row = span.top; row <= span.bottom; row++) {
      for (let column = span.left; column <= span.right; column++) {
        // A non-rectangular merge keeps its first cell's slots; the rest stay their own.
        if (slotCell[row * columns + column] === -1) slotCell[row * columns + column] = index
      }
    }
  }
  const inCell: Array<Array<Glyph>> = cells.map(() => [])
  const outside: Array<Glyph> = []
  const inTable: Array<{glyph: Glyph; cell: number}> = []
  for (const glyph of glyphs) {
    const x = (glyph.left + glyph.right) / 2
    const y = (glyph.top + glyph.bottom) / 2
    const column = slotOf(xs, x)
    const row = slotOf(ys, y)
    const cell = column === -1 || row === -1 ? -1 : slotCell[row * columns + column]!
    if (cell === -1) outside.push(glyph)
    else inTable.push({glyph, cell})
  }
  const largest = tolerances.stampSize * median(inTable.map(({glyph}) => glyph.size))
  let stamped = 0
  for (const {glyph, cell} of inTable) {
    if ((largest > 0 && glyph.size >= largest) || glyph.size > cells[cell]!.box.bottom - cells[cell]!.box.top) stamped++
    else inCell[cell]!.push(glyph)
  }
  markOverflows(cells, inCell, outside, region.box, tolerances)
  const bandsOf: Array<Set<number>> = []
  for (const [index, cell] of cells.entries()) {
    const lines = toLines(inCell[index]!, tolerances)
    cell.text = lines.map((line) => line.text).join('')
    const last = lines.at(-1)
    cell.ranToEdge = last !== undefined && last.box.right >= cell.box.right - tolerances.cellWrap * last.size
    bandsOf.push(new Set(lines.map((line) => slotOf(ys, (line.box.top + line.box.bottom) / 2))))
  }
  const labelsUnruled = unruledLabelRows(cells, bandsOf, slotCell, rows, columns)
  return {
    table: {columnEdges: xs, rowCount: rows, cells, box: unionBox([region.box]), page, lastPage: page, labelsUnruled},
    outside,
    stamped
  }
}

/**
 * Marks the cells a number runs out of (`31200` too wide for its cell, its last `0` past
 * the border: the cell would read 3120): two digits next to each other on a line that fell
 * in different cells (or one beside the table), set no further apart than the digits
 * beside them in the same cells are from them (`overflowRhythm` × size more at most): one
 * number's digits, evenly spaced across the border. Two numbers of cells side by side
 * stand further apart than their own digits, by the cells' padding at least.
 */
function markOverflows(
  cells: Array<RuledCell>,
  inCell: ReadonlyArray<ReadonlyArray<Glyph>>,
  outside: ReadonlyArray<Glyph>,
  box: Box,
  tolerances: typeof pageTolerances
): void {
  const placed: Array<{glyph: Glyph; cell: number}> = []
  for (const [cell, glyphs] of inCell.entries()) for (const glyph of glyphs) if (isDigit(glyph.text)) placed.push({glyph, cell})
  // Beside the table: only digits on its rows, within a glyph and a word's gap of its
  // sides (a digit of the table's may itself stand across the edge).
  for (const glyph of outside) {
    const reach = (1 + tolerances.wordGap) * glyph.size
    if (!isDigit(glyph.text) || glyph.bottom < box.top || glyph.top > box.bottom || glyph.right < box.left - reach || glyph.left > box.right + reach) continue
    placed.push({glyph, cell: -1})
  }
  for (const line of lineGroups(placed, (item) => item.glyph, tolerances)) {
    const gapAt = (index: number) => line[index]!.glyph.left - line[index - 1]!.glyph.right
    for (let index = 1; index < line.length; index++) {
      const before = line[index - 1]!
      const after = line[index]!
      if (before.cell === after.cell) continue
      // Digits of one number share a size (a watermark's or a footnote mark's do not).
      const size = Math.min(before.glyph.size, after.glyph.size)
      if (Math.max(before.glyph.size, after.glyph.size) > size * (1 + tolerances.sameSize)) continue
      const gap = gapAt(index)
      if (gap > tolerances.wordGap * size) continue
      // The spacing of the digits beside the pair in their own cells.
      const inside: Array<number> = []
      if (index >= 2 && line[index - 2]!.cell === before.cell) inside.push(gapAt(index - 1))
      if (index + 1 < line.length && line[index + 1]!.cell === after.cell) inside.push(gapAt(index + 1))
      if (inside.length === 0 || gap > Math.max(...inside) + tolerances.overflowRhythm * size) continue
      if (before.cell !== -1) cells[before.cell]!.overflows = true
      if (after.cell !== -1) cells[after.cell]!.overflows = true
    }
  }
}

function isDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)
}

/**
 * How many rows of numbers (two numbers or more, each in a cell of its own row) take
 * their label from a cell spanning several rows whose lines of text stand in this row
 * and in another row of numbers: labels of rows no border parts. A group label beside
 * the rows' own labels is no such cell, as the rows' own label cells stand between.
 */
function unruledLabelRows(
  cells: ReadonlyArray<RuledCell>,
  bandsOf: ReadonlyArray<ReadonlySet<number>>,
  slotCell: Int32Array,
  rows: number,
  columns: number
): number {
  const numbered = (row: number) => cells.filter((cell) => cell.row === row && cell.rowSpan === 1 && numberWord.test(cell.text)).length >= 2
  const valueRows = new Set(Array.from({length: rows}, (_, row) => row).filter(numbered))
  let count = 0
  for (const row of valueRows) {
    const first = Math.min(...cells.filter((cell) => cell.row === row && cell.rowSpan === 1 && numberWord.test(cell.text)).map((cell) => cell.column))
    if (first === 0) continue
    const label = slotCell[row * columns + first - 1]!
    const cell = cells[label]
    if (!cell || cell.rowSpan === 1 || !bandsOf[label]!.has(row)) continue
    if ([...bandsOf[label]!].some((band) => band !== row && valueRows.has(band))) count++
  }
  return count
}

/** Whether a rule at `at` (within `snap`) is drawn across `point` of the other axis. */
function drawn(rules: ReadonlyArray<Rule>, at: number, point: number, snap: number): boolean {
  return rules.some((rule) => Math.abs(rule.at - at) <= snap && rule.from <= point && rule.to >= point)
}

/** The slot of sorted edges holding `value`, or -1 outside them. */
function slotOf(edges: ReadonlyArray<number>, value: number): number {
  if (value < edges[0]! || value > edges.at(-1)!) return -1
  let low = 0
  let high = edges.length - 2
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (edges[mid]! <= value) low = mid
    else high = mid - 1
  }
  return low
}

/** Edges closer than `minimum` to the previous one are the same edge (a border drawn twice). */
function dropNarrow(edges: ReadonlyArray<number>, minimum: number): Array<number> {
  const kept: Array<number> = []
  for (const edge of edges) {
    if (kept.length === 0 || edge - kept.at(-1)! >= minimum) kept.push(edge)
  }
  return kept
}

/**
 * Joins a table continued on the next page to the part before it when both have the
 * same column edges (within `ruleSnap`), shifted as a whole if the page's margins
 * moved it: the rows of the second part become the rows after the first's.
 */
export function continueTable(first: RuledTable, next: RuledTable, tolerances = pageTolerances): boolean {
  const shift = next.columnEdges[0]! - first.columnEdges[0]!
  const width = (table: RuledTable) => table.columnEdges.at(-1)! - table.columnEdges[0]!
  if (Math.abs(width(first) - width(next)) > tolerances.ruleSnap) return false
  // Parts of one table may draw different inner edges (表二's rows of one value under
  // rows of three): the whole table has the edges of both.
  const edges = clusterPositions([...first.columnEdges, ...next.columnEdges.map((edge) => edge - shift)], tolerances.ruleSnap)
  const firstColumns = reindexColumns(first, first.columnEdges, edges, tolerances)
  const nextColumns = reindexColumns(next, next.columnEdges.map((edge) => edge - shift), edges, tolerances)
  if (!firstColumns || !nextColumns) return false
  firstColumns()
  nextColumns()
  first.columnEdges = edges
  dropRepeatedHeader(first, next)
  const split = continuesLastRow(first, next)
  // A row the page break split is one row: its second part's text is appended to the
  // cells above, and the rows after it move up by one.
  const offset = first.rowCount - (split ? 1 : 0)
  for (const cell of next.cells) {
    if (split && cell.row === 0) {
      const above = coveringLastRow(first, cell.column)!
      if (cell.text !== '') above.text += cell.text
      if (cell.overflows) above.overflows = true
      above.rowSpan += cell.rowSpan - 1
      continue
    }
    first.cells.push({...cell, row: cell.row + offset})
  }
  first.rowCount = offset + next.rowCount
  first.lastPage = next.lastPage
  return true
}

/**
 * Moving a part's cells onto a finer set of column edges (each keeps its left and right
 * edge), to run once both parts are known to fit; `undefined` when an edge has no match.
 */
function reindexColumns(
  table: RuledTable,
  from: ReadonlyArray<number>,
  to: ReadonlyArray<number>,
  tolerances: typeof pageTolerances
): (() => void) | undefined {
  const indexOf = (x: number) => to.findIndex((edge) => Math.abs(edge - x) <= tolerances.ruleSnap)
  const moved = table.cells.map((cell) => [indexOf(from[cell.column]!), indexOf(from[cell.column + cell.colSpan]!)] as const)
  if (moved.some(([left, right]) => left < 0 || right <= left)) return undefined
  return () => {
    for (const [index, cell] of table.cells.entries()) {
      const [left, right] = moved[index]!
      cell.column = left
      cell.colSpan = right - left
    }
  }
}

/**
 * Drops from a table's next part the header rows it repeats (Word's and LibreOffice's
 * "repeat as header row"): its first rows when they hold the same cells as the table's
 * first rows. A row the page break split then follows the last row before it directly.
 */
function dropRepeatedHeader(first: RuledTable, next: RuledTable): void {
  const key = (table: RuledTable, row: number) =>
    table.cells
      .filter((cell) => cell.row === row)
      .map((cell) => [cell.column, cell.colSpan, cell.rowSpan, cell.text].join(':'))
      .join('|')
  let repeated = 0
  while (repeated < next.rowCount - 1 && repeated < first.rowCount && key(next, repeated) !== '' && key(next, repeated) === key(first, repeated)) repeated++
  // A header cell spanning past the rows that repeat would be cut: keep the part as it is.
  if (repeated === 0 || next.cells.some((cell) => cell.row < repeated && cell.row + cell.rowSpan > repeated)) return
  next.cells = next.cells.filter((cell) => cell.row >= repeated).map((cell) => ({...cell, row: cell.row - repeated}))
  next.rowCount -= repeated
}

/**
 * Whether the first row of a table's next part is the rest of the last row of the part
 * before, split by the page break (Word and LibreOffice let a row break across pages,
 * each cell's first lines at the foot of one page, the rest at the top of the next):
 * both rows have the same cells, nothing in the second begins a row of its own, and
 * each text of the second continues the one above it: a label under a label whose last
 * line ran to its cell's edge (it wrapped on), a number under a number (its digits
 * wrapped on: `11` / `8` is 118) or under nothing (the numbers moved to the next page).
 * A repeated header (text over numbers) or a new row (its own label under a label that
 * ended short, or its own number) never passes.
 */
function continuesLastRow(first: RuledTable, next: RuledTable): boolean {
  const opening = next.cells.filter((cell) => cell.row === 0)
  let continued = 0
  for (const cell of opening) {
    const above = coveringLastRow(first, cell.column)
    if (!above || above.column !== cell.column || above.colSpan !== cell.colSpan) return false
    if (above.row + above.rowSpan !== first.rowCount) return false
    if (cell.text === '') continue
    if (rowStart.test(cell.text)) return false
    const number = numberWord.test(cell.text)
    const aboveNumber = numberWord.test(above.text)
    if (number ? above.text !== '' && !aboveNumber : above.text === '' || aboveNumber || !above.ranToEdge) return false
    continued++
  }
  return continued > 0
}

/** The cell of the part so far that covers its last row in a column. */
function coveringLastRow(table: RuledTable, column: number): RuledCell | undefined {
  const row = table.rowCount - 1
  return table.cells.find(
    (cell) => cell.row <= row && cell.row + cell.rowSpan > row && cell.column <= column && cell.column + cell.colSpan > column
  )
}
