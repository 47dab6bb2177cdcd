/**
 * Which glyphs a page shows. PDFium's text page gives every glyph drawn, shown or not:
 * text in render mode 3 (invisible: the text layer OCR lays over a scanned image, or one
 * laid over a page that shows its own text), text whose clip path leaves nothing of it
 * on the page, text wholly beyond the page's crop box (a margin note cut off). A glyph the page
 * does not show is no text of it: its digits would join a cell's number. Engine-free.
 */

/** PDF text render modes that paint nothing: 3 (invisible) and 7 (add to the clip only). */
export function isInvisibleMode(mode: number): boolean {
  return mode === 3 || mode === 7
}

/**
 * A page whose shown glyphs are fewer than this share of its invisible ones is a scan
 * with an OCR layer (the image shows the text, the invisible layer carries it, a stamp or
 * page number may be shown beside it): its invisible text is read. A page that shows more
 * text than that shows its text itself; an invisible layer over it (OCR run again over a
 * page with text, a line or two off its glyphs) would double every number.
 */
export const ocrLayerShare = 0.5

/** Whether a page's invisible glyphs are its text: an OCR layer over a scanned image. */
export function readsInvisibleText(shown: number, invisible: number): boolean {
  return shown < invisible * ocrLayerShare
}

/** A box in PDF user space (y up). */
export interface UserBox {
  left: number
  bottom: number
  right: number
  top: number
}

/**
 * Whether an object whose bounds are `bounds` is clipped away wholly: its clip paths
 * (each bounded by `clips`, the region is their intersection) leave none of it.
 * Conservative: a clip is taken as its bounding box, so only an object wholly outside
 * that box counts.
 */
export function clippedAway(bounds: UserBox, clips: ReadonlyArray<UserBox>): boolean {
  if (clips.length === 0) return false
  let {left, bottom, right, top} = clips[0]!
  for (const clip of clips) {
    left = Math.max(left, clip.left)
    bottom = Math.max(bottom, clip.bottom)
    right = Math.min(right, clip.right)
    top = Math.min(top, clip.top)
  }
  if (left >= right || bottom >= top) return true
  return bounds.right <= left || bounds.left >= right || bounds.top <= bottom || bounds.bottom >= top
}

/** Whether a point in page points lies on a page of that size (its crop box): a text object none of whose glyphs' middles does is not shown. */
export function onPage(x: number, y: number, width: number, height: number): boolean {
  return x >= 0 && x <= width && y >= 0 && y <= height
}
