import type {ChildProcess} from 'node:child_process'
import {statSync} from 'node:fs'
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'
import {makeSeedCopies, seedNames} from './temp-folder.js'

const copies = 300
const total = copies * seedNames.length
let folder = ''

beforeAll(async () => {
  folder = await makeSeedCopies(copies)
})

afterAll(async () => {
  await rm(folder, {recursive: true})
})

/** The first `count` files of the folder, in output order. */
function firstFiles(count: number): Array<string> {
  const files: Array<string> = []
  for (let copy = 1; files.length < count; copy++) {
    for (const name of seedNames) files.push(join(folder, String(copy).padStart(4, '0') + '_' + name))
  }
  return files.slice(0, count)
}

/** Sends one SIGINT to the child once its stdout so far passes `ready` (a second would kill it). */
function interruptWhen(ready: (stdout: string) => boolean): (child: ChildProcess) => void {
  return (child) => {
    let stdout = ''
    let sent = false
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk
      if (!sent && ready(stdout)) {
        sent = true
        child.kill('SIGINT')
      }
    })
  }
}

/** The number of files the summary says were written before the interrupt. */
function interruptedAfter(stderr: string): number {
  const match = /^xxgk: interrupted after (\d+) of (\d+) files$/m.exec(stderr)
  expect(match?.[2]).toBe(String(total))
  return Number(match?.[1])
}

describe('xxgk parse interrupted by SIGINT', () => {
  it('should leave a CSV of complete rows, in order, and exit 130', async () => {
    const run = await runCli(['parse', folder, '--jobs', '2'], interruptWhen((stdout) => stdout.split('\n').length > 2))
    const lines = run.stdout.split('\n')
    const done = interruptedAfter(run.stderr)
    expect(run.code).toBe(130)
    expect(done).toBeGreaterThan(0)
    expect(done).toBeLessThan(total)
    expect(lines.at(-1)).toBe('')
    expect(lines.length).toBe(1 + done + 1)
    expect(lines.slice(0, -1).map((line) => line.split(',').length)).toEqual(lines.slice(0, -1).map(() => 11 + 226))
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(firstFiles(done))
  })

  it('should leave a closed JSON array', async () => {
    const run = await runCli(['parse', folder, '--format', 'json'], interruptWhen((stdout) => stdout.includes('\n{')))
    const records = JSON.parse(run.stdout) as Array<{file: string; status: string}>
    const done = interruptedAfter(run.stderr)
    expect(run.code).toBe(130)
    expect(records.length).toBe(done)
    expect(done).toBeLessThan(total)
    expect(records.map((record) => record.file)).toEqual(firstFiles(done))
  })

  it('should leave complete NDJSON lines in the `--out` file', async () => {
    const out = join(folder, 'out.ndjson')
    const run = await runCli(['parse', folder, '--format', 'ndjson', '--out', out, '--jobs', '1'], (child) => {
      const timer = setInterval(() => {
        if ((statSync(out, {throwIfNoEntry: false})?.size ?? 0) > 0) {
          clearInterval(timer)
          child.kill('SIGINT')
        }
      }, 20)
      child.on('close', () => clearInterval(timer))
    })
    expect(run.code).toBe(130)
    expect(run.stdout).toBe('')
    const lines = (await readFile(out, 'utf8')).split('\n')
    expect(lines.at(-1)).toBe('')
    expect(lines.slice(0, -1).map((line) => (JSON.parse(line) as {file: string}).file)).toEqual(firstFiles(interruptedAfter(run.stderr)))
  })
})
