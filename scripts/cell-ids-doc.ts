/**
 * Writes docs/cell-ids.md from the schema package: the reference of every cell id with
 * its table, row, column and unit. `packages/schema/test/cell-ids-doc.test.ts` fails
 * when the file is out of date; run `pnpm docs:cells` to rewrite it.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {renderCellIdsDoc} from '../packages/schema/test/render-cell-ids-doc.js'

writeFileSync(fileURLToPath(new URL('../docs/cell-ids.md', import.meta.url)), renderCellIdsDoc())
