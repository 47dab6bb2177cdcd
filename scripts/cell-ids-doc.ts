/**
 * Writes docs/cell-ids.md and docs/cell-ids-2019.md from the schema package: the
 * reference of every cell id of each form with its table, row, column and unit (and, for
 * 2019, its 2021 counterpart). `packages/schema/test/cell-ids-doc.test.ts` fails when a
 * file is out of date; run `pnpm docs:cells` to rewrite them.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {renderCellIds2019Doc} from '../packages/schema/test/render-cell-ids-2019-doc.js'
import {renderCellIdsDoc} from '../packages/schema/test/render-cell-ids-doc.js'

writeFileSync(fileURLToPath(new URL('../docs/cell-ids.md', import.meta.url)), renderCellIdsDoc())
writeFileSync(fileURLToPath(new URL('../docs/cell-ids-2019.md', import.meta.url)), renderCellIds2019Doc())
