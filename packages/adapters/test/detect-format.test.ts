import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {detectFormat} from '../src/index.js'
import {p, writeDocx} from './docx-writer.js'

const utf8 = (text: string) => new TextEncoder().encode(text)
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])

describe('detectFormat', () => {
  it('should tell formats by their magic bytes before their names', () => {
    expect(detectFormat(writeDocx({body: p('x')}), 'report.txt')).toBe('docx')
    expect(detectFormat(ole, 'report.docx')).toBe('doc')
    expect(detectFormat(utf8('%PDF-1.7\n…'), 'report.html')).toBe('pdf')
    expect(detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'scan.txt')).toBe('unknown')
  })

  it('should call a zip without word/document.xml `unknown`, and a cut zip `docx`', () => {
    expect(detectFormat(zipSync({'xl/workbook.xml': strToU8('<workbook/>')}))).toBe('unknown')
    const docx = writeDocx({body: p('一'.repeat(2000))})
    expect(detectFormat(docx.subarray(0, docx.length >> 1))).toBe('docx')
  })

  it('should tell text files by their extension', () => {
    expect(detectFormat(utf8('一、总体情况'), 'a.HTM')).toBe('html')
    expect(detectFormat(utf8('<table>'), 'a.md')).toBe('text')
    expect(detectFormat(utf8('x'), 'a.docx')).toBe('docx')
    expect(detectFormat(utf8('x'), 'a.doc')).toBe('doc')
    expect(detectFormat(utf8('x'), 'a.pdf')).toBe('pdf')
  })

  it('should sniff html and text by content when the name does not say', () => {
    expect(detectFormat(utf8('\uFEFF  <!DOCTYPE html><html>…'))).toBe('html')
    expect(detectFormat(utf8('<div><TABLE><tr><td>1</td></tr></TABLE></div>'), 'page')).toBe('html')
    expect(detectFormat(utf8('一、总体情况\n\t规章\t1'))).toBe('text')
    expect(detectFormat(new Uint8Array([0x41, 0, 0x42]))).toBe('unknown')
  })
})

describe('detectFormat of zips and signatures named .docx', () => {
  it('should take any zip named .docx for a .docx, and a PNG or gzip for unknown whatever its name', () => {
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])
    expect(detectFormat(emptyZip, 'x.docx')).toBe('docx')
    expect(detectFormat(emptyZip, 'x.zip')).toBe('unknown')
    expect(detectFormat(new Uint8Array([0x1f, 0x8b, 8, 0]), 'x.docx')).toBe('unknown')
    expect(detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'x.docx')).toBe('unknown')
  })
})
