import type {NumberingReference} from './numbering-reference.js'
import type {XmlElement} from './read-xml.js'
import {xmlChild} from './xml-child.js'
import {xmlChildren} from './xml-children.js'

/** The visible numbers of Word's automatic lists, as a document is read in order. */
export interface Numbering {
  /**
   * Advances the list of a numbered paragraph and returns the label Word shows before
   * its text (`一、`, `（二）`, `3.`); `''` for bullets and unknown lists.
   */
  next: (reference: NumberingReference) => string
}

interface Level {
  start: number
  format: string
  text: string
  legal: boolean
}

interface List {
  abstractId: string
  /** Level → start value that this list instance restarts at, on its first use. */
  startOverrides: Map<number, number>
}

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const heavenlyStems = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸']

/**
 * Reads word/numbering.xml so that auto-numbered paragraphs get back the numbers Word
 * shows: reports often number their section headings (`一、`) and table labels
 * (`（三）`, `1.`) with lists, and the core recognises labels by those numbers.
 * Counters are kept per abstract list, as Word continues a list across its instances
 * unless one restarts it (`w:startOverride`).
 *
 * @example
 *   const numbering = readNumbering(numberingXml)
 *   numbering.next({numId: '1', level: 0}) // '一、'
 *   numbering.next({numId: '1', level: 0}) // '二、'
 */
export function readNumbering(root: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>()
  for (const abstract of xmlChildren(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>()
    for (const level of xmlChildren(abstract, 'w:lvl')) {
      const index = Number.parseInt(level.attributes.ilvl ?? '0', 10)
      levels.set(index, {
        start: Number.parseInt(xmlChild(level, 'w:start')?.attributes.val ?? '1', 10) || 0,
        format: xmlChild(level, 'w:numFmt')?.attributes.val ?? 'decimal',
        text: xmlChild(level, 'w:lvlText')?.attributes.val ?? '',
        legal: xmlChild(level, 'w:isLgl') !== undefined
      })
    }
    abstracts.set(abstract.attributes.abstractNumId ?? '', levels)
  }
  const lists = new Map<string, List>()
  for (const num of xmlChildren(root, 'w:num')) {
    const startOverrides = new Map<number, number>()
    for (const override of xmlChildren(num, 'w:lvlOverride')) {
      const start = xmlChild(override, 'w:startOverride')?.attributes.val
      if (start !== undefined) startOverrides.set(Number.parseInt(override.attributes.ilvl ?? '0', 10), Number.parseInt(start, 10))
    }
    lists.set(num.attributes.numId ?? '', {
      abstractId: xmlChild(num, 'w:abstractNumId')?.attributes.val ?? '',
      startOverrides
    })
  }
  const counters = new Map<string, Array<number | undefined>>()
  const used = new Set<string>()
  return {
    next({numId, level}) {
      const list = lists.get(numId)
      const levels = list ? abstracts.get(list.abstractId) : undefined
      if (!list || !levels || numId === '0') return ''
      const definition = levels.get(level)
      if (!definition) return ''
      let values = counters.get(list.abstractId)
      if (!values) counters.set(list.abstractId, (values = []))
      if (!used.has(numId)) {
        used.add(numId)
        for (const [overridden, start] of list.startOverrides) values[overridden] = start - 1
      }
      values[level] = (values[level] ?? levels.get(level)!.start - 1) + 1
      // A level restarts whenever a level above it advances.
      values.length = level + 1
      if (definition.format === 'bullet' || definition.format === 'none') return ''
      return definition.text.replace(/%([1-9])/gu, (_, digit: string) => {
        const shown = Number(digit) - 1
        const shownLevel = levels.get(shown)
        const value = values[shown] ?? shownLevel?.start ?? 1
        return formatNumber(value, definition.legal ? 'decimal' : (shownLevel?.format ?? 'decimal'))
      })
    }
  }
}

/** A list counter in one of Word's number formats (those reports use; others as decimal). */
function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(value)
    case 'ideographTraditional':
      return heavenlyStems[(value - 1) % 10] ?? String(value)
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value >= 1 && value <= 20 ? String.fromCodePoint(0x2460 + value - 1) : String(value)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCodePoint(0xff10 + Number(digit))).join('')
    case 'decimalZero':
      return value < 10 ? '0' + value : String(value)
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCodePoint(65 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1)
      return format === 'upperLetter' ? letter : letter.toLowerCase()
    }
    case 'upperRoman':
    case 'lowerRoman':
      return format === 'upperRoman' ? roman(value) : roman(value).toLowerCase()
    default:
      return String(value)
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 999). */
function chineseNumber(value: number): string {
  if (value <= 0 || value >= 1000) return String(value)
  const hundreds = Math.floor(value / 100)
  const tens = Math.floor((value % 100) / 10)
  const ones = value % 10
  let result = hundreds > 0 ? chineseDigits[hundreds] + '百' : ''
  if (tens > 0) result += (tens === 1 && hundreds === 0 ? '' : chineseDigits[tens]) + '十'
  else if (hundreds > 0 && ones > 0) result += '零'
  if (ones > 0) result += chineseDigits[ones]
  return result
}

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value)
  const numerals: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']
  ]
  let rest = value
  let result = ''
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral
      rest -= amount
    }
  }
  return result
}
