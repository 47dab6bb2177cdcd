/**
 * The positioned-word model: what a page with coordinates gives, before any table is
 * read from it. A PDF reader fills it from the glyphs and drawn paths of each page;
 * the geometry that turns it into blocks (`pagesToTree`) never knows which engine did.
 *
 * Coordinates are in the page's own unit (PDF points), origin at the top left of the
 * page, y growing downwards.
 */

/** One printed character with its box. */
export interface Glyph {
  /** The character (one code point; U+FFFD where the font maps the glyph to no character). */
  text: string
  left: number
  right: number
  top: number
  bottom: number
  /** Font size in page units: the scale of every tolerance that reads glyphs. */
  size: number
}

/** A box on a page, in page units from its top left corner. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** A straight line drawn on the page (a table border), horizontal or vertical. */
export interface Rule {
  axis: 'horizontal' | 'vertical'
  /** y of a horizontal rule, x of a vertical one. */
  at: number
  /** Where it starts and ends along its axis (`from` ≤ `to`). */
  from: number
  to: number
}

/** A run of glyphs set close together on one line: a word, or a CJK phrase. */
export interface Word {
  text: string
  box: Box
  size: number
  /** A drawn vertical rule stands between this word and the one before it: two cells part there. */
  walled?: boolean
}

/** Words that share a baseline, left to right. */
export interface WordLine {
  words: Array<Word>
  box: Box
  /** The line's text: its words, a space where they stand apart. */
  text: string
  size: number
}

/** One page: its size, glyphs and the rules drawn on it. */
export interface PageContent {
  /** 1-indexed page number. */
  number: number
  width: number
  height: number
  glyphs: Array<Glyph>
  rules: Array<Rule>
}

/**
 * Every tolerance the page geometry uses, named, in units of the font size (`size`) of
 * the glyphs at hand or in page units (`points`) where no glyph is involved.
 */
export const pageTolerances = {
  /** Rules this close (points) on the same axis are one border (Word draws double lines 1 pt apart). */
  ruleSnap: 2,
  /** Collinear pieces of a rule with gaps up to this (points) are one rule. */
  ruleGap: 2,
  /** A rule reaching this close (points) to another counts as touching it. */
  ruleTouch: 2.5,
  /** A filled rectangle this thin (points) or thinner is drawn as a rule, not as shading. */
  ruleThickness: 2.5,
  /** A cell's last line ending this close (× size) to its right border ran to the edge: its text may wrap on. */
  cellWrap: 2.5,
  /** Rows or columns of a ruled table narrower than this (points) are border artefacts. */
  minSlot: 3,
  /**
   * A glyph drawn again within this × size of the same glyph (across and down) is one
   * glyph: writers embolden text by drawing it twice a hair apart (as poppler's text
   * output, pdfplumber's `dedupe_chars` read it once).
   */
  overprint: 0.2,
  /**
   * A digit no larger than this × the size of the digit just before it, its baseline
   * `superscriptRise` × that size or more higher, is a footnote mark (`1,234¹`), no digit
   * of the number (Word sets superscripts at about 0.65 × size, raised a third of it).
   */
  superscriptSize: 0.75,
  /** See `superscriptSize`. */
  superscriptRise: 0.2,
  /**
   * A glyph this many times the size of a glyph its box overlaps is a watermark or stamp
   * drawn over the text (`dropStamps`); body text and tables are set at one or two sizes
   * within a factor of 1.5 (a superscript at 0.65).
   */
  stampSize: 2,
  /** Glyphs whose baselines differ by less than this × size share a line. */
  sameLine: 0.5,
  /** A gap wider than this × size between glyphs on a line separates two words. */
  wordGap: 0.5,
  /**
   * Two digits on either side of a cell border this much (× size) further apart than the
   * digits beside them, or less, are one number run across the border (`markOverflows`).
   */
  overflowRhythm: 0.1,
  /** Glyphs whose sizes differ by less than this share of the smaller are set in one size. */
  sameSize: 0.2,
  /** Page top and bottom bands (fraction of the page height) where running heads and page numbers stand. */
  marginBand: 0.1,
  /** A line ending this close (× size) to the text's right edge ran on to the next line. */
  runOn: 1.5,
  /** A line starting further right than this (× size) from the text's left edge is indented. */
  indent: 0.8,
  /** Lines further apart than this × size (baseline to baseline) belong to different paragraphs. */
  paragraphGap: 3
} as const

export type PageTolerances = typeof pageTolerances
