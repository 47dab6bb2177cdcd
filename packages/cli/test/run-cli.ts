import {spawn, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The repository root: the binary runs there so that `seeds` is a relative path. */
export const root = fileURLToPath(new URL('../../../', import.meta.url))

/** The built binary (the root `pnpm test` builds every package first). */
export const binary = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

/** What a run of the binary gave. */
export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Runs `node dist/cli.js …args` in the repository root (stdout and stderr are pipes,
 * not terminals) and collects its output.
 *
 * `onSpawn` gets the child process once started (to watch it and send a signal
 * mid-run); its stdout and stderr are already decoded as UTF-8.
 */
export function runCli(args: Array<string>, onSpawn?: (child: ChildProcess) => void): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, ...args], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}))
    onSpawn?.(child)
  })
}

/**
 * stderr without the plain progress lines (`xxgk: 120 / 400 files (30 %), …`): a run is
 * short, but on a loaded machine one can pass the 5 s after which the first is written.
 */
export function withoutProgress(stderr: string): string {
  return stderr.replace(/^xxgk: [\d,]+ \/ [\d,]+ files \(\d+ %\).*\n/gm, '')
}
