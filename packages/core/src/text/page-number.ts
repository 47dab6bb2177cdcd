/**
 * A line that is only a page number as PDF exports print them: `-3-`, `- 3 -`,
 * `— 3 —`, `第 3 页`, `第3页 共6页`, `3 / 6`, `Page 3`.
 */
const pageNumber =
  /^[\s\f]*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)[\s\f]*$/u

/** Whether a line is only a page number. */
export function isPageNumber(text: string): boolean {
  // pdftotext centres page numbers: the length that counts is the trimmed one.
  if (text.length > 24 && text.trim().length > 24) return false
  return pageNumber.test(text)
}
