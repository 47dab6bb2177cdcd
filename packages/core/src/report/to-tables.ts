import {templates, type CellValue, type Template} from '@xxgk/schema'
import type {TableMapping} from '../template/map-table.js'

/**
 * The nested shape of a template's tables, worked out once: each container object
 * (`applications`, `applications.denied`, …) with its parent, and each cell with the
 * container it sits in. Every report then copies prepared objects that already hold all
 * their keys, so V8 keeps one fast shape per container instead of growing 200
 * properties one by one.
 */
interface Container {
  parent: number
  key: string
  /** Every key of the container, set to null: copied, then filled. */
  blank: Record<string, unknown>
}

interface Shape {
  containers: Array<Container>
  rootBlank: Record<string, unknown>
  leaves: Array<{container: number; leaf: string; id: string}>
  cellsBlank: Record<string, number | null>
}

function shapeOf(template: Template): Shape {
  const shape: Shape = {containers: [], rootBlank: {}, leaves: [], cellsBlank: {}}
  const byPath = new Map<string, number>()
  for (const {id} of template.cells) {
    const segments = id.split('.')
    let parent = -1
    let path = ''
    for (const segment of segments.slice(0, -1)) {
      path += '.' + segment
      let index = byPath.get(path)
      if (index === undefined) {
        index = shape.containers.length
        shape.containers.push({parent, key: segment, blank: {}})
        byPath.set(path, index)
        ;(parent < 0 ? shape.rootBlank : shape.containers[parent]!.blank)[segment] = null
      }
      parent = index
    }
    const leaf = segments.at(-1)!
    shape.containers[parent]!.blank[leaf] = null
    shape.leaves.push({container: parent, leaf, id})
    shape.cellsBlank[id] = null
  }
  return shape
}

/** The shape of every template, made once. */
const shapes = new Map<Template, Shape>(templates.map((template) => [template, shapeOf(template)]))

/**
 * The typed tables and the flat cell map of a template from a mapping: every cell of
 * the template present, `absent` where the input did not give it.
 */
export function toTables(
  mapping: TableMapping,
  template: Template
): {tables: Record<string, unknown>; cells: Record<string, number | null>} {
  const {containers, rootBlank, leaves, cellsBlank} = shapes.get(template)!
  const nested: Record<string, unknown> = {...rootBlank}
  const objects: Array<Record<string, unknown>> = new Array(containers.length)
  for (let index = 0; index < containers.length; index++) {
    const {parent, key, blank} = containers[index]!
    const object = {...blank}
    objects[index] = object
    ;(parent < 0 ? nested : objects[parent]!)[key] = object
  }
  const cells: Record<string, number | null> = {...cellsBlank}
  for (const {container, leaf, id} of leaves) {
    const value: CellValue = mapping.values.get(id) ?? {
      value: null,
      status: 'absent',
      raw: null,
      annotation: null,
      position: null,
      source: null
    }
    cells[id] = value.value
    objects[container]![leaf] = value
  }
  nested.extraRows = mapping.extraRows
  return {tables: nested, cells}
}
