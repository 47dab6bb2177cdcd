import {describe, expect, it} from 'vitest'
import {progressKind} from '../src/progress.js'

describe('progressKind', () => {
  const situation = {quiet: false, stderrIsTerminal: false, outputIsTerminal: false, outputIsStderr: false}

  it('should draw a bar on a terminal unless the output goes to that terminal too', () => {
    expect(progressKind({...situation, stderrIsTerminal: true})).toBe('bar')
    expect(progressKind({...situation, stderrIsTerminal: true, outputIsTerminal: true})).toBe('none')
  })

  it('should write plain lines to a log or a pipe unless the output goes into the same file', () => {
    expect(progressKind(situation)).toBe('lines')
    expect(progressKind({...situation, outputIsStderr: true})).toBe('none')
  })

  it('should show nothing with --quiet', () => {
    expect(progressKind({...situation, quiet: true})).toBe('none')
    expect(progressKind({...situation, quiet: true, stderrIsTerminal: true})).toBe('none')
  })
})
