import {describe, expect, it} from 'vitest'

describe('@xxgk/core', () => {
  it('should expose the public api', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'GridBuilder',
      'LabelMatcher',
      'ParseError',
      'cellAt',
      'cellLabel',
      'checkSum',
      'checkText',
      'configure',
      'defaultLimits',
      'defaults',
      'diagnosticText',
      'foldText',
      'fromText',
      'gridOf',
      'isParseError',
      'labelKey',
      'labelMatcherOf',
      'labelNamesOf',
      'locales',
      'markTruncated',
      'markupReading',
      'matchSectionHeading',
      'messageSource',
      'normalizeLabel',
      'pageTolerances',
      'pagesToTree',
      'parseErrorCodes',
      'parseReport',
      'parseTree',
      'readNumber',
      'readReport',
      'removeDebris',
      'report',
      'ruleIds',
      'splitLines',
      'toLines'
    ])
  })

  it('should expose the unified plugins on `@xxgk/core/unified`', async () => {
    expect(Object.keys(await import('../src/unified.js')).sort()).toEqual(['xxgkParse', 'xxgkReport'])
  })
})
