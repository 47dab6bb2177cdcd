import {sectionHeadings, sectionKeys, templateOf, type SectionKey} from '@xxgk/schema'
import type {FixtureReport} from './fixture-report.js'
import {reportTables, type GridTable} from './report-tables.js'

/** One block of a report, in reading order; every renderer walks the same blocks. */
export type ReportBlock =
  | {readonly kind: 'title'; readonly text: string}
  | {readonly kind: 'paragraph'; readonly text: string}
  | {readonly kind: 'heading'; readonly section: SectionKey; readonly number: string; readonly text: string}
  | {readonly kind: 'subheading'; readonly text: string}
  | {readonly kind: 'table'; readonly table: GridTable}

/** The title line every rendering starts with. */
export function reportTitle(report: FixtureReport): string {
  return report.agency + String(report.year) + '年政府信息公开工作年度报告'
}

/** The sentence stating the statistical period, present in every rendering. */
export function periodSentence(year: number): string {
  return '本年度报告中所列数据的统计期限自' + String(year) + '年1月1日起，至' + String(year) + '年12月31日止。'
}

/** A section heading with or without its number (`一、总体情况` or `总体情况`). */
export function headingText(block: {readonly number: string; readonly text: string}, numbered: boolean): string {
  return numbered ? block.number + '、' + block.text : block.text
}

type Subsections = ReadonlyArray<readonly [heading: string, sentence: string]>

function prose(agency: string, year: number): Partial<Record<SectionKey, {lead?: string; subsections: Subsections}>> {
  return {
    overview: {
      lead:
        String(year) +
        '年，' +
        agency +
        '坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。',
      subsections: [
        ['（一）主动公开', '依托政府门户网站和政务新媒体，及时发布政策文件、工作动态和通知公告等政府信息。'],
        ['（二）依申请公开', '严格按照法定程序和时限办理政府信息公开申请，做到依法答复、规范答复。'],
        ['（三）政府信息管理', '落实信息发布审核制度，坚持先审后发，确保公开内容准确规范。']
      ]
    },
    problems: {
      subsections: [
        ['（一）存在的主要问题', '政策解读形式较为单一，信息更新的及时性还有待进一步提高。'],
        ['（二）改进情况', '下一步将丰富解读形式，加强业务培训，进一步提升政务公开工作质量。']
      ]
    },
    otherMatters: {
      subsections: [
        ['（一）收取信息处理费情况', '本年度未收取政府信息公开信息处理费。'],
        ['（二）落实上级年度政务公开工作要点情况', '按照上级部署，认真落实年度政务公开工作要点各项任务。']
      ]
    }
  }
}

/**
 * The blocks of a report: title, introduction, then the six sections in template order,
 * with sub-sections and text in 一, 五 and 六 and the tables in 二, 三 and 四.
 */
export function reportDocument(report: FixtureReport): ReportBlock[] {
  const {agency, year} = report
  const template = templateOf(report.template ?? '2021')
  const tables = new Map(reportTables(report.cells, template).map((table) => [table.key as string, table]))
  const texts = prose(agency, year)
  const blocks: ReportBlock[] = [
    {kind: 'title', text: reportTitle(report)},
    {
      kind: 'paragraph',
      text:
        '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（' +
        template.document +
        '）要求，由' +
        agency +
        '编制。'
    },
    {kind: 'paragraph', text: periodSentence(year) + '如对本报告有疑问，请与' + agency + '办公室联系。'}
  ]
  for (const section of sectionKeys) {
    const {number, heading} = sectionHeadings[section]
    blocks.push({kind: 'heading', section, number, text: heading})
    const table = tables.get(section)
    if (table) blocks.push({kind: 'table', table})
    const text = texts[section]
    if (text?.lead !== undefined) blocks.push({kind: 'paragraph', text: text.lead})
    for (const [subheading, sentence] of text?.subsections ?? []) {
      blocks.push({kind: 'subheading', text: subheading}, {kind: 'paragraph', text: sentence})
    }
  }
  return blocks
}
