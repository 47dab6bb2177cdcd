import type {Zip} from './unzip.js'
import {decodeXml} from './decode-xml.js'
import {readXml} from './read-xml.js'
import {xmlChildren} from './xml-children.js'

/** A relationship of a part: its type (last segment of the type URI) and target part. */
export interface Relationship {
  /** Last segment of the relationship type URI: `officeDocument`, `styles`, `numbering`. */
  type: string
  /** Target part name, resolved against the source part (`word/styles.xml`). */
  target: string
}

/**
 * The relationships of a part (`''` for the package itself), read from its `_rels`
 * file; external targets (hyperlinks) are left out. A part without a `_rels` file has
 * none.
 *
 * @example
 *   readRelationships(zip, '') // [{type: 'officeDocument', target: 'word/document.xml'}, …]
 */
export function readRelationships(zip: Zip, source: string): Array<Relationship> {
  const slash = source.lastIndexOf('/')
  const folder = slash === -1 ? '' : source.slice(0, slash + 1)
  const name = source.slice(slash + 1)
  const path = folder + '_rels/' + name + '.rels'
  const bytes = zip.read(path)
  if (!bytes) return []
  const root = readXml(decodeXml(bytes, path), path)
  const result: Array<Relationship> = []
  for (const element of xmlChildren(root, 'rel:Relationship')) {
    const {Type: type, Target: target, TargetMode: mode} = element.attributes
    if (!type || !target || mode === 'External') continue
    result.push({type: type.slice(type.lastIndexOf('/') + 1), target: resolvePart(folder, target)})
  }
  return result
}

/** Resolves a relationship target against the source part's folder (OPC part names). */
function resolvePart(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean)
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return segments.join('/')
}
