import {template2019, template2021, type Template} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {cellKind} from '../number/read-number.js'
import {report} from '../report/message.js'
import type {LabelMatcher} from '../template/match-label.js'
import {normalizeLabel} from '../text/normalize-label.js'
import type {Block, Table} from '../types.js'
import type {Sections} from './sections.js'

/** The matchers of the two forms, to tell them apart. */
export interface FormMatchers {
  readonly of2021: LabelMatcher
  readonly of2019: LabelMatcher
}

/** The last report year filled on the 2019 form as the rule set it (reports for 2019 and 2020). */
const lastYearOf2019Form = 2020

/**
 * Which form a report's tables fill, by the form itself, never by the year alone: each
 * table cell whose label only one form prints (表二's headers `本年新制作数量` or
 * `本年制发件数`, 表三's three （六） rows of 2021) is a vote. Agencies kept the 2019 form
 * after 2021 and filled the 2021 form for 2020, so the votes decide; a report holding
 * labels of both (`template-mixed`) takes the form its tables match best. Only when no
 * cell votes (tables lost or their labels wrapped) does the year decide (`template-unclear`).
 * A 2021 report whose （六）其他处理 is one row casts no 2019 vote: that label is a group
 * of 2021 too, and the row stays a variant of the 2021 form.
 */
export function recognizeTemplate(sections: Sections, matchers: FormMatchers, year: number | null, file: VFile): Template {
  const only2019 = onlyIn(matchers.of2019, matchers.of2021)
  const only2021 = onlyIn(matchers.of2021, matchers.of2019)
  let votes2019 = 0
  let votes2021 = 0
  let tables = 0
  for (const table of tablesOf(sections)) {
    tables++
    for (const row of table.children) {
      for (const cell of row.children) {
        // Values vote for no form (and would crowd the labels' memory out).
        if (cellKind(cell.value) === 'value') continue
        const {key} = normalizeLabel(cell.value)
        if (key === '') continue
        if (only2019.has(key)) votes2019++
        else if (only2021.has(key)) votes2021++
      }
    }
  }
  const byYear = year !== null && year <= lastYearOf2019Form ? template2019 : template2021
  const chosen = votes2019 > votes2021 ? template2019 : votes2021 > votes2019 ? template2021 : byYear
  const place = tablesOf(sections).next().value?.position
  if (votes2019 > 0 && votes2021 > 0) {
    report(file, 'template-mixed',
      'The tables hold ' + votes2019 + ' labels only the 2019 form prints and ' + votes2021 +
        ' only the 2021 form prints; read as the ' + chosen.id + ' form (' + chosen.document + ')', {
      place,
      severity: 'warning',
      actual: chosen.id,
      expected: [String(votes2019), String(votes2021)]
    })
  } else if (votes2019 === 0 && votes2021 === 0 && tables > 0) {
    report(file, 'template-unclear',
      'The tables name nothing only one form prints; read as the ' + chosen.id + ' form (' + chosen.document +
        ') by the report year', {place, severity: 'info', actual: chosen.id})
  }
  return chosen
}

const onlyCache = new WeakMap<LabelMatcher, WeakMap<LabelMatcher, ReadonlySet<string>>>()

/** The label keys one matcher knows and the other does not, worked out once per pair. */
function onlyIn(matcher: LabelMatcher, other: LabelMatcher): ReadonlySet<string> {
  let byOther = onlyCache.get(matcher)
  if (!byOther) onlyCache.set(matcher, (byOther = new WeakMap()))
  let keys = byOther.get(other)
  if (!keys) {
    const otherKeys = other.labelKeys()
    keys = new Set([...matcher.labelKeys()].filter((key) => !otherKeys.has(key)))
    byOther.set(other, keys)
  }
  return keys
}

/** Every table of the document, front matter first, in document order. */
function* tablesOf(sections: Sections): Generator<Table> {
  const blocks: Array<ReadonlyArray<Block>> = [sections.front, ...sections.sections.map((section) => section.children)]
  for (const list of blocks) for (const block of list) if (block.type === 'table') yield block
}
