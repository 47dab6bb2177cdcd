import type {AdapterLimits} from '@xxgk/adapters'
import type {Limits, ParseErrorCode} from '@xxgk/core'
import type {ParseResult} from '@xxgk/schema'

/**
 * Code of a failed file: the `ParseError` code, or `INTERNAL` for any other exception
 * (a bug, an unreadable path, a crashed worker).
 */
export type FailureCode = ParseErrorCode | 'INTERNAL'

/** Why a file could not be parsed. */
export interface Failure {
  /** Stable code (`EMPTY`, `NOT_A_REPORT`, `CORRUPT_DOCX`, …, or `INTERNAL`). */
  code: FailureCode
  /** Human-readable reason. */
  message: string
}

/** A file that was parsed: the full result of `parseReport` (or of the adapter). */
export interface FileParsed {
  /** The path as collected (relative paths stay relative). */
  file: string
  status: 'ok'
  result: ParseResult
}

/** A file that could not be parsed: a bad file never stops a batch. */
export interface FileFailed {
  /** The path as collected (relative paths stay relative). */
  file: string
  status: 'failed'
  error: Failure
}

/** The outcome of one file of a batch. */
export type FileResult = FileFailed | FileParsed

/** Progress of a batch, reported after each file. */
export interface Progress {
  /** Files finished (parsed or failed). */
  done: number
  /** Files in the batch. */
  total: number
  /** The file that just finished. */
  file: string
}

/** Options of one file's parse; sent to worker threads, so plain data only. */
export interface ParseFileOptions {
  /** Input limits passed to the readers: the core's and the adapters' (`maxBytes`, …). */
  limits?: Partial<Limits & AdapterLimits> | null | undefined
}

/** Options of `parseFiles`. */
export interface ParseFilesOptions extends ParseFileOptions {
  /**
   * Worker threads to parse with; `1` parses in the calling thread, without a worker.
   * Default: `defaultJobs(os.availableParallelism())`, the calling thread on up to 2
   * cores, else a worker per core but one.
   */
  jobs?: number | null | undefined
  /** Called after each file finishes, in completion order (not output order). */
  onProgress?: ((progress: Progress) => undefined | void) | null | undefined
  /** Stops the batch: no new file is started and the iteration ends. */
  signal?: AbortSignal | null | undefined
}

/** The terminal streams a command of the binary writes to. */
export interface CommandIo {
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
}
