import type {Contact, Meta, Period} from '@xxgk/schema'
import type {VFile} from 'vfile'
import {report} from '../report/message.js'
import {foldText} from '../text/clean-text.js'
import type {Block, Paragraph, Heading} from '../types.js'
import type {Sections} from './sections.js'

/** How much of a paragraph the meta patterns read: bounds their cost on hostile input. */
const scanLength = 2000
const titleWords = /(?:政府信息公开|政务公开|信息公开)[^。；]{0,12}(?:年度)?报告/u
/** A title cited after other words (`和《…》`): a title cited first is the text's own. */
const citation = /(?<=.)《[^》]{0,80}》/gu
const yearInTitle = /((?:19|20)\d{2})\s*年(?:度)?/u
/**
 * Words that stand where a title's agency would but name none: page furniture of
 * converted documents (`正文`, `目录`, `附件1`) and headings (`一、总体情况`, `（一）…`,
 * `第一部分`). Such a word is never taken for the agency.
 */
/** A title's words right after its year: what follows names the report, not an agency. */
const reportWords = /^\s*(?:政府信息公开|政务公开|信息公开)/u
const notAnAgency =
  /^(?:正文|目录|附件\s*\d*|附表\s*\d*|首页|全文|标题|来源|索引号|封面|[一二三四五六七八九十]+、.*|[（(][一二三四五六七八九十]+[）)].*|第[一二三四五六七八九十\d]+[章节部分].*)$/u
const period =
  /自?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*[，,、]?\s*(?:至|到|—|－|-|~)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/u

/**
 * Reads the report's meta from the front matter and narrative: title (lines of a split
 * title joined), agency, year, statistics period and contact; `template` is only the
 * year's guess here, which `recognizeTemplate` replaces with the form the tables fill.
 */
export function readMeta(sections: Sections, file: VFile): Meta {
  let front = sections.front.filter(isText)
  const single = front.findIndex((block) => isTitle(block.value))
  // A title wrapped mid-phrase over two lines (`…年政府信息公` / `开工作年度报告`), neither
  // a title alone, before any line that is one.
  const pair = front.findIndex(
    (block, index) =>
      index < 8 &&
      (single === -1 || index < single) &&
      front[index + 1] !== undefined &&
      !isTitle(front[index + 1]!.value) &&
      isTitle(block.value + front[index + 1]!.value)
  )
  let titleIndex = single
  if (pair !== -1) {
    const [first, second] = [front[pair]!, front[pair + 1]!]
    const joined = {...first, value: first.value + second.value}
    if (first.position && second.position) joined.position = {start: first.position.start, end: second.position.end}
    front = [...front.slice(0, pair), joined, ...front.slice(pair + 2)]
    titleIndex = pair
  }
  let title: string | null = null
  let agency: string | null = null
  let year: number | null = null
  /** A word before the title was refused as the agency, and said so. */
  let refused = false
  const titleBlock = front[titleIndex]
  if (titleBlock) {
    const parts = [titleBlock.value]
    const before = front[titleIndex - 1]
    const startsWithYear = /^\s*(?:19|20)\d{2}\s*年/u.test(foldText(titleBlock.value))
    // A title split over lines (`隆德县司法局` / blank / `2023年…报告`): join the short line before.
    if (before && startsWithYear && before.value.length <= 40 && !/[。，,；;：:]/u.test(before.value) && !notAnAgency.test(foldText(before.value).trim())) {
      parts.unshift(before.value)
    }
    title = parts.join('')
    const folded = foldText(title)
    const yearMatch = yearInTitle.exec(folded)
    if (yearMatch) {
      year = Number(yearMatch[1])
      const head = folded.slice(0, yearMatch.index).trim()
      const tail = folded.slice(yearMatch.index + yearMatch[0].length)
      // `2023年政府信息公开…`: the words after the year are the title's, no agency (the
      // lazy match would stop at `政府` before `信息公开`).
      const after = reportWords.test(tail) ? undefined : /^\s*(.+?)\s*(?:政府信息公开|政务公开|信息公开)/u.exec(tail)?.[1]
      agency = head !== '' ? head : after && after !== '' ? after.trim() : null
    } else {
      agency = /^(.+?)(?:关于)?\s*(?:政府信息公开|政务公开)/u.exec(folded)?.[1]?.trim() ?? null
    }
    if (agency !== null) agency = agency.replace(/\s+/gu, '')
    if (agency !== null && notAnAgency.test(agency)) {
      report(file, 'meta-agency-missing', '`' + agency + '` before the title names no agency: the agency is left null', {
        place: titleBlock.position,
        severity: 'warning',
        actual: agency
      })
      agency = null
      refused = true
    }
  }
  const texts = allText(sections)
  const statedPeriod = readPeriod(texts)
  if (year === null && statedPeriod?.start) year = Number(statedPeriod.start.slice(0, 4))
  if (agency === null && !refused) {
    report(file, 'meta-agency-missing', 'No agency found in the report title', {
      place: titleBlock?.position,
      severity: 'warning'
    })
  }
  if (year === null) {
    report(file, 'meta-year-missing', 'No report year found in the title or statistics period', {
      place: titleBlock?.position,
      severity: 'warning'
    })
  }
  return {
    title,
    agency,
    year,
    // The year's guess; the tables decide (structure/recognize-template.ts).
    template: year !== null && year <= 2020 ? '2019' : '2021',
    period: statedPeriod,
    contact: readContact(texts)
  }
}

/**
 * Whether a short text names the report (`…政府信息公开工作年度报告`), the words not only
 * inside a title it cites (`和《…年度报告格式》（国办公开办函`).
 */
function isTitle(text: string): boolean {
  return text.length <= 80 && titleWords.test(text.replace(citation, ''))
}

function readPeriod(texts: ReadonlyArray<string>): Period | null {
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!
    if (!text.includes('月')) continue
    let match = period.exec(foldText(text.slice(0, scanLength)))
    // A sentence wrapped over two paragraphs (`…至 2022 年 12` / `月 31 日止。`: `pdftotext`
    // sets every line of widely spaced text apart).
    const next = texts[index + 1]
    if (!match && next !== undefined) match = period.exec(foldText(text.slice(-scanLength / 2) + next.slice(0, scanLength / 2)))
    if (match) {
      // The end's year left out (`2025年1月1日至12月31日`) is the start's.
      return {start: isoDate(match[1]!, match[2]!, match[3]!), end: isoDate(match[4] ?? match[1]!, match[5]!, match[6]!)}
    }
  }
  return null
}

function readContact(texts: ReadonlyArray<string>): Contact | null {
  const contact: Contact = {agency: null, address: null, postcode: null, phone: null, fax: null, email: null}
  let found = false
  for (let index = 0; index < texts.length; index++) {
    const raw = texts[index]!
    if (!/地址|邮编|邮政编码|电话|传真|邮箱|E-?mail|请与|联系/iu.test(raw)) continue
    // With the start of the next paragraph: a sentence wrapped over two (`…办公室联` / `系。`).
    const text = foldText(raw.slice(0, scanLength) + (texts[index + 1]?.slice(0, scanLength / 4) ?? ''))
    const take = (pattern: RegExp): string | null => pattern.exec(text)?.[1]?.trim() ?? null
    contact.agency ??= take(/请与\s*([^，,。；;\s]{2,40}?)\s*联系/u)
    contact.address ??= take(/(?:联系)?地址\s*[:：为是]\s*([^，,。；;]{2,80})/u)
    contact.postcode ??= take(/(?:邮编|邮政编码)\s*[:：为是]?\s*(\d{6})/u)
    contact.phone ??= take(/(?:联系)?电话\s*[:：为是]?\s*(\(?\d[\d\s()\-－—]{5,20}\d)/u)
    contact.fax ??= take(/传真\s*[:：为是]?\s*(\(?\d[\d\s()\-－—]{5,20}\d)/u)
    contact.email ??= take(/(?:电子邮箱|电子邮件|邮箱|E-?mail)\s*[:：为是]?\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/iu)
    found ||= Object.values(contact).some((value) => value !== null)
  }
  return found ? contact : null
}

function isoDate(year: string, month: string, day: string): string {
  return year + '-' + month.padStart(2, '0') + '-' + day.padStart(2, '0')
}

function isText(block: Block): block is Paragraph | Heading {
  return block.type !== 'table'
}

function allText(sections: Sections): Array<string> {
  const texts: Array<string> = []
  for (const block of sections.front) if (isText(block)) texts.push(block.value)
  for (const section of sections.sections) {
    for (const block of section.children) if (isText(block)) texts.push(block.value)
  }
  return texts
}
