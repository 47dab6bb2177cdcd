import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'

describe('meta', () => {
  it('should join a title wrapped mid-phrase and read agency and year', () => {
    const {report} = parseReport('    示范县人力资源和社会保障局 2023 年政府信息公\n                     开工作年度报告\n\n一、总体情况\n本机关依法公开政府信息。\n')
    expect(report.meta).toMatchObject({title: '示范县人力资源和社会保障局 2023 年政府信息公开工作年度报告', agency: '示范县人力资源和社会保障局', year: 2023})
  })

  it('should read a title wrapped over lines set apart, not a title the text cites, and sentences wrapped likewise', () => {
    // `pdftotext -layout` of widely spaced text: every line a paragraph of its own.
    const text = [
      '    示范县人力资源和社会保障局 2022 年政府信息公',
      '',
      '                  开工作年度报告',
      '     本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）',
      '',
      '   和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函',
      '',
      '   〔2021〕30 号）要求，由示范县人力资源和社会保障局编制。',
      '',
      '     本年度报告中所列数据的统计期限自 2022 年 1 月 1 日起，至 2022 年 12',
      '',
      '   月 31 日止。如对本报告有疑问，请与示范县人力资源和社会保障局办公室联',
      '',
      '   系。',
      '',
      '一、总体情况',
      '本机关依法公开政府信息。'
    ].join('\n')
    const {report, diagnostics} = parseReport(text)
    expect(report.meta).toMatchObject({
      title: '示范县人力资源和社会保障局 2022 年政府信息公开工作年度报告',
      agency: '示范县人力资源和社会保障局',
      year: 2022,
      period: {start: '2022-01-01', end: '2022-12-31'},
      contact: {agency: '示范县人力资源和社会保障局办公室'}
    })
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('meta-year-missing')
  })

  it('should read a title whose year comes first', () => {
    const {report} = parseReport('2024年沂源县司法局政府信息公开工作年度报告\n一、总体情况\n正文。\n')
    expect(report.meta).toMatchObject({agency: '沂源县司法局', year: 2024})
  })

  it('should read the statistics period and contact details', () => {
    const {report} = parseReport(
      '某局2024年政府信息公开工作年度报告\n本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。如有疑问请与某局办公室联系（地址：某市某路1号；邮编：256100；电话：0533-1234567；电子邮箱：a@b.cn）。\n一、总体情况\n'
    )
    expect(report.meta.period).toEqual({start: '2024-01-01', end: '2024-12-31'})
    expect(report.meta.contact).toMatchObject({agency: '某局办公室', address: '某市某路1号', postcode: '256100', phone: '0533-1234567', email: 'a@b.cn'})
  })

  it('should read a period whose end leaves its year out as ending that year', () => {
    for (const sentence of ['本报告中所列数据统计期限为2025年1月1日至12月31日。', '本年度报告中所列数据统计期限从2019年1月1日到12月31日止。']) {
      const {report} = parseReport('某局2025年政府信息公开工作年度报告\n' + sentence + '\n一、总体情况\n')
      const year = sentence.includes('2025') ? '2025' : '2019'
      expect(report.meta.period, sentence).toEqual({start: year + '-01-01', end: year + '-12-31'})
    }
  })

  it('should drop a page number pdftotext centred', () => {
    const {report, diagnostics} = parseReport('测试县司法局2024年政府信息公开工作年度报告\n一、总体情况\n本机关依法公开政府信息。\n' + ' '.repeat(28) + '—3—\n五、存在的主要问题及改进情况\n无。\n')
    expect(report.sections[0]?.paragraphs.map((paragraph) => paragraph.text)).toEqual(['本机关依法公开政府信息。'])
    expect(diagnostics.filter((d) => d.ruleId === 'text-page-number')).toHaveLength(1)
  })

  it('should never take a word that names no agency (`正文`, `目录`, a heading) for the agency', () => {
    const body = '\n\n一、总体情况\n本机关依法公开政府信息。\n'
    const agencyMessages = (text: string) =>
      parseReport(text).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'meta-agency-missing').map(({message, actual}) => [message, actual])
    // A line of its own before the title is not joined to it.
    const apart = parseReport('正文\n\n2023年政府信息公开工作年度报告' + body)
    expect(apart.report.meta).toMatchObject({title: '2023年政府信息公开工作年度报告', agency: null, year: 2023})
    expect(agencyMessages('正文\n\n2023年政府信息公开工作年度报告' + body)).toEqual([['No agency found in the report title', undefined]])
    // On the title's own line it is refused, and said so.
    for (const word of ['正文', '目录', '附件1', '第一部分']) {
      expect(parseReport(word + ' 2023年政府信息公开工作年度报告' + body).report.meta.agency, word).toBeNull()
      expect(agencyMessages(word + ' 2023年政府信息公开工作年度报告' + body), word).toEqual([
        ['`' + word + '` before the title names no agency: the agency is left null', word]
      ])
    }
    expect(parseReport('示范县司法局 2023年政府信息公开工作年度报告' + body).report.meta.agency).toBe('示范县司法局')
  })

  it('should read no agency from a title that names none, rather than the words `政府` of `政府信息公开`', () => {
    const {report, diagnostics} = parseReport('2023年政府信息公开工作年度报告\n\n一、总体情况\n本机关依法公开政府信息。\n')
    expect(report.meta.agency).toBeNull()
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('meta-agency-missing')
    expect(parseReport('2023年度示范县司法局政务公开工作年度报告\n\n一、总体情况\n本机关依法公开政府信息。\n').report.meta.agency).toBe('示范县司法局')
  })
})
