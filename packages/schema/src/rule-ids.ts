/**
 * Every rule id the parser reports (`@xxgk/core` and the readers built on it), each with
 * what it means: the vocabulary of `Diagnostic.ruleId`. The table of `docs/diagnostics.md`
 * is checked against this record by `packages/core/test/rule-ids.test.ts`.
 *
 * Note: when adding a rule, also document it in `docs/diagnostics.md`.
 */
export const ruleIds = {
  /** Conversion debris such as `[image: …]` or `[bookmark: …]` was removed from text. */
  'text-debris': 'conversion debris removed from the text',
  /** A page-number line (`- 3 -`, `第 3 页`, `3 / 6`) was dropped. */
  'text-page-number': 'a page-number line was dropped',
  /** A running head or bare page number between two parts of a pipe table was dropped. */
  'text-page-furniture': 'page furniture inside a table was dropped',
  /** Most lines were markdown headings (a converter heads lines by their font size): the marks were read away. */
  'text-converter-marks': 'markdown heading marks a converter set on most lines were read away',
  /** A .docx held hidden text (`w:vanish`), left out as Word neither shows nor prints it. */
  'docx-hidden-text': 'hidden text of a .docx was left out',
  /** A .docx held tracked deletions, left out: the text is read with its changes accepted. */
  'docx-deleted-text': 'tracked deletions of a .docx were left out',
  /** A PDF page printed glyphs whose font maps them to no character: the text they stand in is not read. */
  'pdf-unmapped-glyphs': 'a PDF page has characters its font maps to no text',
  'pdf-text-turned': 'a PDF page\'s text runs a quarter or half turn from the page as shown, and was read along the text',
  'pdf-glyphs-aside': 'a PDF page has characters set at an angle to its text (a watermark, a stamp), left out',
  /** Glyphs far larger than the text they are drawn over (a watermark or stamp set level), left out. */
  'pdf-glyphs-stamp': 'a PDF page has characters far larger than the text they are drawn over (a watermark, a stamp), left out',
  /** Text a PDF page draws but does not show (invisible over shown text, clipped away, beyond the crop box) was left out. */
  'pdf-glyphs-hidden': 'a PDF page has characters it does not show (invisible, clipped away, beyond its crop box), left out',
  /** Page numbers and running heads or feet of a PDF were dropped. */
  'pdf-page-furniture': 'page numbers and running heads of a PDF were dropped',
  /** A PDF page holds rows of numbers in no table whose borders part its rows: read from the places of its words. */
  'pdf-unruled-table': 'a PDF table without drawn borders (or whose borders do not part its rows) was read from the places of its words',
  /** A canonical section was not found. */
  'section-missing': 'a section of the template was not found',
  /** A cell's number may be cut short (the input ends in it, it wrapped over two lines, or it runs across its cell's border): not trusted. */
  'text-truncated': 'a number that may be cut short is not trusted',
  /** A section heading was found without its number (总体情况 instead of 一、总体情况). */
  'section-unnumbered': 'a section heading was found without its number',
  /** A section appeared twice. */
  'section-duplicate': 'a section heading appeared more than once',
  /** The tables fill both forms (2019 and 2021 labels): the template they match best was taken. */
  'template-mixed': 'the tables hold labels of both the 2019 and the 2021 form; the better match was taken',
  /** The tables name nothing only one form has: the template was taken from the report year. */
  'template-unclear': 'the tables name nothing only one form has; the template was taken from the report year',
  /** A template table was not found in the document. */
  'table-missing': 'a statistical table of the template was not found',
  /** A table of the document could not be identified as one of the template's. */
  'table-unknown': 'a table matches none of the template tables',
  /** The column header of a table could not be read, so the template order was assumed. */
  'table-header-assumed': 'the column header was not recognised; the template column order was assumed',
  /** A table row's label matches no template row. */
  'row-unknown': 'a table row matches no row of the template',
  /** A row of a known template variant (such as （六）其他处理 as one row). */
  'row-variant': 'a row of a variant of the template',
  /** A row label a few characters from a template row's, and nearer no other label, was read as that row. */
  'row-label-approximate': 'a row label a few characters off a template row (and nearer no other) was read as that row',
  /** A table printed a column group as one column (`法人或其他组织` without its five columns): the group's cells are null. */
  'column-group-merged': 'a table printed a column group as one column; the group\'s cells are null, the other columns read',
  /** A row has a different number of values than the template row has columns. */
  'row-value-count': 'a row has a different number of values than the template expects',
  /** A row read from a layout that keeps only order failed its 总计 sum, so its cells were left null. */
  'row-unverified': 'a row whose placement its layout cannot prove was left null (a 总计 that is not the sum, values split by a page break, a missing row after it)',
  /** A stream of cells was out of row order (values under a column label), so its values were left null. */
  'table-unordered': 'a table read from a stream of cells out of row order was left null',
  /** Most rows of a space-aligned table did not add up (numbers read in part), so its values were left null. */
  'table-unverified': 'a space-aligned table whose rows mostly do not add up was left null',
  /** A row of values with no label (a converter set it outside the table) was placed on the one row the table's sums allow. */
  'row-placed-by-sums': 'a row of values with no label was placed on the one template row the sums allow',
  /** A row of values with no label could not be placed: its candidate rows are named, its values kept aside. */
  'row-unplaced': 'a row of values with no label could not be placed on one template row',
  /** The same template row appeared twice; the first is kept. */
  'row-duplicate': 'a template row appeared twice',
  /** A label matches several template rows equally well. */
  'label-ambiguous': 'a label matches more than one template row',
  /** A cell of the template was not found in the input. */
  'cell-missing': 'a template cell was not found in the input',
  /** A cell was blank. */
  'cell-blank': 'a cell was blank',
  /** A cell held a mark meaning none (`/`, `-`, `—`, `无`, `空`). */
  'cell-marked': 'a cell held a mark instead of a number',
  /** A cell held text that is not a number. */
  'number-unreadable': 'a cell holds text that is not a number',
  /** A count cell held a fraction. */
  'number-not-integer': 'a count cell holds a fraction',
  /**
   * A row's numbers add up only with the same last digit taken off some of them: that
   * digit may be a footnote mark printed close after the number (`82¹` exported as `821`).
   */
  'number-mark-glued': 'a number whose last digit may be a footnote mark is not trusted',
  /**
   * A number stood in its cell beside another the reader left unread (a footnote mark
   * set apart from it, a number between two columns): which of them is the cell's cannot be told.
   */
  'number-crowded': 'a number that shared its cell with an unread number is not trusted',
  /** A number carried a note beside it (`22（其中修订16件）`). */
  'number-annotated': 'a number carried an annotation, which was kept',
  /** An amount was given in 元 and converted to 万元. */
  'number-unit-converted': 'an amount in 元 was converted to 万元',
  /** The report's agency could not be found. */
  'meta-agency-missing': 'the agency could not be found in the title',
  /** The report year could not be found. */
  'meta-year-missing': 'the report year could not be found',
  /** 一 + 二 = 三(七)总计 + 四 fails in a column of 表三. */
  'consistency-column-balance': '新收 + 结转 ≠ 办理结果总计 + 结转下年度 in a column of 表三',
  /** 总计 ≠ 自然人 + 法人或其他组织 in a row of 表三. */
  'consistency-row-total': 'the 总计 column of a row of 表三 is not the sum of the applicant columns',
  /** （七）总计 ≠ the sum of the outcome rows (一)…(六). */
  'consistency-outcome-total': '（七）总计 is not the sum of the outcome rows',
  /** 表四: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结. */
  'consistency-review-total': 'a 总计 of 表四 is not the sum of its outcomes',
  /** A check could not run because a value it needs is null. */
  'consistency-skipped': 'a consistency check was skipped because a value is null'
} as const

/** One of the parser's rule ids (`'consistency-row-total'`, `'cell-blank'`, …). */
export type RuleId = keyof typeof ruleIds

/**
 * The `ruleId` of a diagnostic: one of the parser's (`RuleId`) or whatever id a custom
 * check names (`Check.ruleId`). The rule ids of custom checks are strings no list can
 * hold, yet a plain `string` would swallow the literals and with them the editor's
 * completion of the built-in ids. `string & {}` is a string that TypeScript does not
 * merge the literals into, so both hold: any string is accepted, and the built-ins are
 * offered wherever a rule id is written or compared. It is the idiom of `@types/react`
 * (`AriaRole`) and csstype; vfile-message itself types `ruleId` as a plain string, and a
 * type parameter carried through every result for the ids of a user's checks would cost
 * every signature more than it gives. Where only built-ins may appear, use `RuleId`.
 */
export type DiagnosticRuleId = RuleId | (string & {})
