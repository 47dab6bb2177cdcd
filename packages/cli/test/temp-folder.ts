import {copyFile, mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {root} from './run-cli.js'

/** The seed reports, sorted by name. */
export const seedNames = [
  '000_a8104e43f552fa7c.txt',
  '001_f65f450d63e49374.txt',
  '003_d764aaae447f3579.txt',
  '004_8e4fae53c81d4e1a.txt'
]

/** Makes a new empty temporary folder. */
export function makeTempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'xxgk-cli-'))
}

/** A temporary folder with `copies` copies of each seed (`0001_000_….txt`, …). */
export async function makeSeedCopies(copies: number): Promise<string> {
  const folder = await makeTempFolder()
  for (let copy = 1; copy <= copies; copy++) {
    for (const name of seedNames) {
      await copyFile(join(root, 'seeds', name), join(folder, String(copy).padStart(4, '0') + '_' + name))
    }
  }
  return folder
}

/**
 * A temporary folder mixing the seeds with bad files:
 *
 * - `empty.txt`: no bytes;
 * - `sub/random.docx`: 3000 pseudo-random bytes (not a zip);
 * - `sub/notes.txt`: text that is not a report;
 * - `sub/missing-table.txt`: seed 003 without its 表四 (a `table-missing` error);
 * - `.hidden/` and `node_modules/` holding a seed each (to be skipped).
 */
export async function makeBrokenFolder(): Promise<string> {
  const folder = await makeTempFolder()
  await mkdir(join(folder, 'sub'))
  await mkdir(join(folder, '.hidden'))
  await mkdir(join(folder, 'node_modules'))
  for (const name of seedNames) await copyFile(join(root, 'seeds', name), join(folder, name))
  await copyFile(join(root, 'seeds', seedNames[0] as string), join(folder, '.hidden', 'hidden.txt'))
  await copyFile(join(root, 'seeds', seedNames[0] as string), join(folder, 'node_modules', 'module.txt'))
  await writeFile(join(folder, 'empty.txt'), '')
  await writeFile(join(folder, 'sub', 'random.docx'), randomBytes(3000, 7))
  await writeFile(join(folder, 'sub', 'notes.txt'), '今天天气很好。\n我们去公园散步吧。\n')
  await writeFile(join(folder, 'sub', 'missing-table.txt'), withoutReviewTable(await readFile(join(root, 'seeds', '003_d764aaae447f3579.txt'), 'utf8')))
  return folder
}

/** Seed 003 without the rows of 表四 (section 四 keeps its heading, loses its table). */
function withoutReviewTable(text: string): string {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.startsWith('四、政府信息公开行政复议'))
  const end = lines.findIndex((line) => line.startsWith('五、'))
  return [...lines.slice(0, start + 1), '', ...lines.slice(end)].join('\n')
}

/** Deterministic bytes (xorshift), so the test file is the same on every run. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[index] = state & 0xff
  }
  return bytes
}
