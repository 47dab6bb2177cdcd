import {z} from 'zod'
import {CellValueSchema} from '../cell-value.js'
import {ApplicationsTableSchema, ExtraRowSchema, ReviewLitigationTableSchema} from '../tables.js'

const cell = CellValueSchema

const documentRow = z.object({newlyMade: cell, newlyPublished: cell, totalPublished: cell})
const itemRow = z.object({previousYearItems: cell, changeThisYear: cell, decisions: cell})

/** 表二 of the 2019 form: 主动公开政府信息情况. */
export const ActiveDisclosureTable2019Schema = z.object({
  regulations: documentRow,
  normativeDocuments: documentRow,
  licensing: itemRow,
  otherManagementServices: itemRow,
  punishment: itemRow,
  enforcement: itemRow,
  fees: z.object({previousYearItems: cell, changeThisYear: cell}),
  procurement: z.object({items: cell, amount: cell})
})

const {otherDisposal: _threeRows, total, carriedForward, ...beforeOtherDisposal} = ApplicationsTableSchema.shape

/** 表三 of the 2019 form: as in 2021, （六）其他处理 one row. */
export const ApplicationsTable2019Schema = z.object({
  ...beforeOtherDisposal,
  otherDisposal: ApplicationsTableSchema.shape.total,
  total,
  carriedForward
})

/** The three statistical tables of a 2019-template report, every value with its provenance. */
export const Tables2019Schema = z.object({
  activeDisclosure: ActiveDisclosureTable2019Schema,
  applications: ApplicationsTable2019Schema,
  reviewLitigation: ReviewLitigationTableSchema,
  extraRows: z.array(ExtraRowSchema)
})

export type ActiveDisclosureTable2019 = z.infer<typeof ActiveDisclosureTable2019Schema>
export type ApplicationsTable2019 = z.infer<typeof ApplicationsTable2019Schema>
export type Tables2019 = z.infer<typeof Tables2019Schema>
