// The .docx adapter alone (`@xxgk/adapters/docx`).
export {docxToTree} from './docx-to-tree.js'
export {parseDocx} from './parse-docx.js'
export type {AdapterLimits, AdapterOptions} from '../types.js'
