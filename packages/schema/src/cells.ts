import {z} from 'zod'
import {cellIds, type CellId, type CellId2021} from './cell-ids.js'
import {codebook} from './codebook.js'
import type {Cells2019} from './template-2019/cells.js'
import type {TemplateId} from './template-2021/types.js'

const descriptions = new Map(codebook.map((entry) => [entry.id, entry.header + ' (' + entry.unit + ')']))

/**
 * The flat map: every one of the 200 cell ids → number or null. Each cell carries its
 * table, row and column labels as its description, so the JSON Schema is a codebook too.
 */
export const CellsSchema = z.object(
  Object.fromEntries(cellIds.map((id) => [id, z.number().nullable().describe(descriptions.get(id) ?? id)])) as Record<
    CellId2021,
    z.ZodNullable<z.ZodNumber>
  >
)

/** The flat map of a report on the 2021 form: its 200 ids → number or null. */
export type Cells = z.infer<typeof CellsSchema>

/** The flat map of a report on one form: `CellsOf<'2021'>` is `Cells`, `CellsOf<'2019'>` is `Cells2019`. */
export type CellsOf<T extends TemplateId> = {'2021': Cells; '2019': Cells2019}[T]

/**
 * A flat map of either form, keyed by `CellId`: the type that takes the cells of any
 * report (`Cells` and `Cells2019` are both one). An id the report's form lacks is absent.
 */
export type CellMap = Readonly<Partial<Record<CellId, number | null>>>
