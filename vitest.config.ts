import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {conditions: ['@xxgk/source']},
  ssr: {resolve: {conditions: ['@xxgk/source']}},
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000,
    // Type tests (`*.test-d.ts`, `expectTypeOf`) are checked, not run: `tsc` over the
    // whole repository (`tsconfig.json`) alongside the tests. A type error anywhere,
    // in a type test or not, fails the run.
    typecheck: {
      enabled: true,
      include: ['packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json'
    }
  }
})
