import {isPageNumber} from '../text/page-number.js'
import {pageTolerances, type PageContent, type WordLine} from './model.js'

/**
 * Drops what a page prints around the report: page numbers (`- 3 -`, `第 3 页`) that
 * stand at the page's top or bottom or in its top or bottom band, and running heads or
 * feet (the same text in the top or bottom band of two or more pages). A page's edge is
 * peeled line by line: once its last line is dropped, the line above it is at the edge
 * (a foot of two lines, `- 3 -` over `第3页共6页`, is dropped whole). Only lines at those
 * places count, so that a sentence of the report that happens to repeat is never dropped.
 *
 * Returns, per page, the lines kept and how many were dropped.
 */
export function dropFurniture(
  pages: ReadonlyArray<{page: PageContent; lines: Array<WordLine>}>,
  tolerances = pageTolerances
): Array<{kept: Array<WordLine>; dropped: number}> {
  const inBand = (page: PageContent, line: WordLine) =>
    line.box.bottom < page.height * tolerances.marginBand || line.box.top > page.height * (1 - tolerances.marginBand)
  const seen = new Map<string, number>()
  for (const {page, lines} of pages) {
    const texts = new Set(lines.filter((line) => inBand(page, line)).map((line) => bandKey(page, line)))
    for (const text of texts) seen.set(text, (seen.get(text) ?? 0) + 1)
  }
  return pages.map(({page, lines}) => {
    const running = (line: WordLine) => inBand(page, line) && (seen.get(bandKey(page, line)) ?? 0) >= 2
    const atEdgeDropped = (line: WordLine) => isPageNumber(line.text) || running(line)
    let first = 0
    let last = lines.length - 1
    while (first <= last && atEdgeDropped(lines[first]!)) first++
    while (last >= first && atEdgeDropped(lines[last]!)) last--
    const kept = lines.slice(first, last + 1).filter((line) => !(inBand(page, line) && (isPageNumber(line.text) || running(line))))
    return {kept, dropped: lines.length - kept.length}
  })
}

/** A running head is the same text in the same band; digits vary with the page. */
function bandKey(page: PageContent, line: WordLine): string {
  const band = line.box.top < page.height / 2 ? 'top' : 'bottom'
  return band + ':' + line.text.replace(/\d+/gu, '#')
}
