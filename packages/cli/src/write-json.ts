import {Readable, type Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {toRecord} from './to-record.js'
import type {FileResult} from './types.js'

/**
 * Writes one JSON array of full records, one element per line, streamed element by
 * element (never built as one string). The array is closed when the results end, also
 * when a batch is stopped early; the output is not ended.
 */
export async function writeJson(results: AsyncIterable<FileResult>, output: Writable): Promise<void> {
  await pipeline(Readable.from(chunks(results)), output, {end: false})
}

async function* chunks(results: AsyncIterable<FileResult>): AsyncGenerator<string> {
  let first = true
  yield '['
  for await (const item of results) {
    yield (first ? '\n' : ',\n') + JSON.stringify(toRecord(item))
    first = false
  }
  yield first ? ']\n' : '\n]\n'
}
