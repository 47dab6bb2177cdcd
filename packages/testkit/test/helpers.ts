import {cellIds} from '@xxgk/schema'
import type {FixtureReport} from '../src/index.js'

/** The text each cell value prints as, in the template's order of cells. */
export function expectedTokens(report: FixtureReport): string[] {
  return cellIds.flatMap((id) => {
    const value = report.cells[id]
    if (value === null || value === undefined) return []
    return [id === 'activeDisclosure.fees.amount' ? value.toFixed(2) : String(value)]
  })
}

/** The part of a text from the heading of 二 up to the heading of 五: the three tables. */
export function tablesRegion(text: string): string {
  const start = text.indexOf('主动公开政府信息情况')
  const end = text.indexOf('存在的主要问题及改进情况')
  if (start < 0 || end < start) throw new Error('No tables region')
  return text.slice(start, end)
}

/** Whitespace- or pipe-delimited tokens that are plain numbers, in reading order. */
export function numericTokens(text: string): string[] {
  return text.split(/[\s|]+/).filter((token) => /^\d+(?:\.\d+)?$/.test(token))
}
