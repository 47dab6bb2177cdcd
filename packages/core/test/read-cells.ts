import {parseReport} from '../src/index.js'

/** The cells a text of lines gives a value, by id. */
export function readCells(lines: ReadonlyArray<string>): Record<string, number> {
  const {cells} = parseReport(lines.join('\n') + '\n')
  return Object.fromEntries(Object.entries(cells).filter((entry): entry is [string, number] => entry[1] !== null))
}

/** A row of 表三's seven values, by the id of its row. */
export function applicationsRow(id: string, values: ReadonlyArray<number | null>): Record<string, number | null> {
  const columns = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total']
  return Object.fromEntries(columns.map((column, index) => ['applications.' + id + '.' + column, values[index]!]))
}
