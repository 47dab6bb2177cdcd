/**
 * A function of a text remembered per text: labels, marks and headings repeat line after
 * line and report after report. The memory is bounded (it starts over when full), so
 * hostile input cannot grow it without end.
 */
export function memoizeText<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const memory = new Map<string, T>()
  return (text) => {
    let value = memory.get(text)
    if (value === undefined && !memory.has(text)) {
      if (memory.size >= limit) memory.clear()
      value = read(text)
      memory.set(text, value)
    }
    return value as T
  }
}
