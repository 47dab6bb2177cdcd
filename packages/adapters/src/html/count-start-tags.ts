/**
 * Start tags (`<` then a letter) in an html text, counted up to just past `limit`: a
 * scan of the text, far cheaper than the parse tree a page of a million cells would
 * build before any other limit could be checked.
 */
export function countStartTags(html: string, limit: number): number {
  let count = 0
  for (let index = html.indexOf('<'); index !== -1 && count <= limit; index = html.indexOf('<', index + 1)) {
    const next = html.charCodeAt(index + 1) | 32
    if (next >= 97 && next <= 122) count++
  }
  return count
}
