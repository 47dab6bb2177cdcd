import {defineConfig} from 'tsup'

const entry = ['src/index.ts', 'src/unified.ts']

export default defineConfig([
  {entry, format: ['esm'], dts: true, clean: true, target: 'node20'},
  // unified, remark and vfile are ESM only: the CommonJS build carries them inside, so
  // `require('@xxgk/core')` works on every Node version the package supports.
  {entry, format: ['cjs'], dts: true, target: 'node20', noExternal: [/^(?!@xxgk\/|zod$|zod\/)/]}
])
