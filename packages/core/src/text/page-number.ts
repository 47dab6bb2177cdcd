/**
 * A line that is only a page number as PDF exports print them: `-3-`, `- 3 -`, `— 3 —`,
 * `~3~`, `第 3 页`, `第3页 共6页`, `3 / 6`, `Page 3`, `3 of 6`, and the last four between
 * dashes too (`-- 3 of 6 --`, as pdf-parse joins pages). No two unbounded quantifiers
 * meet without a required character between them, so a long line is matched in linear
 * time.
 */
const pageNumber =
  /^[\s\f]*(?:[-—–－―~]+\s*\d{1,4}\s*[-—–－―~]+|(?:[-—–－―~]+\s*)?(?:第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page\s*)?\d{1,4}\s+of\s+\d{1,4}|page\s*\d{1,4})(?:\s*[-—–－―~]+)?)[\s\f]*$/iu

/** A bare number of up to four digits: a page's number when nothing else stands on its line and a page break follows (tested trimmed). */
const bareNumber = /^\d{1,4}$/u

/** Whether a line is only a bare number (`3`): a page number if a page break follows it, which the caller tells. */
export function isBareNumber(text: string): boolean {
  return bareNumber.test(text.trim())
}

/** Longest trimmed line that can be a page number. */
export const maxPageNumberLength = 24

/** THE page-number test: whether a line is only a page number. */
export function isPageNumber(text: string): boolean {
  // pdftotext centres page numbers: the length that counts is the trimmed one.
  if (text.length > maxPageNumberLength && text.trim().length > maxPageNumberLength) return false
  return pageNumber.test(text)
}
