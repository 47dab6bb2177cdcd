/** Marks that end a sentence, in either width, trailing spaces allowed. */
const sentenceEnd = /[。！？；!?;]\s*$/u
/** A colon at the end: a lead-in to what follows (`联系方式如下：`). */
const leadInEnd = /[：:]\s*$/u

/**
 * THE sentence-end test: whether a line ends a sentence (`。` `；` `！` `？`), so is prose,
 * never a cell or a row of a table.
 */
export function endsSentence(text: string): boolean {
  return sentenceEnd.test(text)
}

/** Whether a line ends a sentence or a lead-in (`：`): prose, never a row of a table. */
export function endsProse(text: string): boolean {
  return sentenceEnd.test(text) || leadInEnd.test(text)
}
