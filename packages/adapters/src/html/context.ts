import type {Block, Limits} from '@xxgk/core'
import type {Element} from 'hast'
import type {AdapterLimits} from '../types.js'

/** What the html block reader is told, and keeps, while it walks a page in order. */
export interface HtmlContext {
  limits: Limits & AdapterLimits
  /** Elements left out with their content (page chrome). */
  skip: (element: Element) => boolean
  /** Number of data tables read so far: the next table's `index`. */
  tableCount: number
  /** Told of each block as it is read, with the elements it stands in (outermost first). */
  onBlock?: ((block: Block, ancestors: ReadonlyArray<Element>) => void) | undefined
}
