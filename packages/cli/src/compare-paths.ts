/**
 * Orders paths by plain UTF-16 code units (not locale, not natural order), so the
 * output order is the same on every machine and with any `--jobs`.
 *
 * @example
 *   ['b.txt', 'B.txt', 'a/x.txt'].sort(comparePaths) // ['B.txt', 'a/x.txt', 'b.txt']
 */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
