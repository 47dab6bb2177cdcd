import {z} from 'zod'
import {PositionSchema} from './place.js'
import {sectionKeys} from './template-2021/sections.js'

/** A paragraph of narrative text, debris removed. */
export const ParagraphSchema = z.object({
  text: z.string(),
  position: PositionSchema.nullable()
})

/** A sub-section （一）…（十） of a narrative section. */
export const SubsectionSchema = z.object({
  number: z.string().nullable().describe('The number as written, such as `（一）`'),
  heading: z.string().describe('The heading line as written, number included'),
  paragraphs: z.array(ParagraphSchema),
  position: PositionSchema.nullable()
})

/** One of the six canonical sections, in document order. */
export const SectionSchema = z.object({
  key: z.enum(sectionKeys),
  heading: z.string().describe('The heading as written'),
  numbered: z.boolean().describe('Whether the heading carried its number (一、…)'),
  paragraphs: z.array(ParagraphSchema).describe('Paragraphs before the first sub-section'),
  subsections: z.array(SubsectionSchema),
  position: PositionSchema.nullable()
})

export type Paragraph = z.infer<typeof ParagraphSchema>
export type Subsection = z.infer<typeof SubsectionSchema>
export type Section = z.infer<typeof SectionSchema>
