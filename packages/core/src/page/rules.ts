import {pageTolerances, type Box, type Rule} from './model.js'

/** The rules of one ruled table: borders that touch one another, and their extent. */
export interface RuledRegion {
  horizontal: Array<Rule>
  vertical: Array<Rule>
  box: Box
}

/**
 * Merges rules that draw one border: lines on the same axis within `ruleSnap` of each
 * other (double borders, borders drawn once per cell) whose extents overlap or leave a
 * gap of at most `ruleGap` become one rule.
 */
export function mergeRules(rules: ReadonlyArray<Rule>, tolerances = pageTolerances): Array<Rule> {
  const merged: Array<Rule> = []
  for (const axis of ['horizontal', 'vertical'] as const) {
    const onAxis = rules.filter((rule) => rule.axis === axis).sort((a, b) => a.at - b.at)
    // Positions first: rules within `ruleSnap` of the previous one share its position.
    const groups: Array<Array<Rule>> = []
    for (const rule of onAxis) {
      const group = groups.at(-1)
      if (group && rule.at - group.at(-1)!.at <= tolerances.ruleSnap) group.push(rule)
      else groups.push([rule])
    }
    for (const group of groups) {
      const at = group.reduce((sum, rule) => sum + rule.at, 0) / group.length
      const spans = group.map((rule) => [rule.from, rule.to] as const).sort((a, b) => a[0] - b[0])
      let [from, to] = spans[0]!
      for (const [start, end] of spans.slice(1)) {
        if (start - to <= tolerances.ruleGap) {
          to = Math.max(to, end)
        } else {
          merged.push({axis, at, from, to})
          ;[from, to] = [start, end]
        }
      }
      merged.push({axis, at, from, to})
    }
  }
  return merged
}

/**
 * Finds the ruled tables of a page: sets of horizontal and vertical rules that touch
 * one another (within `ruleTouch`), at least two of each, so that they close cells.
 * Lone underlines and a frame's single line are no table.
 */
export function ruledRegions(rules: ReadonlyArray<Rule>, tolerances = pageTolerances): Array<RuledRegion> {
  const parent = rules.map((_, index) => index)
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!
      index = parent[index]!
    }
    return index
  }
  const horizontal = rules.flatMap((rule, index) => (rule.axis === 'horizontal' ? [index] : []))
  const vertical = rules.flatMap((rule, index) => (rule.axis === 'vertical' ? [index] : []))
  for (const h of horizontal) {
    for (const v of vertical) {
      if (touches(rules[h]!, rules[v]!, tolerances.ruleTouch)) parent[find(h)] = find(v)
    }
  }
  const groups = new Map<number, Array<Rule>>()
  for (const [index, rule] of rules.entries()) {
    const root = find(index)
    const group = groups.get(root)
    if (group) group.push(rule)
    else groups.set(root, [rule])
  }
  const regions: Array<RuledRegion> = []
  for (const group of groups.values()) {
    const h = group.filter((rule) => rule.axis === 'horizontal')
    const v = group.filter((rule) => rule.axis === 'vertical')
    if (h.length < 2 || v.length < 2) continue
    regions.push({
      horizontal: h,
      vertical: v,
      box: {
        left: Math.min(...h.map((rule) => rule.from), ...v.map((rule) => rule.at)),
        right: Math.max(...h.map((rule) => rule.to), ...v.map((rule) => rule.at)),
        top: Math.min(...v.map((rule) => rule.from), ...h.map((rule) => rule.at)),
        bottom: Math.max(...v.map((rule) => rule.to), ...h.map((rule) => rule.at))
      }
    })
  }
  return regions.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
}

/** Whether a horizontal and a vertical rule cross or meet. */
function touches(horizontal: Rule, vertical: Rule, tolerance: number): boolean {
  return (
    vertical.at >= horizontal.from - tolerance &&
    vertical.at <= horizontal.to + tolerance &&
    horizontal.at >= vertical.from - tolerance &&
    horizontal.at <= vertical.to + tolerance
  )
}

/**
 * Positions along one axis, closer than `snap` merged into their mean: the edges of a
 * table's rows or columns.
 */
export function clusterPositions(values: ReadonlyArray<number>, snap: number): Array<number> {
  const sorted = [...values].sort((a, b) => a - b)
  const clusters: Array<Array<number>> = []
  for (const value of sorted) {
    const cluster = clusters.at(-1)
    if (cluster && value - cluster.at(-1)! <= snap) cluster.push(value)
    else clusters.push([value])
  }
  return clusters.map((cluster) => cluster.reduce((sum, value) => sum + value, 0) / cluster.length)
}
