import {configure, labelMatcherOf, matchSectionHeading, type Block, type Extension} from '@xxgk/core'
import type {Element, Root} from 'hast'
import {blockTags} from './block-tags.js'
import {chromeLevel} from './chrome-level.js'
import type {HtmlContext} from './context.js'
import {readBlocks} from './read-blocks.js'

/** Where the report is in a page, and what to leave out around it. */
export interface ReportScope {
  /** The smallest element holding every section heading, template table and the title. */
  node: Element | Root
  /** Page chrome to skip inside it. */
  skip: (element: Element) => boolean
}

/** A report title: a year, then 信息公开/政务公开 … 报告, on a short line. */
const titleLike = /(?:19|20)\d{2}\s*年.*(?:信息公开|政务公开).*报告/u

/** Labels of a table that must name template rows or columns for it to count as a report table. */
const minTemplateLabels = 2

/**
 * Finds the report inside a full page. Anchors are the lines that are section headings
 * (`一、总体情况`), the tables whose cells name template rows and columns, and the
 * report's title (the last short line with a year and 信息公开…报告 before them) —
 * none of them inside a link, and a title not inside navigation (breadcrumbs repeat
 * it). The report is the smallest element holding the blocks of every anchor; page
 * chrome (navigation, footers, share bars, breadcrumbs, by tag or by class/id words) is
 * left out unless it holds an anchor. A page with fewer than two anchors is read whole,
 * chrome left out, and the core decides whether it is a report at all.
 *
 * @example
 *   findReport(fromHtml(page), [], context).node // the <div class="article"> holding the report
 */
export function findReport(tree: Root, extensions: ReadonlyArray<Extension>, context: HtmlContext): ReportScope {
  const matcher = labelMatcherOf(configure(extensions))
  const anchors: Array<ReadonlyArray<Element>> = []
  // Every element around an anchor, the anchor's own block included, is kept even if it looks like chrome.
  const kept = new Set<Element>()
  // The title is the last title-like line before the first anchor: earlier ones are site
  // banners, later ones the report quoting itself or a list of other reports.
  let title: ReadonlyArray<Element> | undefined
  readBlocks(tree, {
    ...context,
    skip: () => false,
    onBlock(block: Block, ancestors) {
      if (ancestors.some((element) => element.tagName === 'a')) return
      if (block.type === 'table') {
        let labels = 0
        for (const row of block.children) for (const cell of row.children) if (matcher.lookup(cell.value).length > 0) labels++
        if (labels >= minTemplateLabels) {
          anchors.push(containerPath(ancestors))
          for (const element of ancestors) kept.add(element)
        }
      } else if (matchSectionHeading(block.value)) {
        anchors.push(containerPath(ancestors))
        for (const element of ancestors) kept.add(element)
      } else if (
        anchors.length === 0 &&
        block.value.length <= 80 &&
        titleLike.test(block.value) &&
        !ancestors.some((element) => chromeLevel(element) === 'strong')
      ) {
        title = [...ancestors]
      }
    }
  })
  if (title) for (const element of title) kept.add(element)
  const all = title ? [...anchors, containerPath(title)] : anchors
  // Chrome is page structure: inline elements (`<span class="top">`) are never taken for it.
  const skip = (element: Element) => blockTags.has(element.tagName) && !kept.has(element) && chromeLevel(element) !== undefined
  // One anchor says little about where the report is: read the whole page then.
  if (anchors.length === 0 || all.length < 2) return {node: tree, skip}
  let common = all[0]!.length
  for (const path of all) {
    let index = 0
    while (index < common && index < path.length && path[index] === all[0]![index]) index++
    common = index
  }
  return {node: common === 0 ? tree : all[0]![common - 1]!, skip}
}

/**
 * The elements that hold an anchor's block, without the block itself (its `<p>`,
 * `<h1>`, `<table>`, and inline elements inside): the report is what holds the
 * blocks, so even a single anchor yields the element around its siblings.
 */
function containerPath(ancestors: ReadonlyArray<Element>): Array<Element> {
  const path = [...ancestors]
  while (path.length > 0 && !blockTags.has(path.at(-1)!.tagName)) path.pop()
  path.pop()
  return path
}
