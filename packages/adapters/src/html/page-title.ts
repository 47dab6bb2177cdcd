import type {Block, Paragraph} from '@xxgk/core'
import type {Element, Nodes, Root} from 'hast'
import {positionOf} from './position-of.js'

/**
 * The words of a report's title (`…政府信息公开工作年度报告`), as the core's meta reader
 * knows them; up to `titleEnd` characters of the page's `<title>` are read, which is
 * where a site's name (`_某市人民政府`) follows.
 */
const titleWords = /^(.{0,60}?(?:政府信息公开|政务公开|信息公开)[^。；_|｜]{0,12}?(?:年度)?报告)/u
/** A title line in the blocks is short: a longer paragraph that cites a title is prose. */
const maxTitleLength = 80
/** A sentence's end: a title line has none (`根据《条例》…编制本报告。` is prose naming no report). */
const sentenceEnd = /[。！？]/u
/** The blocks before the report's first table or section where a title line would be. */
const frontBlocks = 8

/**
 * A paragraph naming the report, taken from the page's `<h1>` or `<title>`, for a page
 * whose body has no title line of its own (the title is in the site's chrome, left
 * out): `undefined` when the body has one, or the page names no report. A `<title>`
 * keeps only the title, not the site's name after it.
 *
 * @example
 *   pageTitle(fromHtml('<title>某局2023年度政府信息公开工作年度报告_某市</title>…'), blocks)
 *   // {type: 'paragraph', value: '某局2023年度政府信息公开工作年度报告', position: …}
 */
export function pageTitle(tree: Root, blocks: ReadonlyArray<Block>): Paragraph | undefined {
  const front = blocks.slice(0, frontBlocks)
  const isTitleLine = (text: string) => text.length <= maxTitleLength && !sentenceEnd.test(text) && titleWords.test(text)
  if (front.some((block) => block.type !== 'table' && isTitleLine(block.value.trim()))) {
    return undefined
  }
  for (const tagName of ['h1', 'title']) {
    const element = firstElement(tree, tagName)
    if (!element) continue
    const title = titleWords.exec(textOf(element).replace(/\s+/gu, ' ').trim())?.[1]
    if (title === undefined) continue
    const paragraph: Paragraph = {type: 'paragraph', value: title}
    const position = positionOf(element)
    if (position) paragraph.position = position
    return paragraph
  }
  return undefined
}

function firstElement(node: Nodes, tagName: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tagName) return node
  if (!('children' in node)) return undefined
  for (const child of node.children) {
    const found = firstElement(child, tagName)
    if (found) return found
  }
  return undefined
}

/** The text inside a node, as the `<title>` bar or a heading shows it. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  return node.children.map((child) => textOf(child)).join('')
}
