import type {CellId2021, CellIdOf} from './cell-ids.js'
import type {CellMap, CellsOf} from './cells.js'
import type {CellId2019} from './template-2019/cell-ids.js'
import {template2019, template2021, templateOf} from './templates.js'
import type {TemplateId} from './template-2021/types.js'

/**
 * How a 2019 cell and 2021 cells measure the same thing:
 * - `same`: one cell each, the same row and column of the form (表三 but （六）, 表四,
 *   表二's 处理决定数量 of 行政许可 / 行政处罚 / 行政强制);
 * - `sum`: the 2019 cell is the sum of the 2021 cells (（六）其他处理, one row in 2019,
 *   three in 2021).
 */
export interface CrosswalkEntry {
  readonly relation: 'same' | 'sum'
  readonly cell2019: CellId2019
  readonly cells2021: ReadonlyArray<CellId2021>
}

const otherDisposalRows2021 = ['overdueCorrection', 'unpaidFee', 'other']

/**
 * The crosswalk between the 2019 and 2021 forms: every 2019 cell that has a 2021
 * counterpart. 表二 changed its quantities: of its cells only the 处理决定数量 of 行政许可,
 * 行政处罚 and 行政强制 keep their meaning (2021 本年处理决定数量); the rest have none
 * (`crosswalkUnmatched`).
 */
export const crosswalk: ReadonlyArray<CrosswalkEntry> = template2019.cellIds.flatMap((id): Array<CrosswalkEntry> => {
  if (isCellId2021(id)) return [{relation: 'same', cell2019: id, cells2021: [id]}]
  const otherDisposal = /^applications\.otherDisposal\.(\w+)$/u.exec(id)
  if (otherDisposal) {
    const column = otherDisposal[1]!
    const cells2021 = otherDisposalRows2021.map((row) => 'applications.otherDisposal.' + row + '.' + column).filter(isCellId2021)
    return [{relation: 'sum', cell2019: id, cells2021}]
  }
  return []
})

function isCellId2021(id: string): id is CellId2021 {
  return (template2021.cellIds as ReadonlyArray<string>).includes(id)
}

/** The cells of each form the crosswalk does not reach: they have no counterpart in the other. */
export const crosswalkUnmatched: {readonly [T in TemplateId]: ReadonlyArray<CellIdOf<T>>} = {
  '2019': template2019.cellIds.filter((id) => !crosswalk.some((entry) => entry.cell2019 === id)),
  '2021': template2021.cellIds.filter((id) => !crosswalk.some((entry) => entry.cells2021.includes(id)))
}

/**
 * A report's values on the ids of another template, where the crosswalk allows it:
 * `same` cells copied, a 2019 `sum` cell the sum of its 2021 cells when all are numbers.
 * Every other cell is `null`: a 2019 （六）其他处理 cannot be split into the three 2021
 * rows, and 表二's changed quantities have no counterpart.
 *
 * @example
 *   crosswalkCells(result.cells, '2021', '2019')['applications.otherDisposal.total']
 *   // the sum of the three 2021 （六） totals
 */
export function crosswalkCells<To extends TemplateId>(cells: CellMap, from: TemplateId, to: To): CellsOf<To> {
  const ids: ReadonlyArray<string> = templateOf(to).cellIds
  const read = cells as Readonly<Record<string, number | null | undefined>>
  const result: Record<string, number | null> = Object.fromEntries(ids.map((id) => [id, null]))
  if (from === to) {
    for (const id of ids) result[id] = read[id] ?? null
    return result as CellsOf<To>
  }
  for (const entry of crosswalk) {
    if (to === '2021') {
      if (entry.relation === 'same') result[entry.cells2021[0]!] = read[entry.cell2019] ?? null
      continue
    }
    const values = entry.cells2021.map((id) => read[id] ?? null)
    // Counts: whole numbers, so the sum is exact.
    result[entry.cell2019] = values.some((value) => value === null) ? null : values.reduce<number>((sum, value) => sum + value!, 0)
  }
  return result as CellsOf<To>
}
