import {collectFiles} from './collect-files.js'
import type {CommandIo} from './types.js'

/**
 * The files a command's inputs name, or the exit code `2` after saying on stderr why
 * there are none (a missing input, a glob matching nothing, an empty folder).
 */
export async function collectInputs(inputs: Array<string>, io: CommandIo, verb: string): Promise<Array<string> | 2> {
  let files: Array<string>
  try {
    files = await collectFiles(inputs)
  } catch (error) {
    io.stderr.write('xxgk: ' + (error instanceof Error ? error.message : String(error)) + '\n')
    return 2
  }
  if (files.length === 0) {
    io.stderr.write('xxgk: no files to ' + verb + '\n')
    return 2
  }
  return files
}
