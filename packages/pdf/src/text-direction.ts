/**
 * Which way a page's text runs, and the turn that sets it reading left to right: pages
 * turned by `/Rotate`, tables set sideways, and glyphs set across the page (watermarks,
 * stamps) that are no part of its lines. Engine-free: angles and affine maps only.
 */

/** An affine map `[a, b, c, d, e, f]`: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`. */
export type Transform = readonly [number, number, number, number, number, number]

/** Quarter turns (clockwise, in page points from the top left) from reading left to right. */
export type QuarterTurn = 0 | 1 | 2 | 3

/**
 * A glyph whose baseline lies within this of a page axis runs along it (PDF writers set
 * text at exact quarter turns; rounding leaves hundredths of a degree). Any other angle
 * is text set across the page: a watermark, a stamp.
 */
export const axisTolerance = (2 * Math.PI) / 180

/**
 * The quarter turn of a glyph's baseline in page points from the top left (y down), or
 * `undefined` for one set across the page.
 *
 * @param angle the glyph's angle in PDF user space as PDFium's `FPDFText_GetCharAngle`
 *   gives it: radians, measured clockwise (a glyph matrix `[0 1 -1 0]`, its baseline
 *   running up the page, is 3π/2).
 * @param toPage the map from user space to page points.
 */
export function quarterTurnOf(angle: number, toPage: Transform): QuarterTurn | undefined {
  const ux = Math.cos(angle)
  const uy = -Math.sin(angle)
  const dx = toPage[0] * ux + toPage[2] * uy
  const dy = toPage[1] * ux + toPage[3] * uy
  const turns = Math.atan2(dy, dx) / (Math.PI / 2)
  const nearest = Math.round(turns)
  if (Math.abs(turns - nearest) * (Math.PI / 2) > axisTolerance) return undefined
  return (((nearest % 4) + 4) % 4) as QuarterTurn
}

/**
 * The quarter turn most of a page's glyphs run at (0 when counts tie with it, or when no
 * glyph runs along an axis).
 *
 * @param counts glyphs per quarter turn.
 */
export function mostCommonTurn(counts: ArrayLike<number>): QuarterTurn {
  let best: QuarterTurn = 0
  for (const turn of [1, 2, 3] as const) if (counts[turn]! > counts[best]!) best = turn
  return best
}

/**
 * The map from page points to the points of the page turned so that text at `turn`
 * reads left to right from the top left, and that page's size.
 */
export function unturn(turn: QuarterTurn, width: number, height: number): {transform: Transform; width: number; height: number} {
  switch (turn) {
    case 1:
      // Text running down the page: its top faces right.
      return {transform: [0, -1, 1, 0, 0, width], width: height, height: width}
    case 2:
      return {transform: [-1, 0, 0, -1, width, height], width, height}
    case 3:
      return {transform: [0, 1, -1, 0, height, 0], width: height, height: width}
    default:
      return {transform: [1, 0, 0, 1, 0, 0], width, height}
  }
}

/** `inner` then `outer`, as PDF matrices compose (row vectors: p × inner × outer). */
export function compose(inner: Transform, outer: Transform): Transform {
  const [a, b, c, d, e, f] = inner
  const [A, B, C, D, E, F] = outer
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]
}

export function apply([a, b, c, d, e, f]: Transform, x: number, y: number): [number, number] {
  return [a * x + c * y + e, b * x + d * y + f]
}
