import type {Locale} from './report/diagnostic-text.js'
import type {
  CellIdOf,
  CellMap,
  CellsOf,
  DiagnosticRuleId,
  Position,
  SectionKey,
  TableKey,
  TableSource,
  Template,
  TemplateId
} from '@xxgk/schema'
import type {VFile} from 'vfile'

/**
 * The block tree every input becomes before recognition: a unist tree whose leaves are
 * paragraphs, headings and tables. Text layouts, .docx and html all produce this one
 * shape, so recognition, mapping and validation never know where the input came from.
 */
export interface Root {
  type: 'root'
  children: Array<Block>
  position?: Position | undefined
}

/** A block of the document. */
export type Block = Heading | Paragraph | Table

/** A line or paragraph of text as written, with debris such as `[image: …]` removed. */
export interface Paragraph {
  type: 'paragraph'
  value: string
  position?: Position | undefined
}

/**
 * A heading the input marked as one (markdown `#`, a Word heading style, html `<h1>`).
 * Plain-text headings arrive as paragraphs; recognition finds them by their words.
 */
export interface Heading {
  type: 'heading'
  depth: number
  value: string
  position?: Position | undefined
}

/**
 * How a table was read, which decides how far its column indices can be trusted:
 * - `cell-per-line`: one cell per line after a tab, rows separated by blank lines;
 * - `cell-stream`: one cell per line with nothing to mark rows (plain-text exports);
 * - `tab-rows`: one row per line, cells separated by tabs;
 * - `pipe`: a markdown (GFM) pipe table;
 * - `space-aligned`: columns found from whitespace geometry (`pdftotext -layout`);
 * - `docx` / `html`: explicit table markup with spans;
 * - `pdf`: borders drawn on a PDF page (cells from the rules, spans where a rule is missing).
 */
export type TableLayout = 'cell-per-line' | 'cell-stream' | 'tab-rows' | 'pipe' | 'space-aligned' | 'docx' | 'html' | 'pdf'

/** How a table's rows are told apart (see {@link Table.rows}). */
export type TableRows = 'marked' | 'labels-apart' | 'order'

/**
 * What a table's reader vouches for, set once by the reader: the template mapping asks
 * these, never which layout the table came from.
 */
export type TableReading = Pick<Table, 'aligned' | 'rows' | 'numbersMayWrap' | 'labelsMayFloat'>

/**
 * THE grid model: every table layout produces one. Rows hold the cells that start in
 * them; a cell spanning several rows or columns is stored once, at its top-left slot,
 * with its spans. `column` is the grid column of that slot.
 */
export interface Table {
  type: 'table'
  layout: TableLayout
  /**
   * Whether `column` is the cell's true column in the printed form. True for markup
   * (docx, html, pipe) and geometry (space-aligned); false where converters drop or
   * shift empty cells (tab rows, cell per line), in which case only the order of the
   * cells in a row is used.
   */
  aligned: boolean
  /**
   * How the reader told the table's rows apart: `marked` (each row's cells are known),
   * `labels-apart` (a row's label and its values stand on lines of their own, so lines
   * lost can leave a label over the next row's values), or `order` (a stream of cells:
   * only their order, and the template's sums, tell rows and columns).
   */
  rows: TableRows
  /**
   * Whether numbers may wrap inside their cells and be read in part (columns found from
   * text geometry): a row's 总计 then vouches for the row.
   */
  numbersMayWrap: boolean
  /**
   * Whether text of the table may have been set outside it (converter markdown): a row
   * of values with no label is placed later, where the table's sums prove its row.
   */
  labelsMayFloat: boolean
  /** 0-indexed number of the table in a structured document, if it has one. */
  index?: number | undefined
  children: Array<TableRow>
  position?: Position | undefined
}

/** A row of the grid. */
export interface TableRow {
  type: 'tableRow'
  children: Array<TableCell>
  position?: Position | undefined
  /**
   * The row's values run across a page break in a layout that keeps no columns (a cell
   * stream): a converter may print the cells of a row split by a page in another order.
   */
  pageBreak?: boolean | undefined
  /**
   * Text a converter set outside the table between two of its parts (a piece of a label
   * it could not place in its row), kept as a row of one cell where it stood. It names no
   * row by itself: the cells around it may not be its.
   */
  floating?: boolean | undefined
  /**
   * Numbers on the row's lines were left unread (their column or their whole in doubt):
   * its cells stand where they were printed, but how many it has, and so their order,
   * tells nothing.
   */
  numbersUnread?: boolean | undefined
}

/** A cell of the grid. */
export interface TableCell {
  type: 'tableCell'
  /** Cell text as written (paragraphs joined by newlines), debris removed. */
  value: string
  /** 0-indexed grid column of the cell's first slot. */
  column: number
  /** Number of grid columns the cell covers (≥ 1). */
  colSpan: number
  /** Number of grid rows the cell covers (≥ 1). */
  rowSpan: number
  /** Where the text of the cell is in a text input. */
  position?: Position | undefined
  /** Where the cell is in a structured input (docx/html table, row, column). */
  source?: TableSource | undefined
  /** The cell's text may be cut short: the input ends inside it (a cut download), its number wrapped over two lines, or it runs on across the cell's border (a PDF). */
  truncated?: boolean | undefined
  /** The cell's last digit may be a footnote mark set close after its number (`82¹` exported as `821`). */
  gluedMark?: boolean | undefined
  /**
   * A number left unread may be the cell's: one that stood beside the cell's number (a
   * footnote mark set apart, a number between two columns), so that which of them the
   * cell holds cannot be told; or, for an empty cell, one on a line of its own beside
   * its row, so that the cell may not be blank.
   */
  crowded?: boolean | undefined
}

/** A section found in the tree: its key, heading block and the blocks under it. */
export interface SectionNode {
  key: SectionKey
  heading: Paragraph | Heading
  numbered: boolean
  children: Array<Block>
}

/** A table of the tree recognised as (part of) a template table. */
export interface RecognisedTable {
  key: TableKey
  table: Table
}

/** A step users can add: runs on the block tree before recognition (unified's `Transformer`). */
export type Transform = (tree: Root, file: VFile) => Root | undefined | void

/**
 * Extra knowledge for the parser, in the shape the built-ins use. Built-ins are one
 * `Extension` too (`defaults.ts`); `configure()` merges them in order.
 */
export interface Extension {
  /** Extra label spellings: template row or column id (`applications.denied.lawForbidden`) → spellings. */
  labels?: Record<string, Array<string>> | null | undefined
  /** Extra consistency checks. */
  checks?: Array<Check> | null | undefined
  /** Steps to run on the block tree before recognition. */
  transforms?: Array<Transform> | null | undefined
  /** Names of built-in checks or transforms to turn off. */
  disable?: Array<string> | null | undefined
}

/** A flat cell map of either form, keyed by cell id (`@xxgk/schema`'s; `Cells` and `Cells2019` are both one). */
export type {CellMap}

/** A consistency check of the template. */
export interface Check {
  /** Name, for `disable`. */
  name: string
  /**
   * Rule id of the messages it emits (those made without one take it); begins with
   * `consistency-` for built-ins. Any string: a custom check names its own.
   */
  ruleId: DiagnosticRuleId
  /** Run on the cell map; report problems through `file.message()`. */
  run: (context: CheckContext) => void
}

/**
 * What a check sees, on the form the report fills. A union over the two forms told apart
 * by `templateId`: compare it, and `cells` and `positionOf` take that form's ids alone.
 * Unnarrowed, they take the ids both forms share.
 *
 * @example
 *   run({templateId, cells, file}) {
 *     cells['applications.total.total']              // either form: number | null
 *     if (templateId === '2021') cells['activeDisclosure.fees.amount'] // 2021 only
 *   }
 */
export type CheckContext = CheckContextOf<'2021'> | CheckContextOf<'2019'>

/** What a check sees on a report of one form (`CheckContext` is the union over both). */
export interface CheckContextOf<T extends TemplateId> {
  /** The form the report fills, `'2021'` or `'2019'`: the field to narrow on. */
  templateId: T
  /** That form (its tables, rows and cell ids): checks follow its rows. */
  template: Template<T>
  /** The flat cell map of the report: each of the form's ids → number or null. */
  cells: Readonly<CellsOf<T>>
  /** Report problems with `file.message(reason, {place})`: the message takes the check's `ruleId`. */
  file: VFile
  /** Where the value of a cell is, for message places. */
  positionOf: (cellId: CellIdOf<T>) => Position | undefined
}

/** Options of `parseReport()` and of every entry point built on it. */
export interface Options {
  /** Extensions, applied after the built-ins, in order. */
  extensions?: Array<Extension> | null | undefined
  /** Limits on the input; see `limits.ts`. */
  limits?: Partial<Limits> | null | undefined
  /** Name of the input, used in messages (`path/to/report.txt`). */
  path?: string | null | undefined
  /** Language of the diagnostics' messages: `en` (default) or `zh` (see `diagnosticText`). */
  locale?: Locale | null | undefined
}

/** Input limits: an input over any of them is refused with `ParseError` `TOO_LARGE`. */
export interface Limits {
  /** Characters of text (default 32 MiB worth). */
  maxChars: number
  /** Lines of text (default 500,000). */
  maxLines: number
  /** Characters in one line; longer lines are cut for matching with a warning (default 100,000). */
  maxLineLength: number
  /** Cells in one table (default 20,000). */
  maxTableCells: number
}

/**
 * Limits on a PDF, checked before and while it is read (by `@xxgk/pdf`; typed here so
 * that every reader that passes them on, `parseBytes` among them, takes them). A report
 * is 3–30 pages of a few thousand characters and a few hundred drawn lines each; these
 * are far above that and low enough to refuse a hostile file within seconds. An input
 * over any of them is refused with `ParseError` `TOO_LARGE`.
 */
export interface PdfLimits {
  /** Bytes of the file (default 64 MiB). */
  maxBytes: number
  /** Pages (default 500). */
  maxPages: number
  /** Characters on one page (default 100,000). */
  maxGlyphsPerPage: number
  /** Drawn objects on one page, counted into forms (default 200,000). */
  maxObjectsPerPage: number
  /**
   * Time to read the document in the engine (default 20,000 ms): a hard deadline in the
   * engine's thread, which is terminated when it passes, even inside one engine call; with
   * `isolate: false`, checked after each page.
   */
  maxMilliseconds: number
}
