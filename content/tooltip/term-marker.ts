// The mark on the term the card explains, drawn inside PainLens's closed surface rather than as a
// highlight: every highlight in CSS.highlights is readable by the page, and a shared "active"
// highlight told it which term the reader hovered, stepped to or chose in the popup (security review
// 2a). These boxes take no pointer events, so the page's hit-testing does not find them either.

/** A term wrapping over more lines than this is marked on its first lines only. */
const MAX_LINES = 6;

export interface MarkerBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The boxes to draw for a term's line boxes: the non-empty ones, at most MAX_LINES. */
export function markerBoxes(rects: Iterable<MarkerBox>): MarkerBox[] {
  const out: MarkerBox[] = [];
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
    if (out.length === MAX_LINES) break;
  }
  return out;
}

/** Makes `layer` hold one positioned box per line of the term (none for an empty list). */
export function drawMarker(layer: HTMLElement, boxes: readonly MarkerBox[]): void {
  const doc = layer.ownerDocument;
  while (layer.childElementCount > boxes.length) layer.lastElementChild!.remove();
  while (layer.childElementCount < boxes.length) layer.append(doc.createElement('div'));
  boxes.forEach((b, i) => {
    const s = (layer.children[i] as HTMLElement).style;
    s.left = `${Math.round(b.left)}px`;
    s.top = `${Math.round(b.top)}px`;
    s.width = `${Math.round(b.width)}px`;
    s.height = `${Math.round(b.height)}px`;
  });
}
