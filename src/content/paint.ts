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

export type PaintKind = 'official' | 'agreement';

export interface PaintSpan {
  start: number;
  end: number;
  kind: PaintKind;
}

export interface Painting {
  /** Ranges painted, by kind. */
  counts: Record<PaintKind, number>;
  method: 'highlight-api' | 'overlay' | 'none';
  unpaint(): void;
}

export const HIGHLIGHT_NAMES: Record<PaintKind, string> = { official: 'isnad-official', agreement: 'isnad-agreement' };

/**
 * Translucent backgrounds keep the page's own text colour readable on light and dark pages
 * alike (amber over white is pale yellow, over black a dark amber); the underline styles tell
 * the two kinds apart without relying on colour.
 */
const COLOURS: Record<PaintKind, { background: string; line: string; style: string }> = {
  official: { background: 'rgba(255, 184, 0, 0.36)', line: 'rgba(200, 120, 0, 0.95)', style: 'solid' },
  agreement: { background: 'rgba(0, 160, 255, 0.28)', line: 'rgba(0, 110, 200, 0.95)', style: 'dotted' },
};

const HIGHLIGHT_CSS = (Object.keys(COLOURS) as PaintKind[])
  .map((kind) => {
    const c = COLOURS[kind];
    return `::highlight(${HIGHLIGHT_NAMES[kind]}) { background-color: ${c.background}; text-decoration: underline ${c.style} ${c.line}; }`;
  })
  .join('\n');

export function paint(doc: Document, segments: readonly Segment[], spans: readonly PaintSpan[]): Painting {
  const ranges = rangesByKind(segments, spans);
  const counts = { official: ranges.official.length, agreement: ranges.agreement.length };
  if (counts.official + counts.agreement === 0) return { counts, method: 'none', unpaint: () => {} };
  const view = doc.defaultView;
  if (view && supportsHighlights(view, doc)) return paintWithHighlights(view, doc, ranges, counts);
  return paintWithOverlay(doc, ranges, counts);
}

function rangesByKind(segments: readonly Segment[], spans: readonly PaintSpan[]): Record<PaintKind, Range[]> {
  const out: Record<PaintKind, Range[]> = { official: [], agreement: [] };
  for (const span of spans) {
    try {
      const range = rangeFor(segments, span.start, span.end);
      if (range) out[span.kind].push(range);
    } catch {
      // The page changed the node since extraction (offset out of bounds): that span is lost, the rest stands.
    }
  }
  return out;
}

type HighlightWindow = Window & { Highlight?: new (...ranges: AbstractRange[]) => Set<AbstractRange> & { priority: number } };

function supportsHighlights(view: Window, doc: Document): boolean {
  const css = (view as Window & { CSS?: { highlights?: unknown } }).CSS;
  return (
    typeof (view as HighlightWindow).Highlight === 'function' &&
    css?.highlights instanceof Object &&
    Array.isArray(doc.adoptedStyleSheets) &&
    typeof CSSStyleSheet === 'function' &&
    typeof CSSStyleSheet.prototype.replaceSync === 'function'
  );
}

function paintWithHighlights(view: Window, doc: Document, ranges: Record<PaintKind, Range[]>, counts: Painting['counts']): Painting {
  const HighlightCtor = (view as HighlightWindow).Highlight!;
  const registry = (view as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
  const ours = new Map<string, unknown>();
  (Object.keys(ranges) as PaintKind[]).forEach((kind) => {
    if (ranges[kind].length === 0) return;
    const highlight = new HighlightCtor(...ranges[kind]);
    // A name inside an agreement's title is drawn over the agreement.
    highlight.priority = kind === 'official' ? 2 : 1;
    registry.set(HIGHLIGHT_NAMES[kind], highlight);
    ours.set(HIGHLIGHT_NAMES[kind], highlight);
  });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    counts,
    method: 'highlight-api',
    unpaint() {
      for (const [name, highlight] of ours) if (registry.get(name) === highlight) registry.delete(name);
      ours.clear();
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** The fallback: boxes at the ranges' client rectangles, in page coordinates, redrawn on resize. */
function paintWithOverlay(doc: Document, ranges: Record<PaintKind, Range[]>, counts: Painting['counts']): Painting {
  const view = doc.defaultView;
  const container = doc.createElement('div');
  container.setAttribute('data-isnad-overlay', '');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;pointer-events:none;z-index:2147483646;';
  const draw = () => {
    container.replaceChildren();
    const dx = view?.scrollX ?? 0;
    const dy = view?.scrollY ?? 0;
    (Object.keys(ranges) as PaintKind[]).forEach((kind) => {
      const c = COLOURS[kind];
      for (const range of ranges[kind]) {
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width === 0 || rect.height === 0) continue;
          const box = doc.createElement('div');
          box.style.cssText =
            `position:absolute;pointer-events:none;left:${rect.left + dx}px;top:${rect.top + dy}px;` +
            `width:${rect.width}px;height:${rect.height}px;background:${c.background};border-bottom:2px ${c.style} ${c.line};`;
          container.appendChild(box);
        }
      }
    });
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
    unpaint() {
      view?.removeEventListener('resize', onResize);
      if (frame) view?.cancelAnimationFrame(frame);
      container.remove();
    },
  };
}
