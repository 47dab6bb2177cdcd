/**
 * Every tolerance of the space-aligned reader, named. Units: `columns` are character
 * columns in the metric chosen (code points or display columns) unless said otherwise;
 * `× pitch` is a fraction of the median step between value columns; `lines` count
 * content lines (blank lines and page numbers left out) unless said otherwise.
 */
export const tolerances = {
  // --- Pages and lines ---------------------------------------------------------------
  /** Lines (printed) after a bare number within which a page break makes it the page's number: a few blank lines. */
  pageNumberReach: 4,
  /** Lines before the first number, at most, for a header to be looked for again (the detector lets eight lead in, titles add a few). */
  maxHeaderLines: 12,
  /** Words (pieces) a header needs at least for its repeat to tell a new page: one word repeats by chance. */
  minHeaderWords: 2,

  // --- Wrapped numbers ---------------------------------------------------------------
  /** Lines a wrapped number's halves may stand apart: right under it, or a label's first line in between. */
  wrapReach: 2,
  /** Display columns a number needs at least to wrap: a one-digit number fits any cell. */
  minWrappedWidth: 2,
  /** Columns a tail's start or end may stand off its head's: converters centre or pad a wrapped rest by one. */
  wrapAlign: 1,
  /** Value columns a table needs for a lone digit beside a label to read as a wrapped tail: a row of 表二 may well hold one digit. */
  manyColumns: 4,
  /** Tails, at least, among which one number of the line above may be a number that fitted its cell. */
  fitAmongTails: 3,
  /** Columns apart that the extents of stray digits and a number may be and still meet: a wrapped rest is set under its head. */
  strayMeet: 1,
  /** Printed lines (blank lines count) within which stray digits may be the rest of a number. */
  strayReach: 2,
  /** Numbers a total needs at least to join the row it sums: two parts add up by chance too often. */
  minSumParts: 3,

  // --- Metric --------------------------------------------------------------------------
  /** Cost (columns of numbers, or steps of header misfit) by which one metric must beat the other: a tie goes to display columns. */
  metricTie: 0.25,
  /** Columns of numbers each header word outweighs: a misplaced header is worse than a number or two lining up by chance. */
  headerWordWeight: 1.5,
  /** Columns of numbers a header misfit of one step weighs. */
  headerFitWeight: 3,
  /** × pitch a header word counts at most when misfitted: one over a column blank in every row is no worse than one between two. */
  headerWordMiss: 0.5,
  /** × pitch before the first number from which header words stand over the numbers. */
  headerReach: 0.5,
  /** Word and column pairs, at most, whose shifts are tried for one header line: more is no header. */
  maxShifts: 10_000,

  // --- Geometry ------------------------------------------------------------------------
  /** Columns apart, at most, that the aligned edges of one column's numbers stand. */
  clusterGap: 1,
  /** Columns: the least step between value columns (a pitch of one or less is noise). */
  minPitch: 2,
  /** Columns: the step between value columns when there is only one. */
  defaultPitch: 8,
  /** Columns before the first number of the reference page where the value columns start. */
  valueMargin: 1,
  /** Full rows needed to tell the column count when the numbers line up on more columns. */
  fullRowsTelling: 3,
  /** × pitch added before rounding a gap down to whole steps: a gap a quarter step short of two steps is two. */
  gapRounding: 0.25,
  /** × pitch a gap between columns must reach to hold columns left blank in every full row (two steps, less what uneven steps take). */
  gapSteps: 1.7,
  /** Numbers a row needs at least to fit a page with no full row: fewer place anywhere. */
  partialRowNumbers: 3,
  /** Header words paired across pages, at least, to fit a page from its repeated header. */
  headerPairs: 3,
  /** The least and most scale of a page onto the reference page: beyond half or double is a poor fit. */
  minScale: 0.5,
  maxScale: 2,
  /** Columns (summed over a page's labels) by which unscaled labels must line up better to stay unscaled. */
  labelScaleMargin: 1,
  /** Assignment work (positions × columns) beyond which numbers go to their nearest columns: more than any table holds. */
  maxAssignWork: 1_000_000,

  // --- Lines and columns ---------------------------------------------------------------
  /** Columns before where the numbers start from which text stands over the value columns. */
  headOverValues: 2,
  /** Columns past the last label start from which text may stand over the value columns. */
  headPastLabels: 2,
  /** × pitch a header may be wide and still head one column (wider: it spans several). */
  leafWidth: 1.2,
  /** × pitch apart that header centres stand to be headers of different columns. */
  stackGap: 0.6,
  /** × pitch by which a header must be nearer a new outer column than the outer one to claim it. */
  claimMargin: 0.25,
  /** Columns by which a lone text must be nearer the table's centre than the value columns' to be a title. */
  titleMargin: 1,
  /** Spread (columns) within which alignments tie: the header tells then. */
  alignmentTie: 0.25,
  /** Columns before a left-aligned number's start where its cell starts. */
  cellBefore: 0.5,
  /** Columns after a right-aligned number's end where its cell ends. */
  cellAfter: 1,

  // --- Doubts --------------------------------------------------------------------------
  /** Columns a number may stand off where its column's numbers stand, in a table whose converter pushes numbers. */
  offColumn: 1,
  /** Columns outside the value cells beyond which a number is in no column. */
  outsideCells: 1,
  /** × pitch by which a run's first number must be nearer its own column than the next ones. */
  runMargin: 0.5,
  /** Columns inside a number's ends whose cells it may be in: its end columns may overhang its cell. */
  cellInset: 1,
  /** Share of the value columns a row without label must fill to be a row (fewer: a stray line). */
  rowShare: 0.5,

  // --- Headers -------------------------------------------------------------------------
  /** Share of the value columns below which the headers of the top line are few (each spans several). */
  fewTopHeaders: 0.5,
  /** × pitch a spanning header costs when it spans away from the column under its centre. */
  homeOutside: 4,
  /** × pitch each header costs when its line has fewer columns than headers. */
  noRoom: 8,

  // --- Labels --------------------------------------------------------------------------
  /** Columns apart that label starts of one label column may stand (converters shift a label by a column or two). */
  labelShift: 2,
  /** Columns from the first start of a label column that its starts may drift. */
  labelDrift: 4,
  /** Columns short of the widest label that a label may end and still fill its column (code points; display columns). */
  fullLabelChar: 2,
  fullLabelDisplay: 4,
  /** Columns past the next label column's start that a label must reach to run into it. */
  runsIntoNext: 2,
  /** Lines (outside headers) between two pieces of one label, at most. */
  labelGapLines: 4,
  /** Rows (whole, adding up) a table needs at least with their numbers on one side of their labels to tell the side numbers between two labels are on: one may sit there by chance (a label cut by a page break). */
  minSideRows: 2,

  // --- Labels spread across their cells (分散对齐) ---------------------------------------
  /** One-character pieces (a short row number among them) a run needs to be one spread label by itself: two may be two labels' pieces. */
  minSpreadPieces: 3,
  /** Code points between two one-character pieces beyond which they are one two-character label spread across its cell: the characters of two narrow group columns set one a line stand three apart (`办   三`). */
  spreadPairGap: 4,
  /** Blank columns between two pieces of a run, at least, that tell a table of labels spread across their cells: justified lines (两端对齐) set one space between characters. */
  spreadApart: 2,

  // --- Vertical group labels ------------------------------------------------------------
  /** Characters (code points; twice as many display columns) a piece of a group label set down a narrow column holds at most: one or two a line. */
  stackedChars: 2,
  /** Content lines apart, at most, that two characters of such a label stand: a row's wrapped label or its numbers' own line may come between, and a page break. */
  stackGapLines: 3,
  /** Pieces such a label has at least: two short pieces one under another are as likely two short labels. */
  minStack: 3,
  /** Columns apart that the starts of a mark read as a value and the label pieces above and below it may stand to be one label (before the metric is chosen: in code points or in display columns). */
  stackAlign: 1
} as const
