import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts'},
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  // `import.meta.url` finds the engine's .wasm file beside it in the CommonJS build too.
  shims: true
})
