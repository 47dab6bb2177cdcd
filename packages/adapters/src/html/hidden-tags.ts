/**
 * Elements that never hold report text: scripts, styles, embedded documents, forms'
 * controls and the document head. They are left out with their content, always.
 *
 * @example
 *   hiddenTags.has('script') // true
 */
export const hiddenTags = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'svg', 'math', 'canvas', 'audio', 'video', 'map', 'select', 'button', 'textarea', 'input', 'dialog'
])
