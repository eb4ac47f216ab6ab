/**
 * Anchoring: from offsets in the story text back to places in the live DOM.
 *
 * The story text is not the DOM's text: white space is collapsed and blocks are joined by
 * line breaks. A segment says "text[start, end) is node.data[nodeStart, nodeStart + end - start)",
 * one-to-one, so any span of the text becomes a DOM Range without touching the page.
 */

export interface Segment {
  /** Offsets in the story text (UTF-16 code units, as in `Span`). */
  start: number;
  end: number;
  node: Text;
  /** Offset in `node.data` of `text[start]`. */
  nodeStart: number;
}

/** A boundary point of a DOM Range. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * Builds the story text and its segments piece by piece. Consecutive one-to-one pieces of the
 * same node are merged, so a paragraph of plain text costs one segment.
 */
export class AnchoredTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  /** Appends `piece`, which stands for node.data[nodeStart, nodeStart + piece.length). */
  appendFromNode(piece: string, node: Text, nodeStart: number): void {
    if (piece === '') return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === this.length && last.nodeStart + (last.end - last.start) === nodeStart) {
      last.end += piece.length;
    } else {
      this.segments.push({ start: this.length, end: this.length + piece.length, node, nodeStart });
    }
    this.parts.push(piece);
    this.length += piece.length;
  }

  /** Appends text that stands for nothing in the DOM (the separators between blocks). */
  appendUnanchored(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
  }

  get textLength(): number {
    return this.length;
  }

  build(): { text: string; segments: Segment[] } {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

/**
 * Where `offset` of the text falls in the DOM. A start boundary that falls between segments
 * (on a separator) moves forward to the next segment; an end boundary moves back to the
 * previous one, so a range never covers text that is not in the story.
 */
export function locate(segments: readonly Segment[], offset: number, edge: 'start' | 'end'): DomPoint | null {
  if (edge === 'start') {
    // First segment that ends after offset.
    const i = firstIndex(segments, (s) => s.end > offset);
    const s = segments[i];
    if (!s) return null;
    return { node: s.node, offset: s.nodeStart + Math.max(0, offset - s.start) };
  }
  // Last segment that starts before offset.
  const i = firstIndex(segments, (s) => s.start >= offset) - 1;
  const s = segments[i];
  if (!s) return null;
  return { node: s.node, offset: s.nodeStart + Math.min(offset, s.end) - s.start };
}

/** A DOM Range for text[start, end), or null when the span is empty or outside the anchored text. */
export function rangeFor(segments: readonly Segment[], start: number, end: number): Range | null {
  if (!(start < end)) return null;
  const from = locate(segments, start, 'start');
  const to = locate(segments, end, 'end');
  if (!from || !to) return null;
  // Both points snap inward; if they crossed, the span held only separators.
  if (from.node === to.node ? from.offset >= to.offset : followsInDocument(from.node, to.node)) return null;
  const doc = from.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** True when `a` comes after `b` in document order. */
function followsInDocument(a: Node, b: Node): boolean {
  // Node.DOCUMENT_POSITION_PRECEDING = 2: b precedes a.
  return (a.compareDocumentPosition(b) & 2) !== 0;
}

/** Binary search: the first index whose segment satisfies `pred` (monotone over sorted segments). */
function firstIndex(segments: readonly Segment[], pred: (s: Segment) => boolean): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(segments[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
