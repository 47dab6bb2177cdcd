/**
 * Decodes bytes with an encoding, `undefined` if they are not valid in it (or the
 * runtime does not know the encoding): the strict decoding every sniffing step uses,
 * so that a wrong guess shows as a failure instead of as U+FFFD replacement text.
 *
 * @example
 *   strictDecode('utf-8', new Uint8Array([0xd5, 0xfe])) // undefined
 *   strictDecode('gb18030', new Uint8Array([0xd5, 0xfe])) // '政'
 */
export function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    // `ignoreBOM` keeps a second BOM as text: the caller has already removed the first.
    return new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return undefined
  }
}
