import {distinctCells} from './distinct-cells.js'

/** A report to render: who published it, for which year, and the value of every cell. */
export interface FixtureReport {
  /** Publishing agency, e.g. `测试县司法局`. */
  agency: string
  /** Reporting year, e.g. `2024`. */
  year: number
  /** All 200 cell ids of the 2021 template; `null` is a blank cell. */
  cells: Record<string, number | null>
}

const agencies = [
  '测试县司法局',
  '样例市生态环境局',
  '示范区人民政府',
  '测试县交通运输局',
  '样例市市场监督管理局',
  '示范县人力资源和社会保障局'
] as const

const years = [2021, 2022, 2023, 2024] as const

/**
 * A complete report for a seed: an agency and year picked by the seed and the cells of
 * {@link distinctCells}. `overrides.agency` and `overrides.year` replace the picked ones;
 * `overrides.cells` is merged over the generated cells, so a test can blank a few cells
 * (`{cells: {'applications.granted.research': null}}`) and keep the rest.
 *
 * @example
 *   fixtureReport(3, {agency: '测试县司法局', year: 2024})
 */
export function fixtureReport(seed: number, overrides: Partial<FixtureReport> = {}): FixtureReport {
  const index = Math.abs(Math.trunc(seed))
  return {
    agency: overrides.agency ?? agencies[index % agencies.length] ?? agencies[0],
    year: overrides.year ?? years[index % years.length] ?? years[0],
    cells: {...distinctCells(seed), ...overrides.cells}
  }
}
