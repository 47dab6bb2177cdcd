import {z} from 'zod'
import {CellValueSchema} from './cell-value.js'
import {PositionSchema} from './place.js'

const cell = CellValueSchema

const documentRow = z.object({made: cell, repealed: cell, inForce: cell})

/** 表二: 主动公开政府信息情况. */
export const ActiveDisclosureTableSchema = z.object({
  regulations: documentRow,
  normativeDocuments: documentRow,
  licensing: z.object({decisions: cell}),
  punishment: z.object({decisions: cell}),
  enforcement: z.object({decisions: cell}),
  fees: z.object({amount: cell})
})

const applicantRow = z.object({
  naturalPerson: cell,
  commercial: cell,
  research: cell,
  publicInterest: cell,
  legalService: cell,
  otherOrg: cell,
  total: cell
})

/** 表三: 收到和处理政府信息公开申请情况. */
export const ApplicationsTableSchema = z.object({
  newReceived: applicantRow,
  carriedOver: applicantRow,
  granted: applicantRow,
  partiallyGranted: applicantRow,
  denied: z.object({
    stateSecret: applicantRow,
    lawForbidden: applicantRow,
    threeSecurityOneStability: applicantRow,
    thirdParty: applicantRow,
    internalAffairs: applicantRow,
    processInfo: applicantRow,
    enforcementCaseFile: applicantRow,
    inquiryMatter: applicantRow
  }),
  unableToProvide: z.object({notHeld: applicantRow, needsCreation: applicantRow, unclear: applicantRow}),
  notProcessed: z.object({
    petition: applicantRow,
    duplicate: applicantRow,
    publication: applicantRow,
    massRepeated: applicantRow,
    confirmation: applicantRow
  }),
  otherDisposal: z.object({overdueCorrection: applicantRow, unpaidFee: applicantRow, other: applicantRow}),
  total: applicantRow,
  carriedForward: applicantRow
})

const outcomeRow = z.object({upheld: cell, corrected: cell, other: cell, pending: cell, total: cell})

/** 表四: 政府信息公开行政复议、行政诉讼情况. */
export const ReviewLitigationTableSchema = z.object({
  review: outcomeRow,
  litigationDirect: outcomeRow,
  litigationAfterReview: outcomeRow
})

/**
 * A table row the template does not have (`unknown`), or a row of a known variant of
 * the template (`variant`, such as （六）其他处理 printed as one row): kept, never dropped.
 */
export const ExtraRowSchema = z.object({
  table: z.enum(['activeDisclosure', 'applications', 'reviewLitigation']).nullable(),
  kind: z.enum(['unknown', 'variant']),
  labels: z.array(z.string()).describe('The row’s label cells as written'),
  values: z.array(CellValueSchema).describe('The row’s value cells, in order'),
  position: PositionSchema.nullable()
})

/** The three statistical tables, every value with its provenance. */
export const TablesSchema = z.object({
  activeDisclosure: ActiveDisclosureTableSchema,
  applications: ApplicationsTableSchema,
  reviewLitigation: ReviewLitigationTableSchema,
  extraRows: z.array(ExtraRowSchema)
})

export type ActiveDisclosureTable = z.infer<typeof ActiveDisclosureTableSchema>
export type ApplicationsTable = z.infer<typeof ApplicationsTableSchema>
export type ReviewLitigationTable = z.infer<typeof ReviewLitigationTableSchema>
export type ExtraRow = z.infer<typeof ExtraRowSchema>
export type Tables = z.infer<typeof TablesSchema>
