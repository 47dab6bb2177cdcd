import {z} from 'zod'

/** Statistics period, as ISO dates (`2024-01-01`). */
export const PeriodSchema = z.object({
  start: z.string().nullable(),
  end: z.string().nullable()
})

/** Contact details the report states. */
export const ContactSchema = z.object({
  agency: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  phone: z.string().nullable(),
  fax: z.string().nullable(),
  email: z.string().nullable()
})

/** Facts about the report itself. */
export const MetaSchema = z.object({
  title: z.string().nullable().describe('Title as written, lines joined'),
  agency: z.string().nullable().describe('Reporting agency (沂源县司法局)'),
  year: z.number().int().nullable().describe('Report year (the year reported on)'),
  template: z.enum(['2021', '2019']).describe('Template version: 2021 (国办公开办函〔2021〕30号) or 2019'),
  period: PeriodSchema.nullable(),
  contact: ContactSchema.nullable()
})

export type Period = z.infer<typeof PeriodSchema>
export type Contact = z.infer<typeof ContactSchema>
export type Meta = z.infer<typeof MetaSchema>
