import {addsUp, wholeNumber} from '../../number/adds-up.js'
import {readNumber} from '../../number/read-number.js'
import {assignColumns} from './columns.js'
import type {RowBook} from './data-rows.js'
import {type CellSpec, type Chain, type DataRow, type Grid, type Piece, centreOf} from './model.js'
import {positionOf, joinText} from './pieces.js'
import {ordered} from './stats.js'
import {tolerances} from './tolerances.js'

/** A label numbered one (`1.`, `（一）`, `一、`): the first row of a group. */
const firstNumber = /^(?:1[.、．]|[（(]一[）)]|一、)/u

/**
 * A number alone on its line, next to a row it could complete (a 总计 set on a line of
 * its own above or below its row, which joins neither by place), joins the one row whose
 * other numbers it is the sum of: what the template's own check says, not a guess. The
 * numbers it is added to are whole numbers, three or more, and its column is free there,
 * or the row lacks only it (`count` - 1 numbers that do not add up among themselves) and
 * it stands right of them all: then the row is full and read in order, whatever column
 * a page drawn on an uneven grid put it in (`352` over `647 … 244` at a pitch of four,
 * on a page whose other rows step five).
 */
export function joinSums(strays: ReadonlyArray<DataRow>, rows: ReadonlyArray<DataRow>, book: RowBook, count: number): void {
  for (const stray of strays) {
    if (stray.lines.length !== 1 || stray.tokens.length !== 1) continue
    const [total] = stray.tokens
    if (!total!.value || !wholeNumber.test(total!.text)) continue
    const line = stray.lines[0]!
    const sums = rows.filter((row) => {
      if (row === stray || row.tokens.length === 0 || (row.first !== line.order + 1 && row.last !== line.order - 1)) return false
      const parts = row.tokens.filter((piece) => piece.value)
      if (parts.length < tolerances.minSumParts || parts.some((piece) => !wholeNumber.test(piece.text))) return false
      const values = parts.map((piece) => readNumber(piece.text, 'count').value ?? Number.NaN)
      const clash = row.lines.some((item) => item.columns.some((column) => line.columns.includes(column)))
      if (clash && !completesInOrder(total!, parts, values, count)) return false
      const whole = readNumber(total!.text, 'count').value
      return whole !== null && addsUp(values, whole)
    })
    if (sums.length !== 1) continue
    book.add(sums[0]!, line)
    stray.tokens = []
    stray.lines = []
  }
}

/**
 * Whether a total fills the one cell its row leaves, the last: the row holds `count` - 1
 * numbers, which do not add up among themselves (no 总计 among them), all left of it.
 */
function completesInOrder(total: Piece, parts: ReadonlyArray<Piece>, values: ReadonlyArray<number>, count: number): boolean {
  if (parts.length !== count - 1 || addsUp(values.slice(0, -1), values.at(-1)!)) return false
  return parts.every((piece) => centreOf(piece) < centreOf(total))
}

/**
 * Value cells of a row: values in order for a full row, else by their columns; with
 * `blanks`, an empty cell in each value column the row leaves blank. Cells of `crowded`
 * numbers, and with `blanksInDoubt` the empty ones, are marked `crowded`: a number left
 * unread may be theirs.
 */
export function valueCells(
  tokens: ReadonlyArray<Piece>,
  labelColumns: number,
  grid: Grid,
  blanks: boolean,
  crowded?: ReadonlySet<Piece>,
  blanksInDoubt = false
): Array<CellSpec> {
  const sorted = ordered(tokens, (a, b) => centreOf(a) - centreOf(b))
  const columns = assignColumns(sorted, grid.columns)
  const byColumn = new Map<number, Array<Piece>>()
  sorted.forEach((piece, index) => {
    const list = byColumn.get(columns[index]!) ?? []
    list.push(piece)
    byColumn.set(columns[index]!, list)
  })
  const cells: Array<CellSpec> = []
  for (const [column, pieces] of byColumn) {
    cells.push({
      value: pieces.length === 1 ? pieces[0]!.text : pieces.map((piece) => piece.text).join(' '),
      column: labelColumns + column,
      colSpan: 1,
      rowSpan: 1,
      position: positionOf(pieces),
      crowded: crowded !== undefined && pieces.some((piece) => crowded.has(piece))
    })
  }
  if (blanks && tokens.some((piece) => piece.value)) {
    for (let column = 0; column < grid.count; column++) {
      if (!byColumn.has(column)) cells.push({value: '', column: labelColumns + column, colSpan: 1, rowSpan: 1, position: undefined, crowded: blanksInDoubt})
    }
  }
  return cells
}

/**
 * Places group labels (`（三）不予公开`) in the first row they span, with their row
 * span: the rows beside them deeper than their column, shared among the groups of a
 * column at the rows numbered one, or else so that each group is centred on its rows.
 */
export function placeGroups(groups: ReadonlyArray<Chain>, rows: ReadonlyArray<DataRow>): void {
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
