import {PassThrough} from 'node:stream'
import {buffer} from 'node:stream/consumers'
import ExcelJS from 'exceljs'
import {seriesCellIds} from '@xxgk/schema'
import {describe, expect, it} from 'vitest'
import {csvFileColumnsZh, writeResults, type FileResult, type OutputFormat} from '../src/index.js'

const failed: FileResult = {file: 'a,b "c".txt', status: 'failed', error: {code: 'EMPTY', message: 'The input is empty'}}

async function write(results: Array<FileResult>, format: OutputFormat, bom = false): Promise<string> {
  const output = new PassThrough()
  // Buffer decoding keeps a BOM (TextDecoder, and so `text()`, would drop it).
  const written = buffer(output)
  async function* items() {
    yield* results
  }
  await writeResults(items(), output, {format, bom})
  output.end()
  return (await written).toString('utf8')
}

describe('writeResults', () => {
  it('should write only the header of the wide CSV for no results, with a BOM when asked', async () => {
    expect(await write([], 'csv', true)).toBe('\uFEFFfile,status,errorCode,agency,year,template,cellsRead,cellsNull,checksFailed,errors,warnings,' + seriesCellIds.join(',') + '\n')
  })

  it('should quote fields in the CSV when needed and leave a failed row empty after its code', async () => {
    const lines = (await write([failed], 'csv')).split('\n')
    expect(lines[1]).toBe('"a,b ""c"".txt",failed,EMPTY' + ','.repeat(8 + 226))
  })

  it('should write only the header of the long CSV for a failed file', async () => {
    expect(await write([failed], 'csv-long')).toBe('file,agency,year,template,cellId,status,value,raw,line,column,sourceTable,sourceRow,sourceColumn,page,box\n')
  })

  it('should write an empty JSON array for no results', async () => {
    expect(await write([], 'json')).toBe('[]\n')
  })

  it('should write failed files in JSON and NDJSON with their code and message', async () => {
    const record = '{"file":"a,b \\"c\\".txt","status":"failed","error":{"code":"EMPTY","message":"The input is empty"}}'
    expect(await write([failed, failed], 'json')).toBe('[\n' + record + ',\n' + record + '\n]\n')
    expect(await write([failed], 'ndjson')).toBe(record + '\n')
    expect(await write([], 'ndjson')).toBe('')
  })

  it('should write an xlsx whose records sheet has the header and a failed row, and leave the output open', async () => {
    const output = new PassThrough()
    const written = buffer(output)
    async function* items() {
      yield failed
    }
    await writeResults(items(), output, {format: 'xlsx', headers: 'zh'})
    expect(output.writableEnded).toBe(false)
    output.end()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await written) as unknown as ArrayBuffer)
    const records = workbook.getWorksheet('records')!
    expect(records.rowCount).toBe(2)
    expect(records.getRow(1).getCell(1).value).toBe(csvFileColumnsZh.file)
    expect(records.getRow(1).cellCount).toBe(11 + seriesCellIds.length)
    expect(records.getRow(2).values).toEqual([undefined, 'a,b "c".txt', 'failed', 'EMPTY'])
    expect(workbook.getWorksheet('codebook')!.rowCount).toBe(1 + 398)
  })
})
