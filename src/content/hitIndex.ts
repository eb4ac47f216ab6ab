/**
 * Which painted range is under the pointer? CSS highlights receive no events, so the answer
 * comes from the caret position at the pointer (`caretPositionFromPoint`, or Chromium's older
 * `caretRangeFromPoint`): a text node and an offset, looked up in the painted ranges of that
 * node, sorted by offset. The caret snaps to the nearest character even in a margin, so the
 * candidate is confirmed against the range's own rectangles.
 */
import type { PaintedRange } from './paint.ts';

interface NodeEntry {
  start: number;
  end: number;
  painted: PaintedRange;
}

const TEXT_NODE = 3;
/** Pixels of slack around a range's rectangles (the caret lands between letters). */
const SLACK = 1;

export class HitIndex {
  private readonly byNode = new Map<Text, NodeEntry[]>();

  constructor(ranges: readonly PaintedRange[]) {
    for (const painted of ranges) {
      for (const [node, start, end] of textPieces(painted.range)) {
        let list = this.byNode.get(node);
        if (!list) this.byNode.set(node, (list = []));
        list.push({ start, end, painted });
      }
    }
    for (const list of this.byNode.values()) list.sort((a, b) => a.start - b.start);
  }

  /** The painted range at viewport point (x, y), or null. The most specific wins (see `rank`). */
  at(doc: Document, x: number, y: number): PaintedRange | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const list = this.byNode.get(caret.node);
    if (!list) return null;
    // Last entry starting at or before the offset, then back over the few that overlap it.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= caret.offset) lo = mid + 1;
      else hi = mid;
    }
    let best: PaintedRange | null = null;
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
      const entry = list[i]!;
      if (caret.offset > entry.end) continue;
      if (!containsPoint(entry.painted.range, x, y)) continue;
      if (!best || rank(entry.painted) > rank(best)) best = entry.painted;
    }
    // The caret sits before the first letter when the pointer is on that letter's far half.
    const next = list[lo];
    if (!best && next && next.start === caret.offset && containsPoint(next.painted.range, x, y)) best = next.painted;
    return best;
  }
}

/** A claim's speaker over a plain official, an official over the agreement around the name. */
function rank(p: PaintedRange): number {
  return p.kind === 'speaker' ? 2 : p.kind === 'official' ? 1 : 0;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): { node: Text; offset: number } | null {
  const d = doc as CaretDocument;
  let node: Node | null = null;
  let offset = 0;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    if (pos) ({ offsetNode: node, offset } = pos);
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    if (range) [node, offset] = [range.startContainer, range.startOffset];
  }
  return node && node.nodeType === TEXT_NODE ? { node: node as Text, offset } : null;
}

/** The text nodes a range covers, with the covered offsets in each. Most ranges lie in one node. */
function textPieces(range: Range): [Text, number, number][] {
  const { startContainer: first, endContainer: last } = range;
  if (first === last) return first.nodeType === TEXT_NODE ? [[first as Text, range.startOffset, range.endOffset]] : [];
  const out: [Text, number, number][] = [];
  const doc = first.ownerDocument;
  if (!doc) return out;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4);
  walker.currentNode = first;
  for (let node: Node | null = first; node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      out.push([text, node === first ? range.startOffset : 0, node === last ? range.endOffset : text.length]);
    }
    if (node === last) break;
  }
  return out;
}
