/**
 * A custom pipeline: the parser's stages as unified plugins, with a step of our own
 * between them. The step marks every table cell holding `待统计` (“to be counted”) as
 * blank, so it reads as a `null` with a `cell-blank` diagnostic instead of `unreadable`.
 *
 *   pnpm --filter xxgk-examples custom-pipeline
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root} from '@xxgk/core'
import {xxgkParse, xxgkReport} from '@xxgk/core/unified'
import {unified} from 'unified'

/** A unified plugin: returns the transformer that runs on the block tree. */
export function blankPending() {
  return (tree: Root) => {
    for (const block of tree.children) {
      if (block.type !== 'table') continue
      for (const row of block.children) for (const cell of row.children) if (cell.value === '待统计') cell.value = ''
    }
  }
}

const path = fileURLToPath(new URL('../seeds/003_d764aaae447f3579.txt', import.meta.url))
const text = readFileSync(path, 'utf8').replace('行政许可\t0', '行政许可\t待统计')

const file = await unified().use(xxgkParse).use(blankPending).use(xxgkReport).process(text)
const result = file.result!
console.log(result.report.meta.agency, '行政许可:', result.cells['activeDisclosure.licensing.decisions'])
for (const message of file.messages) if (message.ruleId?.startsWith('cell-')) console.log(String(message))
