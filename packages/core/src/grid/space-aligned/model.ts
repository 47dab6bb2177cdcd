import type {Position} from '@xxgk/schema'
import type {AlignedFragment, AlignedLine} from '../detect-space-aligned.js'
import type {Line} from '../../text/lines.js'

/**
 * The model the space-aligned reader builds, stage after stage ({@link fromSpaceAligned}
 * in `read.ts`). The content lines and their pieces are the one state the stages share:
 * `collectLines` creates them, and each later stage fills in the fields its doc names
 * (the fields below say which stage sets them). Everything else a stage works out is
 * its result, handed on to the stages after it.
 */

export interface SpaceAlignedOptions {
  /**
   * Where pages break when the lines no longer show it, by line number (`Line.line`):
   * `formFeeds`, lines that held a form feed (each starts a page of `pdftotext`), and
   * `pageNumbers`, page-number lines dropped before the table was cut. A page break lies
   * between a line and the one before it when such a number is in between, the line's
   * own included.
   */
  formFeeds?: ReadonlySet<number> | undefined
  pageNumbers?: ReadonlySet<number> | undefined
  /**
   * The lines as the detector cut them (`detectedAlignedLine`), by index in `lines`: one
   * that is missing or cut from another line object is cut again.
   */
  aligned?: ReadonlyArray<AlignedLine | undefined> | undefined
  /**
   * What the forms' labels say of a text, where only a label can prove that label cells
   * one below another are one row's label (`template-labels.ts`). The caller supplies it
   * (`labelNamesOf` of its config): the grid knows no form. Without it, no such join.
   */
  labels?: LabelNames | undefined
}

/** What the forms' labels (built in and added by extensions) say of a text. */
export interface LabelNames {
  /** Whether the text names anything (a row, a group, a column) of a table of either form. */
  namesAnything(text: string): boolean
  /** Whether the text names exactly one row, and nothing else, of a table of one form at least. */
  namesOneRow(text: string): boolean
}

/** Positions are read in code points (what `pdftotext` counts) or in display columns (CJK characters two wide). */
export type Metric = 'char' | 'display'

/** How numbers sit in their value columns. */
export type Alignment = 'left' | 'right' | 'centre'

/** A fragment of the table, with its geometry. */
export interface Piece {
  /** Index of its line among the content lines (renumbered by `mergeWrappedNumbers`). */
  order: number
  line: Line
  /** Its text (`mergeWrappedNumbers` appends a wrapped number's tail, `joinLabelHalves` a label's right half). */
  text: string
  from: number
  to: number
  /** Where the text ends, for a number wrapped onto the next line. */
  endLine: Line
  endTo: number
  fragment: AlignedFragment
  value: boolean
  numbered: boolean
  /** Start and width in the chosen metric, as printed on its page (set by `placePieces`). */
  x: number
  width: number
  /** Columns the text takes on its line in the chosen metric (code points or display columns; set by `placePieces`). */
  printed: number
  /** Start and width in the coordinates of the reference page (set by `chooseGeometry`). */
  nx: number
  nwidth: number
  /**
   * Start as a label, in the coordinates of the reference page: labels lie between the
   * page's left edge (column 0 on every page) and where its numbers start, and are
   * stretched as that stretch is (set by `chooseGeometry`).
   */
  lx: number
}

/** A line of the block that is not blank and not a page number. */
export interface ContentLine {
  order: number
  aligned: AlignedLine
  /** Page of the block (pages are separated by form feeds, page numbers or a repeated header). */
  segment: number
  /** Its fragments, in line order (`mergeWrappedNumbers` and `joinLabelHalves` take some out). */
  pieces: Array<Piece>
  /** Its numbers: the pieces that read as values, in line order (kept with `pieces`). */
  numbers: Array<Piece>
  /** Set by `classifyLines`. */
  kind: 'data' | 'header' | 'text'
  /** Its numbers and the text standing over the value columns on its line, by centre (set by `classifyLines`). */
  values: Array<Piece>
  /** Fragments left of the values (set by `classifyLines`, halves joined by `findLabelColumns`). */
  labels: Array<Piece>
  /** Text over the value columns on a line without numbers (set by `classifyLines`). */
  heads: Array<Piece>
  /** Value column of each value, in the order of `values` (set by `classifyLines`). */
  columns: Array<number>
  /** Set for lines of a header block or a title line (by `findHeaderBlocks`). */
  header: boolean
  /** Numbers whose column is in doubt, with the columns they may be in (set by `findDoubts`, made when a first is). */
  doubts: Map<Piece, Array<number>> | undefined
  /** Whether its numbers are pushed one space apart (`isPacked`), once asked (after wrapped numbers are joined). */
  packed?: boolean | undefined
  /** Its numbers that stand where their columns are (`placedValues`), once asked. */
  placed?: Array<Piece> | undefined
  /** Whether a label before its numbers is spread across its cell (set by `markSpreadLabels`). */
  spreadLabel?: boolean | undefined
  /** Its first number when set one space after a label in a table of spread labels, not where its column is (set by `markSpreadLabels`). */
  pushedByLabel?: Piece | undefined
}

/** A value column, in reference coordinates. */
export interface ValueColumn {
  start: number
  end: number
  centre: number
}

/** How a page's printed positions map onto the reference page: `printed = offset + scale × reference`. */
export interface Transform {
  offset: number
  scale: number
}

/**
 * The value columns and what goes with them, fixed once the lines are classified
 * (`classifyLines`): what the header and row stages read, and none writes.
 */
export interface Grid {
  metric: Metric
  columns: ReadonlyArray<ValueColumn>
  /** The number of value columns: `columns.length`. */
  count: number
  /** Median step between the centres of neighbouring columns. */
  pitch: number
  /** A column before where the numbers of the reference page start. */
  valueStart: number
  /** Edges of the value cells (`count + 1`). */
  boundaries: ReadonlyArray<number>
  /** Value column whose cell holds a position (reference coordinates). */
  cellOf: (x: number) => number
  /** Pages whose geometry was fitted from full rows or a repeated header (or the reference page). */
  trusted: ReadonlySet<number>
  /**
   * The most numbers a row holds when the numbers of the reference page line up on more
   * columns than that (set then only): the column count the rows themselves tell.
   */
  fullRow: number | undefined
}

/** A label cell being built from fragments of one label column. */
export interface Chain {
  column: number
  pieces: Array<Piece>
  /** Data lines on which this label is the deepest label. */
  anchors: Array<ContentLine>
  /** A group label set down its column a character or two a line (`verticalLabels`): never a row's label. */
  vertical?: boolean | undefined
}

/** A cell ready to place. */
export interface CellSpec {
  value: string
  column: number
  colSpan: number
  rowSpan: number
  position: Position | undefined
  /** A number left unread may be the cell's (`TableCell.crowded`). */
  crowded?: boolean | undefined
}

/** A row ready to place, ordered by the first line it holds. */
export interface RowSpec {
  order: number
  cells: Array<CellSpec>
  /** Numbers of its lines were left unread (`TableRow.numbersUnread`). */
  numbersUnread?: boolean | undefined
}

/** A data row (or a label without values) while rows are worked out. */
export interface DataRow {
  chain: Chain | undefined
  lines: Array<ContentLine>
  tokens: Array<Piece>
  first: number
  last: number
  /** Label column of the row's label; Infinity for a row without label. */
  depth: number
  /** Index of the header block it follows. */
  block: number
  cells: Array<CellSpec>
}

/** Centre of a piece in reference coordinates. */
export function centreOf(piece: Piece): number {
  return piece.nx + piece.nwidth / 2
}

