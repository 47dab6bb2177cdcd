/** The space-aligned reader lives in `./space-aligned/`, a file per concern. */
export {fromSpaceAligned, type LabelNames, type SpaceAlignedOptions} from './space-aligned/index.js'
