import {defineConfig} from 'vitest/config'

// Workspace packages point their `@xxgk/source` export condition at their TypeScript sources.
const conditions = ['@xxgk/source', 'module', 'node', 'import', 'default']

export default defineConfig({
  resolve: {conditions},
  ssr: {resolve: {conditions}},
  test: {include: ['test/**/*.test.ts']}
})
