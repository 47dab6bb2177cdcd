import {codebookOf, templates, type Diagnostic} from '@xxgk/schema'
import type {RuleId} from '../rule-ids.js'

/** Languages a diagnostic's message is rendered in. */
export const locales = ['en', 'zh'] as const

/** A language of the messages: English (the default) or Chinese. */
export type Locale = (typeof locales)[number]

// Every form's cells, the 2021 form's first: a cell both forms have is named as 2021 prints it.
const entries = templates.flatMap((template) => codebookOf(template.cells, template.id)).reverse()
const headerOf = new Map<string, string>(entries.map((entry) => [entry.id, entry.header]))
const tableOf = new Map<string, string>(entries.map((entry) => [entry.id, entry.table + '（' + entry.tableTitle + '）']))

/**
 * A cell named as the printed form names it, table, row and column
 * (`表三｜一、本年新收政府信息公开申请数量｜自然人`), or its id when the template has no such cell.
 */
export function cellLabel(id: string): string {
  return headerOf.get(id) ?? id
}

/** What each rule means, in Chinese: the sentence a message in Chinese is built around. */
const zhMeanings: Record<RuleId, string> = {
  'text-debris': '已删除文本中的转换残留（如 [image: …]）',
  'text-page-number': '已删除页码行',
  'text-page-furniture': '已删除表格中的页眉页脚等版面内容',
  'text-converter-marks': '转换工具按字号给大多数行加了 Markdown 标题标记，已按普通文字读取',
  'pdf-unmapped-glyphs': 'PDF 页面中有字符的字体未映射到任何文字，含这些字符的标签和数字不予读取',
  'pdf-text-turned': 'PDF 页面上的文字与页面方向相差四分之一或半圈（页面经 /Rotate 旋转或表格横排），已按文字方向读取',
  'pdf-glyphs-aside': 'PDF 页面中有与正文方向成角度的字符（水印、印章文字），未予读取',
  'pdf-glyphs-stamp': 'PDF 页面中有远大于其下文字的字符（水平放置的水印、印章文字），未予读取',
  'pdf-glyphs-hidden': 'PDF 页面中有不显示的字符（叠在可见文字上的隐藏文字、被裁剪掉的文字、裁剪框以外的文字），未予读取',
  'pdf-page-furniture': '已删除 PDF 的页码和页眉页脚',
  'pdf-unruled-table': 'PDF 页面中的表格没有边框（或边框未分隔各行的标签），已按文字位置读取，无法确定位置的单元格记为空值',
  'docx-hidden-text': '已略去 .docx 中的隐藏文字（Word 不显示也不打印）',
  'docx-deleted-text': '已略去 .docx 中的修订删除内容，按接受修订后的文字读取',
  'section-missing': '未找到该部分',
  'text-truncated': '数字可能被截断，不予采信，记为空值',
  'section-unnumbered': '部分标题缺少序号',
  'section-duplicate': '部分标题重复出现，内容并入第一次出现处',
  'template-mixed': '表格中既有 2019 版模板的标签又有 2021 版的，按多数一方的模板读取',
  'template-unclear': '表格未表明所用模板版本，按报告年度确定',
  'table-missing': '未找到该统计表，其单元格均为空值',
  'table-unknown': '表格与模板的任何一张表都不对应',
  'table-header-assumed': '未能完整识别表头，按模板的列序读取',
  'row-unknown': '表格行与模板的任何一行都不对应，已单独保留（extraRows）',
  'row-variant': '模板变体中的行，已单独保留（extraRows）',
  'row-label-approximate': '行标签与模板某一行的标签仅差个别字（如 PDF 导出时丢字、错字），且与其他各行相差更远，已按该行读取',
  'row-value-count': '该行数值个数与模板不符，该行单元格记为空值，不作移位',
  'row-unverified': '无法确认该行数值的位置（合计不符、分页拆开或后续行缺失），该行单元格记为空值',
  'table-unordered': '单元格不按行的顺序排列，整张表记为空值',
  'table-unverified': '按空格对齐的表中多数行合计不符（数字只读出一部分），整张表记为空值',
  'row-placed-by-sums': '无标签的一行数值，经勾稽关系确认只能属于模板的一行，已按该行读取',
  'row-unplaced': '无标签的一行数值无法确定属于模板的哪一行，记为空值',
  'row-duplicate': '模板行重复出现，保留第一次的数值',
  'label-ambiguous': '行标签同时对应模板的多行，已单独保留',
  'cell-missing': '表中未找到该单元格的数值',
  'cell-blank': '单元格为空，记为空值',
  'cell-marked': '单元格填写了表示“无”的符号，记为空值',
  'number-unreadable': '单元格内容不是数字，记为空值',
  'number-not-integer': '件数单元格填写了小数，记为空值',
  'number-mark-glued': '数字末位可能是紧随其后的注释序号（如上标¹），不予采信，记为空值',
  'column-group-merged': '表格将列组（如“法人或其他组织”）合为一列，其下各列记为空值，其余各列按表头读取',
  'number-crowded': '同一单元格中另有无法确定归属的数字（如注释序号、跨列的数字），不予采信，记为空值',
  'number-annotated': '数字旁附有说明，已读取数字并保留说明',
  'number-unit-converted': '金额以元填写，已换算为万元',
  'meta-agency-missing': '未找到报告机关',
  'meta-year-missing': '未找到报告年度',
  'consistency-column-balance': '表三某列：新收 + 上年结转 ≠ 办理结果总计 + 结转下年度',
  'consistency-row-total': '表三某行：总计 ≠ 自然人 + 法人或其他组织各列之和',
  'consistency-outcome-total': '表三某列：（七）总计 ≠ 办理结果（一）至（六）之和',
  'consistency-review-total': '表四：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  'consistency-skipped': '所需数值为空，未进行该项勾稽关系检查'
}

/**
 * A diagnostic's message in a language, built from its structured fields (rule, cell,
 * actual and expected values) as zod renders its issues: English is the message the
 * parser wrote; Chinese is the rule's meaning, after the cell's labels when the message
 * is about one cell, with the text as printed and the expected values. A rule the parser
 * does not know (a custom check's) keeps its own message in every language.
 *
 * @example
 *   diagnosticText({ruleId: 'cell-blank', cellId: 'applications.newReceived.naturalPerson', message: '…'}, 'zh')
 *   // '表三｜一、本年新收政府信息公开申请数量｜自然人：单元格为空，记为空值'
 */
export function diagnosticText(
  diagnostic: Pick<Diagnostic, 'ruleId' | 'message' | 'cellId' | 'cellIds' | 'actual' | 'expected'>,
  locale: Locale = 'en'
): string {
  if (locale === 'en' || !Object.hasOwn(zhMeanings, diagnostic.ruleId)) return diagnostic.message
  const ruleId = diagnostic.ruleId as RuleId
  let text = zhMeanings[ruleId]
  if (ruleId.startsWith('consistency-') && ruleId !== 'consistency-skipped') {
    // The parser's message is the equation itself in the form's words (`表四 行政复议 总计: 0 ≠ 10 + 1`).
    return text + '。' + diagnostic.message
  }
  const subject = subjectOf(diagnostic)
  if (subject !== undefined) text = subject + '：' + text
  else if (diagnostic.expected !== undefined && diagnostic.expected.length > 0) text += '（应为 ' + diagnostic.expected.join('、') + '）'
  if (diagnostic.actual !== undefined && diagnostic.actual !== '') text += '（原文“' + diagnostic.actual + '”）'
  return text
}

/**
 * What a message is about, in the form's words: the cell's labels; the table of the cells
 * a table-wide message lists; the heading a missing section should have had.
 */
function subjectOf(diagnostic: Pick<Diagnostic, 'ruleId' | 'cellId' | 'cellIds' | 'expected'>): string | undefined {
  if (diagnostic.cellId !== undefined) return cellLabel(diagnostic.cellId)
  const first = diagnostic.cellIds?.[0]
  if (diagnostic.ruleId.startsWith('table-') && first !== undefined) return tableOf.get(first)
  if (diagnostic.ruleId.startsWith('section-') && diagnostic.expected?.length === 1) return diagnostic.expected[0]
  return undefined
}
