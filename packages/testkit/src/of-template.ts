import type {ParseResult, ParseResult2021} from '@xxgk/schema'

/**
 * A result narrowed to the 2021 form, so that its 2021-only cells type-check; throws (and
 * so fails the test) when the report was read as another form.
 */
export function of2021(result: ParseResult): ParseResult2021 {
  if (result.template !== '2021') throw new Error('Expected a report on the 2021 form, read as the ' + result.template + ' form')
  return result
}
