/**
 * Holds results that arrive out of order (from worker threads) until every earlier
 * one is there, then hands them out in index order. It keeps only the results not yet
 * emittable; the caller bounds that by how many tasks it lets run ahead.
 *
 * @example
 *   const buffer = new ReorderBuffer<string>()
 *   buffer.put(1, 'b') // nothing ready: index 0 is missing
 *   buffer.put(0, 'a')
 *   [...buffer.take()] // ['a', 'b']
 */
export class ReorderBuffer<T> {
  /** Index of the next value to hand out. */
  next = 0
  readonly #held = new Map<number, T>()

  /** Number of values held, waiting for an earlier one. */
  get size(): number {
    return this.#held.size
  }

  /** Stores the value of `index`. */
  put(index: number, value: T): void {
    this.#held.set(index, value)
  }

  /** Hands out, in order, every value from `next` on that is contiguous. */
  *take(): Generator<T, undefined, undefined> {
    while (this.#held.has(this.next)) {
      const value = this.#held.get(this.next) as T
      this.#held.delete(this.next)
      this.next++
      yield value
    }
    return undefined
  }
}
