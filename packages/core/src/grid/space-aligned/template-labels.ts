import type {Chain, ContentLine, LabelNames, Piece} from './model.js'
import {joinText} from './pieces.js'

/**
 * Label cells after a wrapped label's first cell, at most, that a template row's label may
 * join: a row label wraps over three lines at most in the forms' narrowest label columns,
 * each line a label cell of its own when none fills its column.
 */
const maxJoinedChains = 2

/**
 * Joins a row label wrapped over lines that no label column's width tells apart
 * (`1.申请人无正当理由逾期不补` / `正、行政机关不再处理其政府` / `信息公开申请`, each
 * line short of the widest label of its column, or on the next page): label cells that
 * follow one another in a column become one where their text joined names exactly one
 * row of the template and each alone names nothing. Only the label proves the join, so
 * the lines in between must be close (`near`) and no more than one line of the joined
 * label may hold numbers (its row's).
 *
 * @param names what the forms' labels say of a text (the caller's, through `SpaceAlignedOptions.labels`).
 * @param near whether a label's next piece may continue the label ending at `last`.
 */
export function joinTemplateLabels(
  content: ReadonlyArray<ContentLine>,
  chains: Array<Chain>,
  chainOf: Map<Piece, Chain>,
  names: LabelNames,
  near: (last: Piece, next: Piece) => boolean
): void {
  const joined = new Set<Chain>()
  for (let index = 0; index < chains.length; index++) {
    const head = chains[index]!
    if (joined.has(head) || head.vertical || !head.pieces[0]!.numbered) continue
    // The label is read only when a label that may continue it follows (most rows' do not).
    let text: string | undefined
    const tail: Array<Chain> = []
    for (let next = index + 1; next < chains.length && tail.length < maxJoinedChains; next++) {
      const chain = chains[next]!
      const previous = (tail.at(-1) ?? head).pieces.at(-1)!
      if (chain.column !== head.column || chain.vertical || chain.pieces[0]!.numbered || !near(previous, chain.pieces[0]!)) break
      if (text === undefined) {
        text = joinText(head.pieces)
        if (names.namesAnything(text)) break
      }
      const own = joinText(chain.pieces)
      if (names.namesAnything(own)) break
      tail.push(chain)
      text += own
      if (!names.namesOneRow(text)) continue
      if (numberLines(content, [head, ...tail]) <= 1) {
        for (const other of tail) {
          head.pieces.push(...other.pieces)
          head.anchors.push(...other.anchors)
          for (const piece of other.pieces) chainOf.set(piece, head)
          joined.add(other)
        }
      }
      break
    }
  }
  if (joined.size === 0) return
  const kept = chains.filter((chain) => !joined.has(chain))
  chains.length = 0
  chains.push(...kept)
}

/** Lines with numbers among the lines a label's pieces stand on. */
function numberLines(content: ReadonlyArray<ContentLine>, chains: ReadonlyArray<Chain>): number {
  const orders = new Set(chains.flatMap((chain) => chain.pieces.map((piece) => piece.order)))
  let count = 0
  for (const order of orders) if (content[order]!.kind === 'data') count++
  return count
}
