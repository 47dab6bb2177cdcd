/**
 * Edit distances between label keys, counted in characters (code points, so a Han
 * character beyond the BMP is one edit, not two), and bounded: past `limit` the answer is
 * `limit + 1`, which is all the label matcher needs to know.
 *
 * Written here rather than taken from a package: the matcher weighs a label against
 * every label of a table and only asks whether two keys are within three or four edits,
 * so a bounded count that stops as soon as the limit is passed is what fits, and the
 * infix distance (how far a text is from any piece of a label) is no package's.
 * `fastest-levenshtein`, the common choice, computes the whole distance in UTF-16 code
 * units, with no bound.
 */

/** The characters of a text as code points. */
export function codePoints(text: string): Array<number> {
  const points: Array<number> = []
  for (const character of text) points.push(character.codePointAt(0)!)
  return points
}

/**
 * Levenshtein distance (deletions, insertions, substitutions, one edit each) between
 * two texts, or `limit + 1` when it is more than `limit`.
 *
 * @example
 *   editDistance(codePoints('属于国家秘'), codePoints('属于国家秘密'), 3) // 1
 */
export function editDistance(a: ReadonlyArray<number>, b: ReadonlyArray<number>, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const far = limit + 1
  let previous = rowOf(b.length + 1, 0)
  let current = rowOf(b.length + 1, 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    // Only cells within `limit` of the diagonal can end within the limit: the band.
    const low = Math.max(1, i - limit)
    const high = Math.min(b.length, i + limit)
    current[low - 1] = low === 1 ? i : far
    let smallest = current[low - 1]!
    for (let j = low; j <= high; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current[j] = value
      if (value < smallest) smallest = value
    }
    // The cell right of the band, read by the next row, is out of reach.
    if (high < b.length) current[high + 1] = far
    // Every way on passes through this row: past the limit here, past it at the end.
    if (smallest > limit) return far
    const done = previous
    previous = current
    current = done
  }
  return Math.min(previous[b.length]!, far)
}

/**
 * How far a text is from the nearest piece of another (the distance to its best
 * matching substring, the text used whole), or `limit + 1` when more than `limit`:
 * 0 when the text is a piece of it.
 *
 * @example
 *   infixDistance(codePoints('行政机关不再处'), codePoints('申请人逾期未按收费通知要求缴纳费用行政机关不再处理'), 3) // 0
 */
export function infixDistance(text: ReadonlyArray<number>, within: ReadonlyArray<number>, limit: number): number {
  if (text.length - within.length > limit) return limit + 1
  let previous = rowOf(within.length + 1, 0)
  let current = rowOf(within.length + 1, 1)
  // The piece may start anywhere: the first row costs nothing.
  for (let j = 0; j <= within.length; j++) previous[j] = 0
  for (let i = 1; i <= text.length; i++) {
    current[0] = i
    let smallest = i
    for (let j = 1; j <= within.length; j++) {
      const cost = text[i - 1] === within[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current[j] = value
      if (value < smallest) smallest = value
    }
    if (smallest > limit) return limit + 1
    const done = previous
    previous = current
    current = done
  }
  // …and end anywhere.
  let best = limit + 1
  for (let j = 0; j <= within.length; j++) if (previous[j]! < best) best = previous[j]!
  return best
}

/** Two rows of the table of distances, reused from call to call (labels are short). */
const rows: [Array<number>, Array<number>] = [[], []]

function rowOf(length: number, which: 0 | 1): Array<number> {
  const row = rows[which]
  while (row.length < length) row.push(0)
  return row
}
