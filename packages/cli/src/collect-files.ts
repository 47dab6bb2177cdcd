import {readdir, stat} from 'node:fs/promises'
import {extname, isAbsolute, join} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {comparePaths} from './compare-paths.js'

/** Extensions of the files the parser reads (lower case); explicit files are taken whatever theirs. */
export const readableExtensions: ReadonlyArray<string> = ['.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.shtml', '.txt', '.xhtml']

/**
 * Extensions of reports the parser cannot read (old Word and WPS files): taken from
 * folders too, so that each is a failed file (`UNSUPPORTED_FORMAT`) in the output and
 * the summary, not a report that silently went missing from the corpus.
 */
export const unreadableReportExtensions: ReadonlyArray<string> = ['.doc', '.wps']
const walkedExtensions = new Set([...readableExtensions, ...unreadableReportExtensions])

/**
 * Expands files, folders and globs into the sorted list of files to parse.
 *
 * - a file is taken as is, whatever its extension;
 * - a folder is walked recursively for files with a readable extension (any case) and
 *   for reports in formats that cannot be read ({@link unreadableReportExtensions}),
 *   skipping hidden entries (`.git`), `node_modules` and Office lock files (`~$x.docx`);
 * - anything else that looks like a glob (`reports/**\/*.docx`) is matched with
 *   tinyglobby (hidden entries and `node_modules` skipped, symbolic links followed).
 *
 * Paths keep the form they were given in (relative stay relative). Duplicates are
 * dropped; the order is plain code-unit order.
 *
 * @throws {Error} when an input is neither a file, a folder, nor a glob that matches.
 * @example
 *   await collectFiles(['seeds']) // ['seeds/000_a8104e43f552fa7c.txt', …]
 */
export async function collectFiles(inputs: Iterable<string>): Promise<Array<string>> {
  const found = new Set<string>()
  for (const input of inputs) {
    const stats = await stat(input).catch(() => undefined)
    if (stats?.isDirectory()) {
      await walk(input, found)
    } else if (stats) {
      found.add(input)
    } else if (isDynamicPattern(input)) {
      const matches = await glob([input], {
        absolute: isAbsolute(input),
        dot: false,
        expandDirectories: false,
        onlyFiles: true
      })
      // tinyglobby's `ignore` is relative to its `cwd`, which absolute patterns escape.
      const kept = matches.filter((match) => !match.split(/[/\\]/).includes('node_modules'))
      if (kept.length === 0) throw new Error('No files match `' + input + '`')
      for (const match of kept) found.add(match)
    } else {
      throw new Error('No such file or folder: `' + input + '`')
    }
  }
  return [...found].sort(comparePaths)
}

async function walk(folder: string, found: Set<string>): Promise<void> {
  const entries = await readdir(folder, {withFileTypes: true})
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    // Symbolic links to files are followed, links to folders are not (no cycles).
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile())
    if (entry.isDirectory()) await walk(path, found)
    else if (isFile && walkedExtensions.has(extname(entry.name).toLowerCase())) found.add(path)
  }
}
