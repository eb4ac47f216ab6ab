import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLOURS, THEMES, contrast, over, parseComputedColour, parseHex, type HighlightKind, type Rgba } from '../../../src/content/colours.ts';

const WHITE = parseHex('#ffffff');
const BLACK = parseHex('#000000');
/** Plausible page text: the greyest dark text on light pages and the greyest light text on dark ones that sites use for body copy. */
const LIGHT_PAGE = { page: WHITE, text: parseHex('#333333') };
const DARK_PAGE = { page: parseHex('#121212'), text: parseHex('#d6d6d6') };
const AA = 4.5;

/** What the reader sees behind the letters of a highlight of `kind` (a speaker is drawn over an official). */
function behind(kind: HighlightKind, page: Rgba): Rgba {
  const base = kind === 'speaker' ? over(HIGHLIGHT_COLOURS.official.background, page) : page;
  return over(HIGHLIGHT_COLOURS[kind].background, base);
}

describe('colours', () => {
  it('computes WCAG contrast like the reference values', () => {
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#777'), WHITE)).toBeCloseTo(4.48, 2);
  });

  it.each(Object.keys(HIGHLIGHT_COLOURS) as HighlightKind[])('page text on a %s highlight meets AA on light and dark pages', (kind) => {
    for (const { page, text } of [LIGHT_PAGE, DARK_PAGE]) {
      expect(contrast(text, behind(kind, page))).toBeGreaterThanOrEqual(AA);
    }
    // Pure black and white text too.
    expect(contrast(BLACK, behind(kind, WHITE))).toBeGreaterThanOrEqual(AA);
    expect(contrast(WHITE, behind(kind, BLACK))).toBeGreaterThanOrEqual(AA);
  });

  it.each(['light', 'dark'] as const)('the %s card and control meet AA, legend swatches included', (name) => {
    const t = THEMES[name];
    const background = parseHex(t.background);
    expect(contrast(parseHex(t.text), background)).toBeGreaterThanOrEqual(AA);
    expect(contrast(parseHex(t.muted), background)).toBeGreaterThanOrEqual(AA);
    // Focus rings and borders are not text: 3:1 is the bar for the focus ring (WCAG 1.4.11).
    expect(contrast(parseHex(t.accent), background)).toBeGreaterThanOrEqual(3);
    for (const kind of ['official', 'agreement', 'speaker'] as const) {
      expect(contrast(parseHex(t.text), behind(kind, background))).toBeGreaterThanOrEqual(AA);
    }
  });

  it('reads computed colours and ignores transparent ones', () => {
    expect(parseComputedColour('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseComputedColour('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseComputedColour('rgba(255, 255, 255, 0.5)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseComputedColour('transparent')).toBeNull();
  });
});
