import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {init} from '@embedpdf/pdfium'
import {pageTolerances, ParseError} from '@xxgk/core'
import type {PdfLimits} from './limits.js'
import {ContentBuilder, type PackedContent} from './packed.js'
import {clippedAway, isInvisibleMode, onPage, readsInvisibleText, type UserBox} from './shown.js'
import {apply, compose, mostCommonTurn, quarterTurnOf, unturn, type Transform} from './text-direction.js'

/**
 * The one module that knows the PDF engine (PDFium compiled to WebAssembly, MIT and
 * Apache-2.0, no system binaries, no native build, no network). It turns a PDF into
 * pages of glyphs and rules in page points from the top left; everything after that is
 * the engine-free geometry of `@xxgk/core`. It runs in the engine's worker thread
 * (`engine-worker.ts`), or in the calling thread when isolation is off.
 */

/** PDFium's `FPDF_GetLastError` codes. */
const lastError = {password: 4, security: 5} as const

/** PDFium's page object types and path segment types. */
const objectType = {text: 1, path: 2, image: 3, form: 5} as const
const segmentType = {lineTo: 0, bezierTo: 1, moveTo: 2} as const

/** Device pixels per point when the page transform is measured: 1/64 pt precision. */
const transformScale = 64

/** Form XObjects nest; deeper than this is damage or an attack, not a report. */
const maxFormDepth = 8

/**
 * The engine's memory never shrinks: after a document that grew it past this, the
 * instance is dropped and the next document gets a fresh one.
 */
const maxRetainedHeap = 256 * 1024 * 1024

/**
 * The engine's functions as WebAssembly exports, called directly: the package's wrapper
 * looks each function up by name on every call, which cost a sixth of the reading time.
 * Pointers and handles are numbers; PDFium's booleans are 0 or 1.
 */
interface Api {
  malloc(size: number): number
  free(pointer: number): void
  FPDF_LoadMemDocument(data: number, size: number, password: number): number
  FPDF_GetLastError(): number
  FPDF_GetPageCount(document: number): number
  FPDF_LoadPage(document: number, index: number): number
  FPDF_ClosePage(page: number): void
  FPDF_CloseDocument(document: number): void
  FPDF_GetPageWidthF(page: number): number
  FPDF_GetPageHeightF(page: number): number
  FPDF_PageToDevice(page: number, x: number, y: number, width: number, height: number, rotate: number, pageX: number, pageY: number, deviceX: number, deviceY: number): number
  FPDFText_LoadPage(page: number): number
  FPDFText_ClosePage(textPage: number): void
  FPDFText_CountChars(textPage: number): number
  FPDFText_IsGenerated(textPage: number, index: number): number
  FPDFText_GetUnicode(textPage: number, index: number): number
  FPDFText_HasUnicodeMapError(textPage: number, index: number): number
  FPDFText_GetFontSize(textPage: number, index: number): number
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number
  FPDFText_GetCharAngle(textPage: number, index: number): number
  FPDFText_GetTextObject(textPage: number, index: number): number
  FPDFTextObj_GetTextRenderMode(text: number): number
  FPDFPageObj_GetBounds(object: number, left: number, bottom: number, right: number, top: number): number
  FPDFPageObj_GetClipPath(object: number): number
  FPDFClipPath_CountPaths(clipPath: number): number
  FPDFClipPath_CountPathSegments(clipPath: number, path: number): number
  FPDFClipPath_GetPathSegment(clipPath: number, path: number, segment: number): number
  FPDFPage_CountObjects(page: number): number
  FPDFPage_GetObject(page: number, index: number): number
  FPDFPageObj_GetType(object: number): number
  FPDFPageObj_GetMatrix(object: number, matrix: number): number
  FPDFFormObj_CountObjects(form: number): number
  FPDFFormObj_GetObject(form: number, index: number): number
  FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number
  FPDFPath_CountSegments(path: number): number
  FPDFPath_GetPathSegment(path: number, index: number): number
  FPDFPathSegment_GetPoint(segment: number, x: number, y: number): number
  FPDFPathSegment_GetType(segment: number): number
  FPDFPathSegment_GetClose(segment: number): number
}

/** The engine, and views of its memory made anew when the memory grows. */
class Engine {
  readonly api: Api
  private readonly heap: () => Uint8Array
  private views: {buffer: ArrayBufferLike; bytes: Uint8Array; floats: Float32Array; doubles: Float64Array; ints: Int32Array} | undefined

  constructor(api: Api, heap: () => Uint8Array) {
    this.api = api
    this.heap = heap
  }

  private current() {
    const buffer = this.heap().buffer
    if (this.views?.buffer !== buffer) {
      this.views = {buffer, bytes: new Uint8Array(buffer), floats: new Float32Array(buffer), doubles: new Float64Array(buffer), ints: new Int32Array(buffer)}
    }
    return this.views
  }

  get bytes(): Uint8Array {
    return this.current().bytes
  }

  float(pointer: number): number {
    return this.current().floats[pointer >> 2]!
  }

  double(pointer: number): number {
    return this.current().doubles[pointer >> 3]!
  }

  int(pointer: number): number {
    return this.current().ints[pointer >> 2]!
  }
}

let engine: Promise<Engine> | undefined

/**
 * The engine's WebAssembly, compiled once and kept: a new instance (after one retired,
 * or in a new worker thread, which is handed it) needs no new compile, and runs the code
 * the engine's earlier instances had already optimised.
 */
let compiled: Promise<CompiledEngine> | undefined

/** A compiled `WebAssembly.Module`: it can be posted to another thread, which then shares its code. */
export type CompiledEngine = object & {readonly compiledEngine?: never}

/** The little of the WebAssembly API used here (the TypeScript libraries of the project leave it out). */
const wasmApi = (globalThis as unknown as {
  WebAssembly: {
    compile(bytes: Uint8Array): Promise<CompiledEngine>
    Instance: new (module: CompiledEngine, imports: object) => {exports: object}
  }
}).WebAssembly

/** The engine's compiled WebAssembly (compiled on first use). */
export function compiledEngine(): Promise<CompiledEngine> {
  compiled ??= (async () => {
    const require = createRequire(import.meta.url)
    return wasmApi.compile(await readFile(require.resolve('@embedpdf/pdfium/pdfium.wasm')))
  })()
  return compiled
}

/** Takes the engine's WebAssembly as compiled in another thread. */
export function useCompiledEngine(module: CompiledEngine): void {
  compiled ??= Promise.resolve(module)
}

/** Loads the engine (once: it is kept warm between documents until it is retired). */
export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const wasm = await compiledEngine()
    const module = await init({
      // Synchronous: the module is compiled already. Emscripten takes an error thrown here
      // as a failure of `init`.
      instantiateWasm(imports: object, receive: (instance: {exports: object}) => void) {
        const instance = new wasmApi.Instance(wasm, imports)
        receive(instance)
        return instance.exports
      }
    })
    module.PDFiumExt_Init()
    const pdfium = module.pdfium as unknown as {wasmExports: Api; HEAPU8: Uint8Array}
    return new Engine(pdfium.wasmExports, () => pdfium.HEAPU8)
  })()
  return engine
}

/**
 * Whether the engine was retired by the last document (it aborted, or its memory grew
 * past `maxRetainedHeap`): the next document loads a fresh one. A worker thread whose
 * engine was retired is ended instead, which gives its memory back at once.
 */
export function engineRetired(): boolean {
  return engine === undefined
}

/**
 * Reads every page of a PDF into glyphs (with boxes and font sizes) and the straight
 * lines drawn on it (stroked segments, and filled rectangles thin enough to be lines).
 * `onPage` is told each page's number before the engine loads it.
 *
 * Only checks between engine calls bound it here (`limits.maxMilliseconds` after each
 * page): a hard deadline needs the worker thread that calls this (`isolated.ts`).
 *
 * @throws {ParseError} `ENCRYPTED` (a password is needed to open it), `CORRUPT_PDF`
 *   (not a readable PDF), `TOO_LARGE` (over `limits`, or past the engine's 2 GiB of memory).
 */
export async function extractPdf(bytes: Uint8Array, limits: PdfLimits, onPage?: (page: number) => void): Promise<PackedContent> {
  const module = await loadEngine()
  const {api} = module
  const started = performance.now()
  const data = api.malloc(bytes.length)
  if (!data) throw new ParseError('TOO_LARGE', 'The PDF does not fit in the engine\'s memory')
  // Scratch space for out-parameters: six floats or ints at most.
  const scratch = api.malloc(64)
  let document = 0
  let aborted = false
  try {
    module.bytes.set(bytes, data)
    document = api.FPDF_LoadMemDocument(data, bytes.length, 0)
    if (!document) {
      const code = api.FPDF_GetLastError()
      if (code === lastError.password || code === lastError.security) {
        throw new ParseError('ENCRYPTED', 'The PDF needs a password to open; remove it (an owner password that only restricts printing or copying is no obstacle)')
      }
      throw new ParseError('CORRUPT_PDF', 'The PDF cannot be read (PDFium error ' + code + '): damaged, cut short, or not a PDF')
    }
    const pageCount = api.FPDF_GetPageCount(document)
    if (pageCount <= 0) throw new ParseError('CORRUPT_PDF', 'The PDF has no pages that can be read')
    if (pageCount > limits.maxPages) {
      throw new ParseError('TOO_LARGE', 'The PDF has ' + pageCount + ' pages, more than `limits.maxPages` (' + limits.maxPages + ')')
    }
    const content = new ContentBuilder()
    for (let index = 0; index < pageCount; index++) {
      onPage?.(index + 1)
      const page = api.FPDF_LoadPage(document, index)
      if (!page) throw new ParseError('CORRUPT_PDF', 'Page ' + (index + 1) + ' of the PDF cannot be read')
      try {
        readPage(module, page, index + 1, scratch, limits, content)
      } finally {
        api.FPDF_ClosePage(page)
      }
      if (performance.now() - started > limits.maxMilliseconds) {
        throw new ParseError('TOO_LARGE', 'Reading the PDF took longer than `limits.maxMilliseconds` (' + limits.maxMilliseconds + ' ms) by page ' + (index + 1))
      }
    }
    return content.finish()
  } catch (error) {
    if (error instanceof ParseError) throw error
    // The engine aborted (WebAssembly cannot grow past 2 GiB: a stream inflating to
    // gigabytes, millions of drawn objects): it is dead, the next document gets a new one.
    aborted = true
    engine = undefined
    throw new ParseError('TOO_LARGE', 'The PDF needs more memory than the PDF engine has (2 GiB): ' + (error instanceof Error ? error.message : String(error)), {cause: error})
  } finally {
    if (!aborted) {
      if (document) api.FPDF_CloseDocument(document)
      api.free(scratch)
      api.free(data)
      if (module.bytes.length > maxRetainedHeap) engine = undefined
    }
  }
}

/**
 * Per glyph read from the engine, `glyphFields` numbers: code point, box, origin, size,
 * quarter turn (-1: across the page), how it is shown, its text object.
 */
const glyphFields = 11

/** How a glyph is shown, by its text object: painted, invisible (render mode 3), or clipped away. */
const shownAs = {painted: 0, invisible: 1, clipped: 2} as const
let glyphRoom = new Float64Array(glyphFields * 1024)

function readPage(module: Engine, page: number, number: number, scratch: number, limits: PdfLimits, content: ContentBuilder): void {
  const {api} = module
  const pageWidth = api.FPDF_GetPageWidthF(page)
  const pageHeight = api.FPDF_GetPageHeightF(page)
  const toPage = pageTransform(module, page, pageWidth, pageHeight, scratch)
  let unmapped = 0
  let read = 0
  const turns = [0, 0, 0, 0]
  const shownCounts = [0, 0, 0]
  // Glyphs of one text object follow one another: its showing is asked once.
  let lastObject = 0
  let lastShown: number = shownAs.painted
  const textPage = api.FPDFText_LoadPage(page)
  try {
    const count = api.FPDFText_CountChars(textPage)
    if (count > limits.maxGlyphsPerPage) {
      throw new ParseError('TOO_LARGE', 'Page ' + number + ' has ' + count + ' characters, more than `limits.maxGlyphsPerPage` (' + limits.maxGlyphsPerPage + ')')
    }
    if (glyphRoom.length < count * glyphFields) glyphRoom = new Float64Array(count * glyphFields)
    const glyphs = glyphRoom
    for (let index = 0; index < count; index++) {
      // Spaces and line ends PDFium inferred are no glyphs: the geometry says where words part.
      if (api.FPDFText_IsGenerated(textPage, index) === 1) continue
      const code = api.FPDFText_GetUnicode(textPage, index)
      if (code === 0x20 || code === 0x0d || code === 0x0a || code === 0x09) continue
      const badMap = api.FPDFText_HasUnicodeMapError(textPage, index) === 1 || isUnmapped(code)
      if (badMap) unmapped++
      const size = api.FPDFText_GetFontSize(textPage, index)
      if (!api.FPDFText_GetLooseCharBox(textPage, index, scratch)) continue
      const at = read * glyphFields
      glyphs[at] = badMap ? 0xfffd : code
      glyphs[at + 1] = module.float(scratch)
      glyphs[at + 2] = module.float(scratch + 4)
      glyphs[at + 3] = module.float(scratch + 8)
      glyphs[at + 4] = module.float(scratch + 12)
      if (!api.FPDFText_GetCharOrigin(textPage, index, scratch, scratch + 8)) continue
      glyphs[at + 5] = module.double(scratch)
      glyphs[at + 6] = module.double(scratch + 8)
      glyphs[at + 7] = size
      const turn = quarterTurnOf(api.FPDFText_GetCharAngle(textPage, index), toPage)
      glyphs[at + 8] = turn ?? -1
      if (turn !== undefined) turns[turn]!++
      const object = api.FPDFText_GetTextObject(textPage, index)
      if (object !== lastObject) {
        lastObject = object
        lastShown = object ? showingOf(module, object, scratch) : shownAs.painted
      }
      glyphs[at + 9] = lastShown
      glyphs[at + 10] = object
      shownCounts[lastShown]!++
      read++
    }
  } finally {
    api.FPDFText_ClosePage(textPage)
  }
  // The page as its text reads: turned so that most of its glyphs run left to right.
  const turn = mostCommonTurn(turns)
  const upright = unturn(turn, pageWidth, pageHeight)
  const transform = compose(toPage, upright.transform)
  const scale = Math.hypot(transform[2], transform[3])
  const readInvisible = readsInvisibleText(shownCounts[shownAs.painted]!, shownCounts[shownAs.invisible]!)
  // A text object wholly beyond the page (its crop box) is not shown; one the edge cuts
  // keeps all its glyphs, so that a number the edge cuts is never read in part.
  const objectsOnPage = new Set<number>()
  for (let at = 0; at < read * glyphFields; at += glyphFields) {
    const glyphs = glyphRoom
    const [x, y] = apply(transform, (glyphs[at + 1]! + glyphs[at + 3]!) / 2, (glyphs[at + 2]! + glyphs[at + 4]!) / 2)
    if (onPage(x, y, upright.width, upright.height)) objectsOnPage.add(glyphs[at + 10]!)
  }
  let aside = 0
  let hidden = 0
  for (let at = 0; at < read * glyphFields; at += glyphFields) {
    const glyphs = glyphRoom
    const shown = glyphs[at + 9]
    if (shown === shownAs.clipped || (shown === shownAs.invisible && !readInvisible)) {
      hidden++
      continue
    }
    if (glyphs[at + 8] !== turn) {
      aside++
      continue
    }
    if (!objectsOnPage.has(glyphs[at + 10]!)) {
      hidden++
      continue
    }
    // Loose boxes are as wide as the advance (the tight box of `、` is a sliver) but as
    // tall as the font's line; the em box above the baseline is the glyph's height.
    const a = apply(transform, glyphs[at + 1]!, glyphs[at + 2]!)
    const b = apply(transform, glyphs[at + 3]!, glyphs[at + 4]!)
    const base = apply(transform, glyphs[at + 5]!, glyphs[at + 6]!)
    const em = (glyphs[at + 7]! || Math.abs(a[1] - b[1])) * scale
    content.glyph(glyphs[at]!, Math.min(a[0], b[0]), Math.max(a[0], b[0]), base[1] - 0.85 * em, base[1] + 0.15 * em, em)
  }
  const counter = {objects: 0, images: 0}
  const objectCount = api.FPDFPage_CountObjects(page)
  for (let index = 0; index < objectCount; index++) {
    readObject(module, api.FPDFPage_GetObject(page, index), transform, content, counter, scratch, limits, number, 0)
  }
  content.page(number, upright.width, upright.height, {unmapped, images: counter.images, turn, aside, hidden})
}

/**
 * How a text object is shown: invisible (render mode 3 or 7), clipped away (its bounds
 * wholly outside its clip paths, both in the object's own space: a page's or a form's),
 * or painted.
 */
function showingOf(module: Engine, object: number, scratch: number): number {
  const {api} = module
  if (isInvisibleMode(api.FPDFTextObj_GetTextRenderMode(object))) return shownAs.invisible
  const clip = api.FPDFPageObj_GetClipPath(object)
  if (!clip || !api.FPDFPageObj_GetBounds(object, scratch, scratch + 4, scratch + 8, scratch + 12)) return shownAs.painted
  const bounds: UserBox = {left: module.float(scratch), bottom: module.float(scratch + 4), right: module.float(scratch + 8), top: module.float(scratch + 12)}
  const clips: Array<UserBox> = []
  const paths = api.FPDFClipPath_CountPaths(clip)
  for (let path = 0; path < paths; path++) {
    const box = {left: Infinity, bottom: Infinity, right: -Infinity, top: -Infinity}
    const segments = api.FPDFClipPath_CountPathSegments(clip, path)
    for (let index = 0; index < segments; index++) {
      if (!api.FPDFPathSegment_GetPoint(api.FPDFClipPath_GetPathSegment(clip, path, index), scratch, scratch + 4)) continue
      const x = module.float(scratch)
      const y = module.float(scratch + 4)
      box.left = Math.min(box.left, x)
      box.right = Math.max(box.right, x)
      box.bottom = Math.min(box.bottom, y)
      box.top = Math.max(box.top, y)
    }
    if (box.left <= box.right) clips.push(box)
  }
  return clippedAway(bounds, clips) ? shownAs.clipped : shownAs.painted
}

/** A glyph the font maps to nothing a reader can use: NUL, U+FFFD, private use. */
function isUnmapped(code: number): boolean {
  return code === 0 || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000
}

function readObject(
  module: Engine,
  object: number,
  outer: Transform,
  rules: ContentBuilder,
  counter: {objects: number; images: number},
  scratch: number,
  limits: PdfLimits,
  page: number,
  depth: number
): void {
  if (++counter.objects > limits.maxObjectsPerPage) {
    throw new ParseError('TOO_LARGE', 'Page ' + page + ' draws more than `limits.maxObjectsPerPage` (' + limits.maxObjectsPerPage + ') objects')
  }
  const {api} = module
  const type = api.FPDFPageObj_GetType(object)
  if (type === objectType.image) {
    counter.images++
    return
  }
  if (type === objectType.form) {
    if (depth >= maxFormDepth) return
    const inner = compose(readMatrix(module, object, scratch), outer)
    const count = api.FPDFFormObj_CountObjects(object)
    for (let index = 0; index < count; index++) {
      readObject(module, api.FPDFFormObj_GetObject(object, index), inner, rules, counter, scratch, limits, page, depth + 1)
    }
    return
  }
  if (type === objectType.path) readPath(module, object, compose(readMatrix(module, object, scratch), outer), rules, scratch)
}

/** Axis-aligned pieces of a path: each stroked line, and each filled rectangle thin enough to be a line. */
function readPath(module: Engine, path: number, transform: Transform, rules: ContentBuilder, scratch: number): void {
  const {api} = module
  if (!api.FPDFPath_GetDrawMode(path, scratch, scratch + 4)) return
  const fill = module.int(scratch) !== 0
  const stroke = module.int(scratch + 4) !== 0
  if (!fill && !stroke) return
  const count = api.FPDFPath_CountSegments(path)
  const points: Array<{x: number; y: number; type: number; close: boolean}> = []
  for (let index = 0; index < count; index++) {
    const segment = api.FPDFPath_GetPathSegment(path, index)
    if (!api.FPDFPathSegment_GetPoint(segment, scratch, scratch + 4)) continue
    const [x, y] = apply(transform, module.float(scratch), module.float(scratch + 4))
    points.push({x, y, type: api.FPDFPathSegment_GetType(segment), close: api.FPDFPathSegment_GetClose(segment) !== 0})
  }
  const lines: Array<[number, number, number, number]> = []
  let start: {x: number; y: number} | undefined
  let current: {x: number; y: number} | undefined
  for (const point of points) {
    if (point.type === segmentType.moveTo) {
      start = point
    } else if (point.type === segmentType.lineTo && current) {
      lines.push([current.x, current.y, point.x, point.y])
    }
    current = point
    if (point.close && start && current) {
      lines.push([current.x, current.y, start.x, start.y])
      current = start
    }
  }
  if (stroke) {
    for (const line of lines) pushRule(rules, line)
    return
  }
  // A filled path: a thin rectangle is a line drawn as a box (Word draws borders so).
  const xs = points.map((point) => point.x)
  const ys = points.map((point) => point.y)
  const box = {left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys)}
  const rectangular = lines.every(([x1, y1, x2, y2]) => Math.abs(x1 - x2) < 0.01 || Math.abs(y1 - y2) < 0.01)
  if (!rectangular || points.length > 6) return
  const widthOf = box.right - box.left
  const heightOf = box.bottom - box.top
  if (heightOf <= pageTolerances.ruleThickness && widthOf > heightOf) {
    pushRule(rules, [box.left, (box.top + box.bottom) / 2, box.right, (box.top + box.bottom) / 2])
  } else if (widthOf <= pageTolerances.ruleThickness && heightOf > widthOf) {
    pushRule(rules, [(box.left + box.right) / 2, box.top, (box.left + box.right) / 2, box.bottom])
  }
}

/** A segment whose ends differ by less than this (points) across its axis is straight. */
const straight = 0.5

function pushRule(rules: ContentBuilder, [x1, y1, x2, y2]: [number, number, number, number]): void {
  if (Math.abs(y1 - y2) <= straight && Math.abs(x1 - x2) > straight) {
    rules.rule('horizontal', (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2))
  } else if (Math.abs(x1 - x2) <= straight && Math.abs(y1 - y2) > straight) {
    rules.rule('vertical', (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2))
  }
}

function readMatrix(module: Engine, object: number, scratch: number): Transform {
  if (!module.api.FPDFPageObj_GetMatrix(object, scratch)) return [1, 0, 0, 1, 0, 0]
  return [0, 4, 8, 12, 16, 20].map((offset) => module.float(scratch + offset)) as unknown as Transform
}

/**
 * The map from PDF user space to page points from the top left, whatever the page's
 * media box origin and rotation: measured from PDFium's own page-to-device map at three
 * points (it answers in whole device pixels, so at `transformScale` pixels per point).
 */
function pageTransform(module: Engine, page: number, width: number, height: number, scratch: number): Transform {
  const device = (x: number, y: number): [number, number] => {
    module.api.FPDF_PageToDevice(page, 0, 0, Math.round(width * transformScale), Math.round(height * transformScale), 0, x, y, scratch, scratch + 4)
    return [module.int(scratch) / transformScale, module.int(scratch + 4) / transformScale]
  }
  const step = 1000
  const origin = device(0, 0)
  const alongX = device(step, 0)
  const alongY = device(0, step)
  return [
    (alongX[0] - origin[0]) / step,
    (alongX[1] - origin[1]) / step,
    (alongY[0] - origin[0]) / step,
    (alongY[1] - origin[1]) / step,
    origin[0],
    origin[1]
  ]
}
