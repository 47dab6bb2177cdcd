import {defineConfig} from 'tsup'

export default defineConfig([
  {
    // The library: ESM and CommonJS; `import.meta.url` (worker path) is shimmed in CJS.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    shims: true,
    clean: true,
    target: 'node20'
  },
  {
    // The binary and the worker thread entry, beside the library in `dist/`.
    entry: ['src/cli.ts', 'src/worker.ts'],
    format: ['esm'],
    target: 'node20'
  }
])
