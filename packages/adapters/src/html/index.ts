// The html adapter alone (`@xxgk/adapters/html`): no zip or XML code is loaded.
export {htmlToTree} from './html-to-tree.js'
export {parseHtml} from './parse-html.js'
export type {AdapterLimits, AdapterOptions} from '../types.js'
