export {fromSpaceAligned} from './read.js'
export type {LabelNames, SpaceAlignedOptions} from './model.js'
