/** The output formats of `xxgk parse`, in the order of the help text. */
export const outputFormats = ['csv', 'csv-long', 'ndjson', 'json', 'xlsx'] as const

/** An output format: wide CSV, long CSV, NDJSON, a JSON array, or an Excel workbook. */
export type OutputFormat = (typeof outputFormats)[number]

/**
 * Why an output cannot go where it was sent, or `undefined`: an Excel workbook is binary,
 * so it is refused on a terminal (stdout with no `--out`), where it would only scramble
 * the screen; a pipe or a redirect to a file takes it.
 */
export function refuseOutput(format: OutputFormat, out: string | undefined, stdoutIsTerminal: boolean): string | undefined {
  if (format !== 'xlsx' || out || !stdoutIsTerminal) return undefined
  return '`--format xlsx` writes a binary workbook: give `--out FILE.xlsx`, or redirect stdout to a file'
}
