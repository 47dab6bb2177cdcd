/**
 * Checks that an XML text is well-formed enough for a word processor: tags nest and
 * close, attributes are quoted, and only the five predefined entities or character
 * references appear. Returns the problems found.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = []
  const stack: string[] = []
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '')
  for (const match of body.matchAll(
    /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g
  )) {
    const [whole, closing, name, , selfClosing] = match
    if (name === undefined) {
      problems.push('stray ' + whole + ' at ' + String(match.index))
      continue
    }
    if (closing) {
      const open = stack.pop()
      if (open !== name) problems.push('</' + name + '> closes <' + String(open) + '>')
    } else if (!selfClosing) {
      stack.push(name)
    }
  }
  if (stack.length > 0) problems.push('unclosed ' + stack.join(', '))
  return problems
}
