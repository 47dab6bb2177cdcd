import {parseFile} from './parse-file.js'
import type {FileResult, ParseFileOptions} from './types.js'

/** One task of the worker pool: a path and plain options. */
export interface WorkerTask {
  file: string
  options: ParseFileOptions
}

/**
 * Entry of each worker thread (`dist/worker.js`): parses the file of a task.
 */
export default async function worker(task: WorkerTask): Promise<string> {
  return JSON.stringify(await parseFile(task.file, task.options))
}
