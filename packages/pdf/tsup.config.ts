import {defineConfig} from 'tsup'

// Two builds run in parallel into `dist/`, so neither cleans it (one could delete the
// other's files): the `build` script empties `dist/` first.
export default defineConfig([
  {
    // The library: ESM and CommonJS. `import.meta.url` finds the engine's .wasm file and
    // `engine-worker.js` beside it in the CommonJS build too.
    entry: {index: 'src/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    shims: true
  },
  {
    // The engine's worker thread, started from either build. It takes the little it uses
    // of `@xxgk/core` (`ParseError`, one tolerance) into itself: loading the whole core
    // would be most of a new thread's start.
    entry: {'engine-worker': 'src/engine-worker.ts'},
    format: ['esm'],
    target: 'node20',
    noExternal: ['@xxgk/core'],
    esbuildOptions(options) {
      // From its sources, so that only the modules used are taken.
      options.conditions = ['@xxgk/source']
    }
  }
])
