/** A pseudo-random source: each call returns a float in [0, 1). */
export type Random = () => number

/**
 * The mulberry32 generator: small, fast and deterministic for a 32-bit seed.
 *
 * @example
 *   const random = mulberry32(7)
 *   random() // always the same first number for seed 7
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}
