import {parentPort, workerData} from 'node:worker_threads'
import {isParseError, type ParseErrorCode} from '@xxgk/core'
import {compiledEngine, engineRetired, extractPdf, loadEngine, useCompiledEngine, type CompiledEngine} from './engine.js'
import type {PdfLimits} from './limits.js'
import type {PackedContent} from './packed.js'

/**
 * Entry of the engine's worker thread (`dist/engine-worker.js`): loads the engine once,
 * then reads one document per message, for as long as the thread lives. The thread that
 * started it ends it when a document runs past `limits.maxMilliseconds` (inside one
 * engine call, which nothing else can stop) or retires the engine; its memory, the
 * engine's included, goes with it.
 */

/** What the engine's thread is given at its start. */
export interface EngineThreadData {
  /** One `Int32`: the page the engine is reading (0 while it opens the document). */
  progress: SharedArrayBuffer
  /** The engine's WebAssembly as an earlier thread compiled it, if one did. */
  engine: CompiledEngine | undefined
}

/** A document to read: its bytes (a copy, moved to the thread) and the limits in force. */
export interface EngineRequest {
  bytes: Uint8Array
  limits: PdfLimits
}

/** What the engine's thread answers: once `ready`, then one answer per request. */
export type EngineReply =
  | {type: 'ready'; engine: CompiledEngine}
  | {type: 'read'; content: PackedContent; retired: boolean}
  | {type: 'refused'; code: ParseErrorCode; message: string; retired: boolean}
  | {type: 'failed'; message: string; stack: string | undefined; retired: boolean}

const port = parentPort!
const data = workerData as EngineThreadData
const progress = new Int32Array(data.progress)
const onPage = (page: number) => Atomics.store(progress, 0, page)

port.on('message', (request: EngineRequest) => {
  extractPdf(request.bytes, request.limits, onPage).then(
    (content) => {
      const reply: EngineReply = {type: 'read', content, retired: engineRetired()}
      port.postMessage(reply, [content.pages.buffer, content.glyphs.buffer, content.rules.buffer])
    },
    (error: unknown) => {
      const retired = engineRetired()
      const reply: EngineReply = isParseError(error)
        ? {type: 'refused', code: error.code, message: error.message, retired}
        : {type: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined, retired}
      port.postMessage(reply)
    }
  )
})

if (data.engine) useCompiledEngine(data.engine)
loadEngine().then(
  async () => port.postMessage({type: 'ready', engine: await compiledEngine()} satisfies EngineReply),
  (error: unknown) => {
    // The thread that started this one hears of it as an error of the thread.
    throw error
  }
)
