/**
 * Painting the found spans on the page without touching its text.
 *
 * With the CSS Custom Highlight API (Chromium 105+, Safari 17.2+, Firefox 140+) the ranges go
 * into `CSS.highlights` and the colours into a constructed style sheet adopted by the document:
 * no element is added or wrapped, so Arabic letters stay joined and the page's scripts see the
 * DOM they built. Without the API, translucent boxes are laid over the text in one container
 * that ignores the pointer. `unpaint()` undoes either completely.
 */
import { rangeFor, type Segment } from '../extract/anchor.ts';
import { HIGHLIGHT_COLOURS, css, type HighlightKind } from './colours.ts';

export type PaintKind = Exclude<HighlightKind, 'focus'>;

export interface PaintSpan {
  start: number;
  end: number;
  kind: PaintKind;
  /** What the span stands for: an index the caller understands (its card), carried through to `ranges`. */
  ref: number;
}

export interface PaintedRange {
  range: Range;
  /** The span's offsets in the story text. */
  start: number;
  end: number;
  kind: PaintKind;
  ref: number;
}

export interface Painting {
  /** Ranges painted, by kind. */
  counts: Record<PaintKind, number>;
  method: 'highlight-api' | 'overlay' | 'none';
  /** Every painted range, in document order. */
  ranges: PaintedRange[];
  /** Hides or shows every highlight (the registry entries are removed and restored). */
  setVisible(visible: boolean): void;
  /** Marks one range as the keyboard's current one (null: none). */
  setFocus(range: Range | null): void;
  unpaint(): void;
}

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  official: 'isnad-official',
  agreement: 'isnad-agreement',
  speaker: 'isnad-speaker',
  focus: 'isnad-focus',
};

/** Drawing order when ranges overlap: a name inside an agreement's title is drawn over it, the keyboard's focus over all. */
const PRIORITY: Record<HighlightKind, number> = { agreement: 1, official: 2, speaker: 3, focus: 4 };

const KINDS: readonly PaintKind[] = ['official', 'agreement', 'speaker'];

const HIGHLIGHT_CSS = (Object.keys(HIGHLIGHT_COLOURS) as HighlightKind[])
  .map((kind) => {
    const c = HIGHLIGHT_COLOURS[kind];
    return `::highlight(${HIGHLIGHT_NAMES[kind]}) { background-color: ${css(c.background)}; text-decoration: underline ${c.style} ${css(c.line)}; }`;
  })
  .join('\n');

export function paint(doc: Document, segments: readonly Segment[], spans: readonly PaintSpan[]): Painting {
  const { ranges, byKind } = paintedRanges(segments, spans);
  const counts = { official: byKind.official.length, agreement: byKind.agreement.length, speaker: byKind.speaker.length };
  if (ranges.length === 0) return { counts, method: 'none', ranges, setVisible() {}, setFocus() {}, unpaint() {} };
  const view = doc.defaultView;
  if (view && supportsHighlights(view, doc)) return paintWithHighlights(view, doc, ranges, byKind, counts);
  return paintWithOverlay(doc, ranges, counts);
}

/** One pass over the spans in document order: every range, and the ranges of each kind. */
function paintedRanges(segments: readonly Segment[], spans: readonly PaintSpan[]): { ranges: PaintedRange[]; byKind: Record<PaintKind, Range[]> } {
  const ranges: PaintedRange[] = [];
  const byKind: Record<PaintKind, Range[]> = { official: [], agreement: [], speaker: [] };
  // Spans come from the text in order of kinds, not of position; sorting by offset is document order.
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind])) {
    try {
      const range = rangeFor(segments, span.start, span.end);
      if (!range) continue;
      ranges.push({ range, start: span.start, end: span.end, kind: span.kind, ref: span.ref });
      byKind[span.kind].push(range);
    } catch {
      // The page changed the node since extraction (offset out of bounds): that span is lost, the rest stands.
    }
  }
  return { ranges, byKind };
}

type HighlightObject = Set<AbstractRange> & { priority: number };
type HighlightWindow = Window & { Highlight?: new (...ranges: AbstractRange[]) => HighlightObject };

/**
 * Duck-typed, never `instanceof`: in a Firefox content script the page's objects are Xray
 * wrappers from another compartment, so `CSS.highlights instanceof Object` is false there
 * (the registry's prototype chain is the page's, not the content script's) although the API
 * works. Found with a probe extension in firefox-esr 153: every other check below held.
 */
export function supportsHighlights(view: Window, doc: Document): boolean {
  const cssApi = (view as Window & { CSS?: { highlights?: { set?: unknown; delete?: unknown } | null } }).CSS;
  const registry = cssApi?.highlights;
  return (
    typeof (view as HighlightWindow).Highlight === 'function' &&
    typeof registry === 'object' &&
    registry !== null &&
    typeof registry.set === 'function' &&
    typeof registry.delete === 'function' &&
    Array.isArray(doc.adoptedStyleSheets) &&
    typeof CSSStyleSheet === 'function' &&
    typeof CSSStyleSheet.prototype.replaceSync === 'function'
  );
}

function paintWithHighlights(view: Window, doc: Document, ranges: PaintedRange[], byKind: Record<PaintKind, Range[]>, counts: Painting['counts']): Painting {
  const HighlightCtor = (view as HighlightWindow).Highlight!;
  const registry = (view as unknown as { CSS: { highlights: Map<string, HighlightObject> } }).CSS.highlights;
  const ours = new Map<string, HighlightObject>();
  for (const kind of KINDS) {
    const of = byKind[kind];
    if (of.length === 0) continue;
    const highlight = new HighlightCtor(...of);
    highlight.priority = PRIORITY[kind];
    ours.set(HIGHLIGHT_NAMES[kind], highlight);
  }
  const focus = new HighlightCtor();
  focus.priority = PRIORITY.focus;
  ours.set(HIGHLIGHT_NAMES.focus, focus);
  const register = () => {
    for (const [name, highlight] of ours) registry.set(name, highlight);
  };
  const unregister = () => {
    for (const [name, highlight] of ours) if (registry.get(name) === highlight) registry.delete(name);
  };
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  register();
  let visible = true;
  return {
    counts,
    method: 'highlight-api',
    ranges,
    setVisible(show) {
      if (show === visible) return;
      visible = show;
      if (show) register();
      else unregister();
    },
    setFocus(range) {
      focus.clear();
      if (range) focus.add(range);
    },
    unpaint() {
      unregister();
      ours.clear();
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** The fallback: boxes at the ranges' client rectangles, in page coordinates, redrawn on resize. */
function paintWithOverlay(doc: Document, ranges: PaintedRange[], counts: Painting['counts']): Painting {
  const view = doc.defaultView;
  const container = doc.createElement('div');
  container.setAttribute('data-isnad-overlay', '');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;pointer-events:none;z-index:2147483646;';
  const draw = () => {
    container.replaceChildren();
    const dx = view?.scrollX ?? 0;
    const dy = view?.scrollY ?? 0;
    for (const { range, kind } of ranges) {
      const c = HIGHLIGHT_COLOURS[kind];
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = doc.createElement('div');
        box.style.cssText =
          `position:absolute;pointer-events:none;left:${rect.left + dx}px;top:${rect.top + dy}px;` +
          `width:${rect.width}px;height:${rect.height}px;background:${css(c.background)};border-bottom:2px ${c.style === 'wavy' || c.style === 'double' ? 'double' : c.style} ${css(c.line)};`;
        container.appendChild(box);
      }
    }
  };
  let frame = 0;
  const onResize = () => {
    if (frame) return;
    frame = view?.requestAnimationFrame(() => {
      frame = 0;
      draw();
    }) ?? 0;
  };
  doc.documentElement.appendChild(container);
  draw();
  view?.addEventListener('resize', onResize);
  return {
    counts,
    method: 'overlay',
    ranges,
    setVisible(show) {
      container.style.display = show ? '' : 'none';
    },
    // The boxes have no focus style: the card alone shows the keyboard's place.
    setFocus() {},
    unpaint() {
      view?.removeEventListener('resize', onResize);
      if (frame) view?.cancelAnimationFrame(frame);
      container.remove();
    },
  };
}
