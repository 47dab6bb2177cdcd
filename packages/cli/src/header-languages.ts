/** Languages of the CSV headers: cell ids and English names, or the form's Chinese labels. */
export const headerLanguages = ['id', 'zh'] as const

/** The language of the CSV headers. */
export type HeaderLanguage = (typeof headerLanguages)[number]
