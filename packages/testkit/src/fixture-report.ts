import type {TemplateId} from '@xxgk/schema'
import {distinctCells} from './distinct-cells.js'

/** A report to render: who published it, for which year, and the value of every cell. */
export interface FixtureReport {
  /** Publishing agency, e.g. `测试县司法局`. */
  agency: string
  /** Reporting year, e.g. `2024`. */
  year: number
  /** The form the report fills: 2021 (the default) or 2019. */
  template?: TemplateId
  /** Every cell id of its template (200 of 2021, 198 of 2019); `null` is a blank cell. */
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
/** The years the 2019 form was the rule for. */
const years2019 = [2019, 2020] as const

/**
 * A complete report for a seed: an agency and year picked by the seed and the cells of
 * {@link distinctCells}. `overrides.agency` and `overrides.year` replace the picked ones;
 * `overrides.cells` is merged over the generated cells, so a test can blank a few cells
 * (`{cells: {'applications.granted.research': null}}`) and keep the rest.
 * `overrides.template` `'2019'` gives a report on the 2019 form (a year of 2019 or 2020
 * picked, the 198 cells of that form).
 *
 * @example
 *   fixtureReport(3, {agency: '测试县司法局', year: 2024})
 *   fixtureReport(3, {template: '2019'})
 */
export function fixtureReport(seed: number, overrides: Partial<FixtureReport> = {}): FixtureReport {
  const index = Math.abs(Math.trunc(seed))
  const template = overrides.template ?? '2021'
  const pickYears = template === '2019' ? years2019 : years
  const report: FixtureReport = {
    agency: overrides.agency ?? agencies[index % agencies.length] ?? agencies[0],
    year: overrides.year ?? pickYears[index % pickYears.length] ?? pickYears[0],
    cells: {...distinctCells(seed, template), ...overrides.cells}
  }
  if (template === '2019') report.template = template
  return report
}
