import {clusterValues} from './clusters.js'
import {isPacked} from './lines.js'
import type {ContentLine, Metric} from './model.js'
import {median} from './stats.js'
import {tolerances} from './tolerances.js'

/**
 * `pdftotext` places text by code points, other tools by display columns: the metric in
 * which the numbers of each page line up in the fewest columns (CJK labels of different
 * lengths scatter them in the other) and the words of the header line up with them
 * wins; display columns when that does not tell.
 */
export function pickMetric(content: ReadonlyArray<ContentLine>): Metric {
  const pages = new Map<number, Array<ContentLine>>()
  for (const line of content) {
    if (line.numbers.length === 0 || isPacked(line)) continue
    const list = pages.get(line.segment) ?? []
    list.push(line)
    pages.set(line.segment, list)
  }
  let char = 0
  let display = 0
  for (const lines of pages.values()) {
    // Numbers with as many wide characters before them on every line: alike in both.
    const shift = lines[0]!.numbers[0]!.fragment
    const alike = lines.every((line) =>
      line.numbers.every((piece) => piece.fragment.displayX - piece.fragment.charX === shift.displayX - shift.charX)
    )
    if (alike) continue
    const byChar = clusterValues(lines, 'char')
    const byDisplay = clusterValues(lines, 'display')
    char += byChar.count + byChar.conflicts
    display += byDisplay.count + byDisplay.conflicts
  }

  const firstData = content.findIndex((line) => line.numbers.length > 0)
  if (firstData <= 0) return char < display ? 'char' : 'display'
  const segment = content[firstData]!.segment
  const headers = content.slice(0, firstData).filter((line) => line.segment === segment)
  const page = content.filter((line) => line.segment === segment && line.numbers.length > 0)
  const fit = (metric: Metric) => headerMisfit(headers, page, metric)
  // A misplaced header outweighs a number or two lining up by chance (each header word
  // weighs a column and a half at most: when the numbers tell more, the header is not read).
  const words = headers.reduce((total, line) => total + line.pieces.length, 0)
  const tie = tolerances.metricTie
  if (Math.abs(char - display) > tolerances.headerWordWeight * words + tie) return char < display ? 'char' : 'display'
  // A fit costs nothing or more: the metric behind on the numbers is fitted first, and
  // the other only when the header can still turn the choice.
  const weight = tolerances.headerFitWeight
  if (char < display) {
    const byChar = char + weight * fit('char')
    if (byChar + tie < display) return 'char'
    return byChar + tie < display + weight * fit('display') ? 'char' : 'display'
  }
  const byDisplay = display + weight * fit('display')
  if (byDisplay <= char + tie) return 'display'
  return char + weight * fit('char') + tie < byDisplay ? 'char' : 'display'
}

/**
 * How far, in steps between columns, the words of each header line are from lining up
 * with the value columns of the page's numbers, the line shifted as a whole (`pdftotext`
 * sets a header a few columns off its cells, but keeps its spacing).
 */
function headerMisfit(headers: ReadonlyArray<ContentLine>, page: ReadonlyArray<ContentLine>, metric: Metric): number {
  const centres = clusterValues(page, metric, true).centres.sort((a, b) => a - b)
  if (centres.length === 0) return 0
  const steps = centres.slice(1).map((centre, index) => centre - centres[index]!)
  const pitch = steps.length > 0 ? Math.max(tolerances.minPitch, median(steps)) : tolerances.defaultPitch
  // Words over the numbers: from where the first number starts (half a step before).
  let first = Infinity
  for (const line of page) {
    for (const piece of line.numbers) first = Math.min(first, metric === 'char' ? piece.fragment.charX : piece.fragment.displayX)
  }
  const cap = pitch * tolerances.headerWordMiss
  let cost = 0
  for (const line of headers) {
    const words = line.pieces
      .filter(({fragment}) => (metric === 'char' ? fragment.charX : fragment.displayX) >= first - pitch * tolerances.headerReach)
      .map(({fragment}) => (metric === 'char' ? fragment.charX + fragment.length / 2 : fragment.displayX + fragment.width / 2))
      .sort((a, b) => a - b)
    if (words.length < 2 || words.length * centres.length > tolerances.maxShifts) continue
    // Each shift that puts a word on a column, each word matched to its nearest column.
    // A word counts half a step at most (one over a column left blank in every row is no worse than one between two).
    // The shifts are tried in order (sorted numbers, no comparator), each once. As the
    // shift grows, so does each word's nearest column: each word keeps its own pointer,
    // which only moves right (the nearest of columns in order is found walking right from
    // any column at or before it), so a shift costs a step per word. A total that reaches
    // the least is stopped short: it would not be less.
    // Each word's shifts come in order (the columns are): runs merged, not sorted anew.
    const size = words.length * centres.length
    let at = 0
    const unsorted = room(0, size)
    for (const anchor of words) for (const target of centres) unsorted[at++] = target - anchor
    const shifts = mergeRuns(unsorted, size, centres.length)
    // The shift most words share puts the most words on columns: its total, taken first,
    // lets the others stop short early.
    let least = shiftedMisfit(words, centres, mostFrequent(shifts, size), cap)
    const pointers = Array<number>(words.length).fill(0)
    const places = words
    const targets = centres
    const last = targets.length - 1
    for (let index = 0; index < size; index++) {
      const shift = shifts[index]!
      if (index > 0 && shift === shifts[index - 1]) continue
      // No shift does better than one that puts every word on a column.
      if (least === 0) break
      let total = 0
      for (let word = 0; word < places.length; word++) {
        const at = places[word]! + shift
        let column = pointers[word]!
        let distance = Math.abs(targets[column]! - at)
        while (column < last) {
          const next = Math.abs(targets[column + 1]! - at)
          if (next > distance) break
          distance = next
          column++
        }
        pointers[word] = column
        total += Math.min(cap, distance)
        if (total >= least) break
      }
      if (total < least) least = total
    }
    cost += least / pitch
  }
  return cost
}

/** Sets each piece's printed start, width and extent (`x`, `width`, `printed`) in the metric chosen. */
export function placePieces(content: ReadonlyArray<ContentLine>, metric: Metric): void {
  for (const line of content) {
    for (const piece of line.pieces) {
      piece.x = metric === 'char' ? piece.fragment.charX : piece.fragment.displayX
      piece.width = piece.fragment.width
      piece.printed = metric === 'char' ? piece.fragment.length : piece.fragment.width
    }
  }
}

/** Two arrays of numbers kept for the shifts, grown as needed: typed arrays are dear to make. */
const rooms = [new Float64Array(1024), new Float64Array(1024)]

function room(use: number, size: number): Float64Array {
  if (rooms[use]!.length < size) rooms[use] = new Float64Array(2 * size)
  return rooms[use]!
}

/**
 * The first `size` numbers of `numbers`, made of sorted runs of `run` numbers each (the
 * last may be shorter), sorted: runs merged two by two until one is left. Returns
 * `numbers` or the other room.
 */
function mergeRuns(numbers: Float64Array, size: number, run: number): Float64Array {
  let from = numbers
  let to = room(numbers === rooms[0] ? 1 : 0, size)
  for (let width = Math.max(1, run); width < size; width *= 2) {
    for (let start = 0; start < size; start += 2 * width) {
      const middle = Math.min(start + width, size)
      const end = Math.min(start + 2 * width, size)
      let left = start
      let right = middle
      let at = start
      while (left < middle && right < end) to[at++] = from[right]! < from[left]! ? from[right++]! : from[left++]!
      while (left < middle) to[at++] = from[left++]!
      while (right < end) to[at++] = from[right++]!
    }
    const swap = from
    from = to
    to = swap
  }
  return from
}

/** The total misfit of words shifted by `shift`, each matched to its nearest column (at most `cap`). */
function shiftedMisfit(words: ReadonlyArray<number>, centres: ReadonlyArray<number>, shift: number, cap: number): number {
  let total = 0
  let column = 0
  for (const word of words) {
    const at = word + shift
    while (column + 1 < centres.length && Math.abs(centres[column + 1]! - at) <= Math.abs(centres[column]! - at)) column++
    total += Math.min(cap, Math.abs(centres[column]! - at))
  }
  return total
}

/** The most frequent of sorted numbers (the least of equally frequent ones). */
function mostFrequent(sorted: Float64Array, size: number): number {
  let best = sorted[0]!
  let bestCount = 0
  let count = 0
  for (let index = 0; index < size; index++) {
    count = index > 0 && sorted[index] === sorted[index - 1] ? count + 1 : 1
    if (count > bestCount) {
      bestCount = count
      best = sorted[index]!
    }
  }
  return best
}
