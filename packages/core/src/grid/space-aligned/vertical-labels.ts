import type {ContentLine, Metric, Piece} from './model.js'
import {tolerances} from './tolerances.js'

/**
 * Group labels set down a narrow column one or two characters a line (`三` / `、` /
 * `本` / `年` …, `（三` / `）不` / `予公` / `开`), their characters on the lines of the
 * rows beside them. Each character is short of its column's width, so that no piece
 * reads as wrapping on to the next: the pieces are told as one label by standing one
 * under another, short, at one start, a line or two apart.
 */

/** One CJK character (a piece of a vertical label is one or two). */
const cjk = /^\p{Script=Han}$/u

/** How a group label begins: an opening bracket (`（三）`) or a numeral and a comma (`三、`). */
const opensBracket = /^[（(]/u
const numeralComma = /^[一二三四五六七八九十]+、/u
const numeral = /^[一二三四五六七八九十]+$/u
const comma = /^、/u

/**
 * A mark that reads as a value (`无`, none) is a character of a vertical label when it
 * is the only value of its line and stands first on it (alone, or left of a row label's
 * text), under and over short label pieces at its start: `无` of `（四）无法提供` set
 * one character a line is no blank cell. Such marks stop being values (their line loses
 * them from `numbers`), before the value columns are read.
 */
export function demoteStackedMarks(content: ReadonlyArray<ContentLine>): void {
  for (const line of content) {
    if (line.numbers.length !== 1 || line.pieces[0] !== line.numbers[0]) continue
    const mark = line.numbers[0]!
    if (!cjk.test(mark.text)) continue
    if (!stackedNeighbour(content, line, mark, -1) || !stackedNeighbour(content, line, mark, 1)) continue
    mark.value = false
    line.numbers = []
  }
}

/** Whether a short label piece starts where `mark` does on a line within reach above (`-1`) or below (`1`), on its page. */
function stackedNeighbour(content: ReadonlyArray<ContentLine>, line: ContentLine, mark: Piece, direction: -1 | 1): boolean {
  for (let step = 1; step <= tolerances.stackGapLines; step++) {
    const other = content[line.order + direction * step]
    if (!other || other.segment !== line.segment) return false
    const found = other.pieces.find((piece) => !piece.value && piece.fragment.length <= tolerances.stackedChars && startsWith(piece, mark))
    if (found) return true
  }
  return false
}

/** Whether two pieces start at one column, in code points or in display columns (before the metric is chosen). */
function startsWith(piece: Piece, other: Piece): boolean {
  return (
    Math.abs(piece.fragment.charX - other.fragment.charX) <= tolerances.stackAlign ||
    Math.abs(piece.fragment.displayX - other.fragment.displayX) <= tolerances.stackAlign
  )
}

/**
 * The vertical labels of a table's label columns: runs of short pieces (one or two
 * characters each) one under another in a column, at most `stackGapLines` lines apart,
 * at least `minStack` of them, deeper labels beside them. A run ends where a new group label begins (a numbered
 * piece, `三、`, a numeral followed by `、`, or an opening bracket when the run's brackets
 * are closed). A label cut by a page break goes on at the top of the next page, where
 * `pdftotext` may set it a column or two off (`（` / `六` / `）` / `其` ‖ `他` / `处`).
 *
 * @param byColumn each label column's pieces in line order, with their lines.
 */
export function verticalLabels(
  content: ReadonlyArray<ContentLine>,
  byColumn: ReadonlyArray<ReadonlyArray<{line: ContentLine; piece: Piece}>>,
  metric: Metric,
  deeperBeside: (column: number, first: number, last: number) => boolean
): Array<Array<Piece>> {
  // Content lines between two pieces, header lines (a header repeated on a new page) left out.
  const gap = (above: number, below: number) => {
    let lines = 0
    for (let order = above + 1; order < below; order++) if (!content[order]!.header) lines++
    return lines
  }
  const runs = byColumn.flatMap((column, index) => shortRuns(column, metric, gap).map((pieces) => ({column: index, pieces})))
  // A group label stands beside deeper labels: short row labels one under another (`规章` /
  // `其他` / `收费`) are no group.
  const labels = runs.filter(
    ({column, pieces}) => pieces.length >= tolerances.minStack && deeperBeside(column, pieces[0]!.order, pieces.at(-1)!.order)
  )
  return joinAcrossPages(content, labels, runs, gap)
}

/** Runs of short pieces one under another in one label column (any length). */
function shortRuns(
  column: ReadonlyArray<{line: ContentLine; piece: Piece}>,
  metric: Metric,
  gap: (above: number, below: number) => number
): Array<Array<Piece>> {
  const short = (piece: Piece) => piece.printed <= tolerances.stackedChars * (metric === 'display' ? 2 : 1)
  const runs: Array<Array<Piece>> = []
  let run: Array<Piece> = []
  const close = () => {
    if (run.length > 0) runs.push(run)
    run = []
  }
  column.forEach(({piece}, index) => {
    if (!short(piece)) {
      close()
      return
    }
    const last = run.at(-1)
    const next = column[index + 1]?.piece
    if (last && (gap(last.order, piece.order) >= tolerances.stackGapLines || beginsGroup(run, piece, next))) close()
    run.push(piece)
  })
  close()
  return runs
}

/** Short pieces one under another in a label column. */
interface Run {
  column: number
  pieces: Array<Piece>
}

/**
 * A vertical label ending at the foot of a page goes on with a run of short pieces at the
 * head of the next (`runs`), in its column or one to the left (never in a deeper column,
 * where a row label's last line may stand), unless that run begins a group label of its
 * own. Returns the labels, so joined.
 */
function joinAcrossPages(
  content: ReadonlyArray<ContentLine>,
  labels: ReadonlyArray<Run>,
  runs: ReadonlyArray<Run>,
  gap: (above: number, below: number) => number
): Array<Array<Piece>> {
  const pageEnds = new Map<number, {first: number; last: number}>()
  for (const line of content) {
    if (line.header) continue
    const page = pageEnds.get(line.segment)
    if (page) page.last = line.order
    else pageEnds.set(line.segment, {first: line.order, last: line.order})
  }
  const segmentOf = (piece: Piece) => content[piece.order]!.segment
  const byStart = (a: Run, b: Run) => a.pieces[0]!.order - b.pieces[0]!.order
  const sorted = [...runs].sort(byStart)
  const joined = new Set<Run>()
  const result: Array<Array<Piece>> = []
  for (const label of [...labels].sort(byStart)) {
    if (joined.has(label)) continue
    const run = [...label.pieces]
    result.push(run)
    let tail = run.at(-1)!
    for (;;) {
      const page = pageEnds.get(segmentOf(tail))!
      if (gap(tail.order, page.last + 1) >= tolerances.stackGapLines) break
      const nextPage = pageEnds.get(segmentOf(tail) + 1)
      if (!nextPage) break
      const next = sorted.find(
        (other) =>
          !joined.has(other) &&
          other.column <= label.column &&
          segmentOf(other.pieces[0]!) === segmentOf(tail) + 1 &&
          gap(nextPage.first - 1, other.pieces[0]!.order) < tolerances.stackGapLines &&
          !beginsGroup(run, other.pieces[0]!, other.pieces[1])
      )
      if (!next) break
      run.push(...next.pieces)
      joined.add(next)
      tail = run.at(-1)!
    }
  }
  return result
}

/** Whether `piece` begins a new group label after the pieces of `run`: an opening bracket with the run's brackets closed, or a numbering. */
function beginsGroup(run: ReadonlyArray<Piece>, piece: Piece, next: Piece | undefined): boolean {
  if (piece.numbered || numeralComma.test(piece.text)) return true
  if (numeral.test(piece.text) && next !== undefined && comma.test(next.text)) return true
  if (!opensBracket.test(piece.text)) return false
  const text = run.map((item) => item.text).join('')
  const open = (text.match(/[（(]/gu) ?? []).length
  const closed = (text.match(/[）)]/gu) ?? []).length
  return open <= closed
}
