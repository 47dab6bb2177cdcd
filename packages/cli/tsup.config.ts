import {defineConfig} from 'tsup'

// Two builds run in parallel into `dist/`, so neither cleans it (one could delete the
// other's files): the `build` script empties `dist/` first.
export default defineConfig([
  {
    // The library: ESM and CommonJS; `import.meta.url` (worker path) is shimmed in CJS.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    shims: true,
    target: 'node20'
  },
  {
    // The binary and the worker thread entry, beside the library in `dist/`.
    entry: ['src/cli.ts', 'src/worker.ts'],
    format: ['esm'],
    target: 'node20'
  }
])
