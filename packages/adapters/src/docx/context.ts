import type {Limits} from '@xxgk/core'
import type {AdapterLimits} from '../types.js'
import type {Numbering} from './numbering.js'
import type {Styles} from './styles.js'

/** What the body readers share while they walk a document in order. */
export interface DocxContext {
  styles: Styles
  numbering: Numbering
  limits: Limits & AdapterLimits
  /** Number of data tables read so far: the next table's `index`. */
  tableCount: number
  /** Text left out as Word shows the document: runs of hidden text (`w:vanish`), and tracked deletions (runs, paragraphs, table rows). */
  leftOut: {hidden: number; deleted: number}
}
