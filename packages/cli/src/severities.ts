import type {Severity} from '@xxgk/schema'

/** Diagnostic severities from most to least serious (`xxgk check --severity`). */
export const severities: ReadonlyArray<Severity> = ['error', 'warning', 'info']
