import {Readable, type Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {toRecord} from './to-record.js'
import type {FileResult} from './types.js'

/**
 * Writes newline-delimited JSON: one full record per line
 * (`{file, status, report, cells, diagnostics}` or `{file, status, error}`), streamed as
 * results arrive; the output is not ended.
 */
export async function writeNdjson(results: AsyncIterable<FileResult>, output: Writable): Promise<void> {
  await pipeline(Readable.from(lines(results)), output, {end: false})
}

async function* lines(results: AsyncIterable<FileResult>): AsyncGenerator<string> {
  for await (const item of results) yield JSON.stringify(toRecord(item)) + '\n'
}
