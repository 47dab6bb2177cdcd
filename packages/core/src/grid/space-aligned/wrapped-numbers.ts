import {lastIsSum, wholeNumber} from '../../number/adds-up.js'
import {withoutTrailingMarks} from '../../text/reference-marks.js'
import type {AlignedFragment} from '../detect-space-aligned.js'
import type {ContentLine, DataRow, Piece} from './model.js'
import {maximum, median, minimum} from './stats.js'
import {tolerances} from './tolerances.js'

/**
 * Numbers too wide for their cells, wrapped onto the next line: joined where they can be
 * told apart, distrusted (left unread) where they cannot.
 */

/**
 * A number too wide for its column wraps: `401` on one line, `1` under it (right under
 * it, or on the next line but one, the first line of the row's label in between, or
 * the numbers of the row that fit their cells, centred between the two halves, or at
 * the top of the next page). The digits of a line continue the numbers of a line just
 * above that holds only numbers, all as wide (they fill their cells), when each is
 * shorter than the number it sits under (or as wide, when another is shorter).
 *
 * Appends each tail to its number's `text` (and `endLine`, `endTo`); returns the lines
 * left, renumbered (`order`), a line whose pieces were all tails dropped.
 */
export function mergeWrappedNumbers(content: ReadonlyArray<ContentLine>): Array<ContentLine> {
  const emptied = new Set<ContentLine>()
  for (let order = content.length - 1; order > 0; order--) {
    const below = content[order]!
    const tails = below.numbers
    if (tails.length === 0 || tails.some((piece) => !wholeNumber.test(piece.text))) continue
    let pairs: Array<[Piece, Piece]> | undefined
    for (const above of wrapHeads(content, order, tails)) {
      pairs = wrappedPairs(above, tails)
      if (pairs) break
    }
    pairs ??= pairsBySum(content, order, tails)
    if (!pairs) continue
    for (const [target, piece] of pairs) {
      target.text += piece.text
      target.endLine = piece.line
      target.endTo = piece.to
    }
    below.pieces = below.pieces.filter((piece) => !piece.value)
    below.numbers = []
    if (below.pieces.length === 0) emptied.add(below)
  }
  // Lines are only taken out below the one looked at: those above keep their index meanwhile.
  const kept = emptied.size === 0 ? [...content] : content.filter((line) => !emptied.has(line))
  kept.forEach((line, index) => {
    line.order = index
    for (const piece of line.pieces) piece.order = index
  })
  return kept
}

/**
 * Lines whose numbers the digits of line `order` may continue: the nearest line above
 * with numbers (within two lines, the second only on the same page), and past it the
 * line before when it holds only numbers clear of the digits and of that line's
 * numbers (a row's numbers that fit their cells, between the halves of those that do not).
 */
function wrapHeads(content: ReadonlyArray<ContentLine>, order: number, tails: ReadonlyArray<Piece>): Array<ContentLine> {
  const below = content[order]!
  const heads: Array<ContentLine> = []
  for (let back = order - 1; back >= Math.max(0, order - tolerances.wrapReach); back--) {
    const candidate = content[back]!
    // A page may break inside a cell: the number's line right before the break.
    if (candidate.segment !== below.segment && back !== order - 1) break
    if (candidate.numbers.length === 0) continue
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
 * Tails a label's line parts from their heads, or set on a label's line: `199` /
 * `2.其他法律行政法规禁止公开` / `4` (1994, the rest of its row beside `199`), `303` /
 * `二、上年结转… 319 235 …` / `2` (3032, a total set apart above its row), `146` /
 * `（四） 1.本机关不掌握相关政府信息 3` (1463). Neither the widths of the numbers nor the
 * lines between tell such a tail from a number of its own, so the row's sum must: the
 * pairs are taken only when, joined, the row's last number is the sum of the others and,
 * not joined, it is not.
 *
 * The heads: numbers of the line two above, past a line with a label (`order` - 1), or of
 * the line right above when the tails stand beside a label. The row: the heads' line and
 * the label's line; heads alone on their line (a total set apart) sum the numbers of the
 * label's line, or when it holds none, of the line right after the tails.
 */
function pairsBySum(
  content: ReadonlyArray<ContentLine>,
  order: number,
  tails: ReadonlyArray<Piece>
): Array<[Piece, Piece]> | undefined {
  const below = content[order]!
  const hasLabel = (line: ContentLine) => line.pieces.some((piece) => !piece.value)
  const shapes: Array<{heads: ContentLine; between?: ContentLine}> = []
  if (hasLabel(below)) shapes.push({heads: content[order - 1]!})
  const between = content[order - 1]!
  if (order >= 2 && hasLabel(between)) shapes.push({heads: content[order - 2]!, between})
  for (const {heads, between} of shapes) {
    if (heads.numbers.length === 0 || [heads, between].some((line) => line && line.segment !== below.segment)) continue
    const after = content[order + 1]
    const lone = (pairs: ReadonlyArray<[Piece, Piece]>) => heads.numbers.every((piece) => pairs.some(([head]) => head === piece))
    const rowOf = (pairs: ReadonlyArray<[Piece, Piece]>) => {
      // Heads alone on their line: a total set apart, summing the row on the label's line or right after.
      const rest = between && between.numbers.length > 0
        ? between.numbers
        : lone(pairs) && after && after.segment === below.segment && hasLabel(after) ? after.numbers : []
      return [...heads.numbers, ...(lone(pairs) || between ? rest : [])]
    }
    const sums = (pairs: ReadonlyArray<[Piece, Piece]>) => {
      const joined = new Map(pairs.map(([head, tail]) => [head, head.text + tail.text]))
      const row = rowOf(pairs)
      return addsUpAsRow(row, (piece) => joined.get(piece) ?? piece.text) && !addsUpAsRow(row, (piece) => piece.text)
    }
    // A lone tail may sit under more than one number (`471 199` / `4`): the sum tells which, if only one.
    const choices: Array<Array<[Piece, Piece]> | undefined> = tails.length === 1
      ? headsOver(heads.numbers, tails[0]!).map((head) => [[head, tails[0]!]])
      : [alignedPairs(heads.numbers, tails)]
    const adding = choices.filter((pairs) => pairs !== undefined && sums(pairs))
    if (adding.length === 1) return adding[0]
  }
  return undefined
}

/** The numbers a tail sits right under and is shorter than. */
function headsOver(heads: ReadonlyArray<Piece>, tail: Piece): Array<Piece> {
  return heads.filter((head) => tail.fragment.width < head.fragment.width && alignedUnder(head.fragment, tail.fragment))
}

/**
 * Whether the numbers of a row (whole numbers, at least `minSumParts` besides its total)
 * add up: the last as printed is the sum of the others. `text` gives each one's digits.
 */
export function addsUpAsRow(row: ReadonlyArray<Piece>, text: (piece: Piece) => string): boolean {
  if (row.length < tolerances.minSumParts + 1 || row.some((piece) => !wholeNumber.test(piece.text))) return false
  return lastIsSum([...row].sort((a, b) => a.fragment.charX - b.fragment.charX).map(text))
}

/**
 * The numbers of `above` that the digits `tails` continue, each tail paired with the
 * number it sits under; `undefined` unless `above` holds only numbers, all as wide (they
 * fill their cells), and every tail is shorter than its number.
 */
function wrappedPairs(above: ContentLine, tails: ReadonlyArray<Piece>): Array<[Piece, Piece]> | undefined {
  if (above.pieces.some((piece) => !piece.value || !wholeNumber.test(piece.text))) return undefined
  // Widths as printed: a full-width digit (`１` of `１` / `６`) fills a cell as two do.
  const width = above.pieces[0]!.fragment.width
  if (width < tolerances.minWrappedWidth || above.pieces.some((piece) => piece.fragment.width !== width)) return undefined
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

/** Whether a wrapped piece of number sits right under a number of the line above. */
function alignedUnder(above: AlignedFragment, below: AlignedFragment): boolean {
  const reach = tolerances.wrapAlign
  return (
    Math.abs(above.charX - below.charX) <= reach ||
    Math.abs(above.displayX - below.displayX) <= reach ||
    Math.abs(above.charX + above.length - below.charX - below.length) <= reach ||
    Math.abs(above.displayX + above.width - below.displayX - below.width) <= reach
  )
}

/** Whether a piece shares a printed column with any of `others` (in code points). */
function overlapsAny(piece: Piece, others: ReadonlyArray<Piece>): boolean {
  const from = piece.fragment.charX
  const to = from + piece.fragment.length
  return others.some((other) => other.fragment.charX < to && from < other.fragment.charX + other.fragment.length)
}

/**
 * Digits left on a line of their own once wrapped numbers are joined, shorter than the
 * numbers of the line they follow or lead, are pieces of numbers too wide for their
 * cells that could not be joined (set under no number, pushed together, a head on a
 * line with a label, a number set one character a line). Which number each belongs to
 * cannot be told: no number of those lines is read whole, so none is read. Nor is the
 * number of the end of a wrapped note. Returns the numbers not to read.
 *
 * @param count the most numbers a line holds.
 */
export function distrustUnjoinedTails(content: ReadonlyArray<ContentLine>, count: number): Set<Piece> {
  const distrusted = new Set<Piece>()
  for (let order = 0; order < content.length; order++) {
    const line = content[order]!
    // Values that close a note they do not open, or stand right after a value whose note is
    // left open on their line (`22（其中修订` `16`, the note wrapped): the note's number, not the cell's.
    line.pieces.forEach((piece, index) => {
      const before = line.pieces[index - 1]
      if (piece.value && (closesOnly(piece.text) || (before?.value === true && opensOnly(before.text)))) distrusted.add(piece)
    })
    const pieces = loneDigits(line, count)
    // A number joined with its own tail (a total set apart, wrapped around its row) is whole.
    // A digit with a reference mark after it (`4①`) is a digit of a wrapped number all the same.
    if (pieces.some((piece) => !piece.value || !wholeNumber.test(withoutTrailingMarks(piece.text)) || piece.endLine !== piece.line)) continue
    const above = valueLines(content, order, -1, count)
    const below = valueLines(content, order, 1, count)
    // A lone digit under a row under a lone number is that total's tail, set around its
    // row and read as a split number, not the head of a number below.
    const splitTotal = pieces.length === 1 && above.length === 2 && above[1]!.length === 1
    const lines = isTailOf(pieces, above, count) ? above : !splitTotal && isHeadOf(pieces, below, count) ? below : undefined
    if (!lines) continue
    for (const piece of pieces) distrusted.add(piece)
    for (const values of lines) for (const piece of values) distrusted.add(piece)
  }
  return distrusted
}

/**
 * Whether a value closes a bracket it does not open (`29 件）`): the end of a note wrapped
 * from the line above (`55（含自然失效` / `29件）`), whose number is the note's, not the cell's.
 */
function closesOnly(text: string): boolean {
  if (!text.includes(')') && !text.includes('）')) return false
  return bracketBalance(text) < 0
}

/** Whether a text opens a bracket it does not close (`22（其中修订`): a note wrapped onto the next line. */
function opensOnly(text: string): boolean {
  if (!text.includes('(') && !text.includes('（')) return false
  return bracketBalance(text) > 0
}

/** Opening brackets less closing ones. */
function bracketBalance(text: string): number {
  return (text.match(/[(（]/gu)?.length ?? 0) - (text.match(/[)）]/gu)?.length ?? 0)
}

/**
 * The pieces of a line that may be digits of a wrapped number: all of them, or a lone
 * digit beside a piece of a label (a group label wrapped beside the rows) in a table of
 * many narrow columns; a row of a table of few columns (表二) may well hold one digit.
 */
function loneDigits(line: ContentLine, count: number): ReadonlyArray<Piece> {
  if (line.pieces.length !== 2 || count < tolerances.manyColumns) return line.pieces
  const values = line.numbers
  return values.length === 1 && values[0]!.text.length === 1 ? values : line.pieces
}

/**
 * Numbers of the lines next to line `order` (`step` -1: above, 1: below), nearest first:
 * the nearest line with numbers within two lines (past a page break only right next to
 * it), and when that line leaves cells, the line with numbers next to it too (a row's
 * numbers that fit their cells, on the line of its label, between the pieces of those
 * that do not).
 */
function valueLines(content: ReadonlyArray<ContentLine>, order: number, step: -1 | 1, count: number): Array<Array<Piece>> {
  const lines: Array<Array<Piece>> = []
  const segment = content[order]!.segment
  for (let at = order + step; at >= 0 && at < content.length && Math.abs(at - order) <= tolerances.wrapReach; at += step) {
    const line = content[at]!
    if (line.segment !== segment && Math.abs(at - order) > 1) break
    const values = line.numbers
    if (values.length === 0) continue
    lines.push(values)
    if (values.length >= count) break
  }
  return lines
}

/** Digits led by a zero: `01`, `007` (not `0`, nor `0.5`). */
const leadingZero = /^0\d/u

/** Columns a piece's digits take as printed on its own line (a head joined with its tail as it was; marks after them not counted). */
function printedLength(piece: Piece): number {
  return piece.fragment.length - (piece.text.length - withoutTrailingMarks(piece.text).length)
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
  // Digits led by a zero (`01`, `001`) are no count of their own: a tail, however long.
  const long = tails.filter((piece) => printedLength(piece) >= usual && !leadingZero.test(piece.text)).length
  const fits = near.length < count && tails.length >= tolerances.fitAmongTails ? 1 : 0
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

/**
 * Digits left on a line of their own, in no row, may be the rest of a number of a row
 * near them, wrapped in its narrow cell where no join could find it (fonts larger than
 * the form's set a number's pieces two lines apart, around other rows' pieces:
 * `144` … `8` for 1448): the nearest numbers within two lines whose extents meet
 * theirs are not read whole for sure. Adds them to `distrusted`.
 */
export function distrustBesideStrays(
  content: ReadonlyArray<ContentLine>,
  strays: ReadonlyArray<DataRow>,
  rows: ReadonlyArray<DataRow>,
  distrusted: Set<Piece>
): void {
  const meets = (a: Piece, b: Piece) =>
    a.nx < b.nx + b.nwidth + tolerances.strayMeet && b.nx < a.nx + a.nwidth + tolerances.strayMeet
  // Lines apart as printed (blank lines count: they part rows).
  const apart = (a: Piece, b: Piece) => Math.abs(a.line.line - b.line.line)
  const isDigits = (piece: Piece) => piece.value && wholeNumber.test(piece.text)
  // Numbers alone on their line, whichever row took them.
  const lone = rows.flatMap((row) => row.tokens.filter((piece) => isDigits(piece) && content[piece.order]!.pieces.length === 1))
  // A number joined with its tail (a total wrapped around its row) is whole: no piece of another.
  for (const stray of strays.flatMap((row) => row.tokens.filter((piece) => isDigits(piece) && piece.endLine === piece.line))) {
    // Two numbers alone on their lines, one over the other, are the halves of one number
    // (a total wrapped around its row): they tell of no other.
    if (lone.some((other) => other !== stray && apart(other, stray) <= tolerances.strayReach && meets(other, stray))) continue
    // The nearest numbers it meets, within two lines; a `0` is no number's head.
    const meeting = rows.flatMap((row) =>
      row.tokens.filter(
        (piece) =>
          piece !== stray &&
          piece.value &&
          apart(piece, stray) <= tolerances.strayReach &&
          meets(piece, stray) &&
          !(stray.line.line < piece.line.line && stray.text.startsWith('0'))
      )
    )
    const nearest = minimum(meeting.map((piece) => apart(piece, stray)))
    for (const piece of meeting) if (apart(piece, stray) === nearest) distrusted.add(piece)
  }
}
