import {z} from 'zod'
import {codebookOf} from '../codebook.js'
import {cellIds2019, type CellId2019} from './cell-ids.js'
import {templateCells2019} from './template.js'

const descriptions = new Map(codebookOf(templateCells2019, '2019').map((entry) => [entry.id, entry.header + ' (' + entry.unit + ')']))

/**
 * The flat map of a 2019-template report: every one of the 198 cell ids → number or null,
 * each with its table, row and column labels as its description.
 */
export const Cells2019Schema = z.object(
  Object.fromEntries(cellIds2019.map((id) => [id, z.number().nullable().describe(descriptions.get(id) ?? id)])) as Record<
    CellId2019,
    z.ZodNullable<z.ZodNumber>
  >
)

export type Cells2019 = z.infer<typeof Cells2019Schema>
