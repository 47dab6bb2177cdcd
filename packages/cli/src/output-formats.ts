/** The output formats of `xxgk parse`, in the order of the help text. */
export const outputFormats = ['csv', 'csv-long', 'ndjson', 'json'] as const

/** An output format: wide CSV, long CSV, NDJSON or a JSON array. */
export type OutputFormat = (typeof outputFormats)[number]
