import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {of2021} from '@xxgk/testkit'
import {parseBytes} from '../src/index.js'
import {writeDocx} from './docx-writer.js'
import {parseErrorCode} from './expect-parse-error.js'
import {reportBody} from './report-docx.js'
import {pageWithChrome, reportArticle} from './report-html.js'

const reportText = [
  '测试县司法局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t11\t12\t13',
  '行政规范性文件\t21\t22\t23',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项'
].join('\n')

describe('parseBytes', () => {
  it('should read a .docx, an html page and a GBK text file alike', async () => {
    const docx = await parseBytes(writeDocx({body: reportBody()}))
    const html = await parseBytes(new TextEncoder().encode(pageWithChrome(reportArticle())), {filename: 'report.html'})
    const text = await parseBytes(new Uint8Array(iconv.encode(reportText, 'gbk')), {filename: 'report.txt'})
    for (const result of [docx, html, text].map(of2021)) {
      expect(result.report.meta.agency).toBe('测试县司法局')
      expect(result.cells['activeDisclosure.regulations.made']).toBe(11)
      expect(result.cells['activeDisclosure.normativeDocuments.inForce']).toBe(23)
    }
  })

  it('should read a PDF with `@xxgk/pdf`, and refuse unknown binary files with `UNSUPPORTED_FORMAT`', async () => {
    expect(await parseErrorCode(() => parseBytes(new TextEncoder().encode('%PDF-1.4\n%âãÏÓ'), {filename: 'a.pdf'}))).toBe('CORRUPT_PDF')
    expect(await parseErrorCode(() => parseBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])))).toBe('UNSUPPORTED_FORMAT')
  })

  it('should pass the codes of the reader through', async () => {
    expect(await parseErrorCode(() => parseBytes(new Uint8Array([0xc3, 0x28, 0xff]), {filename: 'a.txt'}))).toBe('BAD_ENCODING')
    expect(await parseErrorCode(() => parseBytes(new TextEncoder().encode('会议通知'), {filename: 'a.txt'}))).toBe('NOT_A_REPORT')
    expect(await parseErrorCode(() => parseBytes(new Uint8Array(0)))).toBe('EMPTY')
  })
})
