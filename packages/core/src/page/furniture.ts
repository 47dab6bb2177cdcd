import {isPageNumber} from '../text/page-number.js'
import {pageTolerances, type PageContent, type WordLine} from './model.js'

/**
 * Drops what a page prints around the report: page numbers (`- 3 -`, `第 3 页`) that
 * are the first or last line of a page or stand in its top or bottom band, and running
 * heads or feet (the same text in the top or bottom band of two or more pages). Only
 * lines at those places count, so that a sentence of the report that happens to repeat
 * is never dropped.
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
    const first = lines[0]
    const last = lines.at(-1)
    const kept = lines.filter((line) => {
      const atEdge = line === first || line === last || inBand(page, line)
      return !(atEdge && isPageNumber(line.text)) && !(inBand(page, line) && (seen.get(bandKey(page, line)) ?? 0) >= 2)
    })
    return {kept, dropped: lines.length - kept.length}
  })
}

/** A running head is the same text in the same band; digits vary with the page. */
function bandKey(page: PageContent, line: WordLine): string {
  const band = line.box.top < page.height / 2 ? 'top' : 'bottom'
  return band + ':' + line.text.replace(/\d+/gu, '#')
}
