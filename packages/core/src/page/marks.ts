import {referenceMarkClass} from '../text/reference-marks.js'

/**
 * A word that is only a number or the piece of one a narrow cell wrapped (`12`, `1,234`,
 * `10.78`, `３９８`), a reference mark after it or not (`26①`: the piece after a page
 * break of `13` / `26①` continues the number).
 */
export const numberWord = new RegExp('^[\\d０-９][\\d０-９,，.．]*' + referenceMarkClass + '*$', 'u')

/**
 * Text that begins a row or a numbered item of its own (`3.其他`, `（三）不予公开`,
 * `四、结转…`): never the continuation of a label or paragraph before it.
 */
export const rowStart = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．](?!\d))/u
