import {readFile} from 'node:fs/promises'
import {parseBytes} from '@xxgk/adapters'
import {toFailure} from './to-failure.js'
import type {FileResult, ParseFileOptions} from './types.js'

/**
 * Reads and parses one file, picking the reader (text, .docx, html) by content and
 * extension. Never throws: a bad file becomes a `failed` result with its code.
 *
 * This is what each worker thread runs; it takes a path (not bytes) and returns only
 * serialisable data.
 *
 * @example
 *   await parseFile('seeds/004_8e4fae53c81d4e1a.txt') // {file, status: 'ok', result: {report, cells, diagnostics}}
 */
export async function parseFile(file: string, options: ParseFileOptions = {}): Promise<FileResult> {
  try {
    const bytes = await readFile(file)
    const result = await parseBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      filename: file,
      ...(options.limits ? {limits: options.limits} : {})
    })
    return {file, status: 'ok', result}
  } catch (error) {
    return {file, status: 'failed', error: toFailure(error)}
  }
}
