import {defineConfig} from 'tsup'

export default defineConfig({
  // One entry per subpath export, so `@xxgk/adapters/html` never pulls in zip code.
  entry: {index: 'src/index.ts', docx: 'src/docx/index.ts', html: 'src/html/index.ts'},
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20'
})
