import {describe, expect, it} from 'vitest'
import {ParseError, isParseError, parseReport} from '../src/index.js'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    expect(isParseError(error)).toBe(true)
    expect((error as ParseError).name).toBe('ParseError')
    return (error as ParseError).code
  }
  return undefined
}

describe('parseReport', () => {
  it('should refuse input that is not a report with a typed error', () => {
    expect(codeOf(() => parseReport(''))).toBe('EMPTY')
    expect(codeOf(() => parseReport(' \n\t\n'))).toBe('EMPTY')
    expect(codeOf(() => parseReport(42 as unknown as string))).toBe('INVALID_INPUT')
    expect(codeOf(() => parseReport('abc\u0000def'))).toBe('BINARY')
    expect(codeOf(() => parseReport('%PDF-1.7\n...'))).toBe('BINARY')
    expect(codeOf(() => parseReport('今天天气很好。\n我们去公园。'))).toBe('NOT_A_REPORT')
    expect(codeOf(() => parseReport('x'.repeat(101), {limits: {maxChars: 100}}))).toBe('TOO_LARGE')
  })

  it('should refuse mis-decoded text', () => {
    const gbk = new Uint8Array(Buffer.from('d5fed6d0d0c5cfa2b9abbfaad7a8c4eab6c8b1a8b8e6', 'hex'))
    const asUtf8 = new TextDecoder('utf-8').decode(new Uint8Array([...Array(8)].flatMap(() => [...gbk])))
    expect(codeOf(() => parseReport('一、总体情况\n' + asUtf8))).toBe('BAD_ENCODING')
    const asLatin1 = new TextDecoder('latin1').decode(new Uint8Array([...Array(12)].flatMap(() => [...gbk])))
    expect(codeOf(() => parseReport(asLatin1))).toBe('BAD_ENCODING')
  })

  it('should parse a report missing a table with that table null and an error', () => {
    const result = parseReport('某局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n1\t2\t3\t4\t10\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n')
    expect(result.cells['reviewLitigation.review.total']).toBe(10)
    expect(result.cells['applications.total.total']).toBeNull()
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
    expect(errors.map((diagnostic) => diagnostic.ruleId)).toEqual(['table-missing', 'table-missing'])
    expect(errors[1]?.cellIds).toHaveLength(175)
    expect(result.report.meta).toMatchObject({agency: '某局', year: 2024})
  })

  it('should remove conversion debris and report it as info', () => {
    const result = parseReport('某局2024年政府信息公开工作年度报告\n一、总体情况\n[bookmark: _GoBack]本报告[image: image1]如下。\n')
    expect(result.report.sections[0]?.paragraphs[0]?.text).toBe('本报告如下。')
    expect(result.diagnostics.filter((d) => d.ruleId === 'text-debris').map((d) => [d.severity, d.actual, d.place])).toEqual([
      ['info', '[bookmark: _GoBack]', {line: 3, column: 1}],
      ['info', '[image: image1]', {line: 3, column: 23}]
    ])
  })
})

describe('ParseError codes', () => {
  it('should be listed, each with its meaning, in the README error table', async () => {
    const {readFileSync} = await import('node:fs')
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    const {parseErrorCodes} = await import('../src/index.js')
    const listed = [...readme.matchAll(/^\| `([A-Z_]+)` \| (.+) \|$/gmu)].map((match) => match[1])
    expect(listed).toEqual(Object.keys(parseErrorCodes))
  })

  it('should report a failure inside a stage as INTERNAL with the cause kept', () => {
    const broken = () => {
      throw new TypeError('boom')
    }
    let caught: unknown
    try {
      parseReport('某局2024年政府信息公开工作年度报告\n一、总体情况\n', {extensions: [{transforms: [broken]}]})
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ParseError)
    expect((caught as ParseError).code).toBe('INTERNAL')
    expect(((caught as ParseError).cause as Error).message).toBe('boom')
  })
})
