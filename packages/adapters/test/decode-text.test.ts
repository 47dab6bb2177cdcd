import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {decodeText} from '../src/index.js'
import {parseErrorCode} from './expect-parse-error.js'

const text = '政府信息公开工作年度报告\n一、总体情况'

describe('decodeText', () => {
  it('should decode UTF-8 without a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode(text))).toBe(text)
  })

  it('should decode by the byte order mark: UTF-8, UTF-16LE and UTF-16BE', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text)
    expect(decodeText(new Uint8Array(iconv.encode(text, 'utf16-le', {addBOM: true})))).toBe(text)
    expect(decodeText(new Uint8Array(iconv.encode(text, 'utf16-be', {addBOM: true})))).toBe(text)
  })

  it('should decode GBK and GB18030 text that is not valid UTF-8', () => {
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk')))).toBe(text)
    expect(decodeText(new Uint8Array(iconv.encode('𠀀' + text, 'gb18030')))).toBe('𠀀' + text)
  })

  it('should refuse bytes neither UTF-8 nor GB18030 decode with `BAD_ENCODING`', async () => {
    expect(await parseErrorCode(() => decodeText(new Uint8Array([0x41, 0xff, 0xff, 0x42])))).toBe('BAD_ENCODING')
    expect(await parseErrorCode(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])))).toBe('BAD_ENCODING')
  })

  it('should refuse a value that is not bytes with `INVALID_INPUT`', async () => {
    expect(await parseErrorCode(() => decodeText(text as unknown as Uint8Array))).toBe('INVALID_INPUT')
  })
})
