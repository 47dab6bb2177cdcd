import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {conditions: ['@xxgk/source']},
  ssr: {resolve: {conditions: ['@xxgk/source']}},
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000
  }
})
