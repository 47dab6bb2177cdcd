import type {SectionKey} from '@xxgk/schema'
import {memoizeText} from '../memo.js'
import {foldText} from './clean-text.js'
import {labelKey} from './normalize-label.js'

/** A recognised section heading. */
export interface SectionHeading {
  key: SectionKey
  /** Whether the heading carried its number (`一、`). */
  numbered: boolean
}

/** Heading words of each section (normalised keys), the template's first. */
const headingKeys: ReadonlyArray<readonly [SectionKey, ReadonlyArray<string>]> = [
  ['overview', ['总体情况', '总体概况', '概述', '基本情况']],
  ['activeDisclosure', ['主动公开政府信息情况', '主动公开政府信息的情况', '主动公开政府信息']],
  [
    'applications',
    ['收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请的情况', '收到和处理政府信息公开申请']
  ],
  [
    'reviewLitigation',
    [
      '政府信息公开行政复议行政诉讼情况',
      '政府信息公开行政复议行政诉讼',
      '政府信息公开行政复议和行政诉讼情况',
      '因政府信息公开工作被申请行政复议提起行政诉讼情况'
    ]
  ],
  [
    'problems',
    [
      '存在的主要问题及改进情况',
      '存在的主要问题和改进情况',
      '存在的问题及改进情况',
      '存在的主要问题及改进措施',
      '主要问题及改进情况',
      '存在的主要问题及改进'
    ]
  ],
  ['otherMatters', ['其他需要报告的事项', '其它需要报告的事项', '其他需要报告事项']]
]

const byKey = new Map<string, SectionKey>()
for (const [section, keys] of headingKeys) for (const key of keys) byKey.set(key, section)

/** `## `, `**` (bold in markdown), `一、` `一.` `一，` `第一部分`: what may stand before the heading words. */
const prefix = /^(?:#{1,6}\s*)?(?:\*\*\s*)?(?:([一二三四五六])\s*[、.,，:：]?|第([一二三四五六])部分\s*[、.,，:：]?)?\s*/u

/**
 * Recognises one of the six section headings in a line, with or without its number
 * (`一、总体情况`, `总体情况`, `## 一、总体情况`). The whole line must be the heading,
 * so that narrative sentences mentioning the words are never taken for one.
 */
export function matchSectionHeading(text: string): SectionHeading | undefined {
  if (text.length > 60 || !mayEndAHeading(text)) return undefined
  return headingOf(text)
}

/** Whether a line starts with a section's number (`四、`, `第四部分`), as a heading would. */
export function startsWithSectionNumber(text: string): boolean {
  const match = prefix.exec(foldText(text).trim())
  return Boolean(match?.[1] ?? match?.[2])
}

/** The full test, once per text: table labels ending like a heading (`…信息`, `…申请`) repeat. */
const headingOf = memoizeText((text): SectionHeading | undefined => {
  const folded = foldText(text).trim()
  const match = prefix.exec(folded)
  const numbered = Boolean(match?.[1] ?? match?.[2])
  const rest = match ? folded.slice(match[0].length) : folded
  const key = sectionOf(labelKey(rest))
  return key ? {key, numbered} : undefined
})

/** Words reports set before a heading's own (`政府信息公开工作存在的主要问题及改进情况`). */
const qualifier = '政府信息公开工作'

/** 五's words as reports vary them: `存在问题及改进情况`, `存在的问题和改进措施`, `主要问题及改进情况`. */
const problemsWords = /^(?:存在的?)?(?:主要)?问题(?:及|和|与)改进(?:情况|措施)?$/u

/**
 * The section of a heading's words: as listed, or with `政府信息公开工作` before them, or
 * `的情况` for `情况`, or 五's in any of their usual wordings.
 */
function sectionOf(words: string): SectionKey | undefined {
  const plain = words.endsWith('的情况') ? words.slice(0, -3) + '情况' : words
  const own = plain.startsWith(qualifier) ? plain.slice(qualifier.length) : plain
  return byKey.get(words) ?? byKey.get(plain) ?? byKey.get(own) ?? (problemsWords.test(own) ? 'problems' : undefined)
}

/** The last character of every heading's words (`况`, `述`, `项`…). */
const finals = new Set([...byKey.keys()].map((key) => key.at(-1)!))

/**
 * A cheap first test on every short line: the last common Han character or ASCII letter
 * or digit of a heading is kept as is by folding and keying, so when it is not the last
 * character of some heading's words the line is none. Anything else is left to the full
 * test.
 */
function mayEndAHeading(text: string): boolean {
  for (let index = text.length - 1; index >= 0; index--) {
    const code = text.charCodeAt(index)
    const kept = (code >= 0x4e00 && code <= 0x9fff) || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
    if (kept) return finals.has(text[index]!)
    if (code > 0x7f && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xffef)) return true
  }
  return false
}
