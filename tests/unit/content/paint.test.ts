/**
 * The Highlight API's detection must hold for objects of another realm: in a Firefox content
 * script the page's `CSS.highlights` is an Xray wrapper whose prototype chain is the page's,
 * so `instanceof Object` is false there. A node:vm context stands in for the page's realm.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { supportsHighlights } from '../../../src/content/paint.ts';

class FakeSheet {
  replaceSync(): void {}
}

function fakeView(css: unknown, Highlight: unknown = class {}): { view: Window; doc: Document } {
  const doc = { adoptedStyleSheets: [] } as unknown as Document;
  return { view: { CSS: css, Highlight } as unknown as Window, doc };
}

describe('supportsHighlights', () => {
  const saved = (globalThis as { CSSStyleSheet?: unknown }).CSSStyleSheet;
  const withSheets = (run: () => void) => {
    (globalThis as { CSSStyleSheet?: unknown }).CSSStyleSheet = FakeSheet;
    try {
      run();
    } finally {
      (globalThis as { CSSStyleSheet?: unknown }).CSSStyleSheet = saved;
    }
  };

  it('accepts a registry made in another realm (as a Firefox content script sees the page’s)', () => {
    withSheets(() => {
      const foreign = runInNewContext('({ highlights: new Map() })') as { highlights: unknown };
      expect(foreign.highlights instanceof Object).toBe(false);
      const { view, doc } = fakeView(foreign);
      expect(supportsHighlights(view, doc)).toBe(true);
    });
  });

  it('refuses a window without the API', () => {
    withSheets(() => {
      expect(supportsHighlights(fakeView({}).view, fakeView({}).doc)).toBe(false);
      expect(supportsHighlights(fakeView({ highlights: null }).view, fakeView({}).doc)).toBe(false);
      expect(supportsHighlights(fakeView({ highlights: new Map() }, null).view, fakeView({}).doc)).toBe(false);
    });
  });
});
