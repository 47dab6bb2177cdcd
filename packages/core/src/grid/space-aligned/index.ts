export {fromSpaceAligned} from './read.js'
export type {SpaceAlignedOptions} from './model.js'
