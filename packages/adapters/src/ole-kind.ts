/** The signature of an OLE compound file (.doc, .xls, and password-protected .docx). */
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * `EncryptedPackage` as it is stored in an OLE directory entry (UTF-16LE): the stream
 * in which Office keeps a password-protected .docx.
 */
const encryptedPackage = new Uint8Array([...'EncryptedPackage'].flatMap((character) => [character.charCodeAt(0), 0]))

/**
 * What an OLE compound file holds: `encrypted` for a password-protected Office file
 * (which Word saves as OLE, even with a .docx name), `ole` for anything else in an OLE
 * container (a Word 97–2003 .doc), `undefined` when the bytes are not OLE at all.
 *
 * @example
 *   oleKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) // 'ole'
 */
export function oleKind(bytes: Uint8Array): 'encrypted' | 'ole' | undefined {
  if (!oleSignature.every((byte, index) => bytes[index] === byte)) return undefined
  // The directory can sit anywhere in the file, so look for the stream name throughout;
  // `indexOf` on the first byte keeps this linear and fast.
  const first = encryptedPackage[0]!
  let index = bytes.indexOf(first)
  while (index !== -1 && index + encryptedPackage.length <= bytes.length) {
    let offset = 1
    while (offset < encryptedPackage.length && bytes[index + offset] === encryptedPackage[offset]) offset++
    if (offset === encryptedPackage.length) return 'encrypted'
    index = bytes.indexOf(first, index + 1)
  }
  return 'ole'
}
