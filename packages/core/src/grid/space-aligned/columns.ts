import {cellFinder, inOrder, monotoneAssign, nearestColumn, runAssign} from './assign.js'
import {isPacked} from './lines.js'
import {type Alignment, type ContentLine, type Piece, type ValueColumn, centreOf} from './model.js'
import {deviation, deviationFrom, emptyLists, median, minimum} from './stats.js'
import {tolerances} from './tolerances.js'

/**
 * Value column of each value of a line (sorted by position): in order when a full row,
 * else the nearest columns in order (a monotone assignment of least distance).
 */
export function assignColumns(values: ReadonlyArray<Piece>, columns: ReadonlyArray<ValueColumn>): Array<number> {
  // Numbers one space apart were pushed together: they fill consecutive columns, and
  // only the first of each run is where its column is.
  const centres = centresOf(columns)
  if (values.length >= columns.length || !values.some((piece, index) => index > 0 && pushedAfter(values[index - 1]!, piece))) {
    return monotoneAssign(values.map((piece) => centreOf(piece)), centres)
  }
  const runs: Array<Array<number>> = []
  values.forEach((piece, index) => {
    if (index > 0 && pushedAfter(values[index - 1]!, piece)) runs.at(-1)!.push(index)
    else runs.push([index])
  })
  const starts = runAssign(
    runs.map((run) => ({length: run.length, position: centreOf(values[run[0]!]!)})),
    centres
  )
  const result: Array<number> = []
  runs.forEach((run, index) => run.forEach((_, offset) => result.push(starts[index]! + offset)))
  return result
}

/** Whether a number stands one space after the end of `previous`, on its line: pushed against it. */
function pushedAfter(previous: Piece, piece: Piece): boolean {
  return (
    previous.line === piece.line &&
    previous.endLine === previous.line &&
    piece.from - previous.to === 1 &&
    piece.line.text.charCodeAt(previous.to) === 32
  )
}

/**
 * Centres of columns, once per list of columns: the last list asked is remembered (its
 * callers ask of one list line after line), not every list (a weak map would keep every
 * table's columns until a full garbage collection).
 */
let lastColumns: ReadonlyArray<ValueColumn> | undefined
let lastCentres: Array<number> = []

function centresOf(columns: ReadonlyArray<ValueColumn>): Array<number> {
  if (columns !== lastColumns) {
    lastCentres = columns.map((column) => column.centre)
    lastColumns = columns
  }
  return lastCentres
}

/**
 * How values sit in their columns, from all values placed: the side (left, right or
 * centre) on which values of a column agree best, and along which the columns are
 * most evenly spaced (one row tells nothing else); left when nothing tells. Reads the
 * lines' kinds, values and columns (`classifyLines`).
 */
export function chooseAlignment(content: ReadonlyArray<ContentLine>, columns: ReadonlyArray<ValueColumn>, pitch: number): Alignment {
  const count = columns.length
  const lists = {
    left: emptyLists<number>(count),
    right: emptyLists<number>(count),
    centre: emptyLists<number>(count)
  }
  const loose = content.filter((line) => line.values.length > 0 && !isPacked(line))
  for (const line of loose.length > 0 ? loose : content) {
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
    const cellIn = cellFinder(boundariesFor(columns, pitch, mode))
    let total = 0
    for (const line of content) {
      if (line.kind !== 'header' || line.heads.length < 2) continue
      // Heads in one cell: each past the first counts (a line holds a few heads).
      const cells = line.heads.map((piece) => cellIn(centreOf(piece)))
      total += cells.filter((cell, index) => cells.indexOf(cell) !== index).length
    }
    return total
  }
  const modes: Array<Alignment> = ['left', 'right', 'centre']
  const clashes = modes.map(collisions)
  const fewest = minimum(clashes)
  const scores = modes.map((mode, index) => (clashes[index] === fewest ? score(lists[mode]) : Infinity))
  const best = minimum(scores)
  const tied = modes.filter((_, index) => scores[index]! <= best + tolerances.alignmentTie)
  if (tied.length === 1) return tied[0]!
  // Numbers as wide as one another tell nothing: headers are centred in their cells.
  const firstData = content.findIndex((line) => line.kind === 'data')
  const heads = content.slice(0, Math.max(0, firstData)).flatMap((line) => line.heads)
  let choice = tied[0]!
  let least = Infinity
  for (const mode of tied) {
    const bounds = boundariesFor(columns, pitch, mode)
    const middles = bounds.slice(1).map((bound, column) => (bounds[column]! + bound) / 2)
    const sorted = inOrder(middles)
    let cost = 0
    for (const piece of heads) {
      const centre = centreOf(piece)
      cost += Math.abs(centre - middles[nearestColumn(middles, centre, sorted)]!)
    }
    if (cost < least - tolerances.alignmentTie) {
      least = cost
      choice = mode
    }
  }
  return choice
}

/**
 * Edges of the value cells (`count + 1` of them), for values aligned as given: half a
 * column before a left-aligned number, a column after a right-aligned one, halfway
 * between centred ones; the outer edges a step (or half a step) out.
 */
export function boundariesFor(columns: ReadonlyArray<ValueColumn>, pitch: number, alignment: Alignment): Array<number> {
  const last = columns.length - 1
  const before = tolerances.cellBefore
  const after = tolerances.cellAfter
  const boundaries: Array<number> = []
  for (let column = 0; column <= columns.length; column++) {
    const left = columns[column - 1]
    const right = columns[column]
    if (!left) {
      boundaries.push(
        alignment === 'centre'
          ? right!.centre - pitch / 2
          : alignment === 'left'
            ? right!.start - before
            : Math.min(right!.start, right!.end - pitch) - after
      )
    } else if (!right) {
      boundaries.push(alignment === 'left' ? columns[last]!.start + pitch - before : left.end + (alignment === 'centre' ? pitch / 2 : after))
    } else if (alignment === 'left') {
      boundaries.push(right.start - before)
    } else if (alignment === 'right') {
      boundaries.push(left.end + after)
    } else {
      boundaries.push((left.centre + right.centre) / 2)
    }
  }
  return boundaries
}
