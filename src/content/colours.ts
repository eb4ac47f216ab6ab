/**
 * The colours Isnad draws with, and the WCAG arithmetic that keeps them readable.
 *
 * Highlights are translucent so that the page's own text colour stays: amber over a white page
 * is a pale yellow under dark text, over a black page a dark amber under light text. The unit
 * test checks that both cases meet WCAG AA (4.5:1) for plausible page text colours, and that the
 * card's own colours do too. Pure data and arithmetic: no DOM.
 */

export type HighlightKind = 'official' | 'agreement' | 'speaker' | 'focus';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export interface HighlightColour {
  background: Rgba;
  /** Underline colour and style: the kinds differ by line style too, not by colour alone. */
  line: Rgba;
  style: 'solid' | 'dotted' | 'double' | 'wavy';
}

export const HIGHLIGHT_COLOURS: Record<HighlightKind, HighlightColour> = {
  official: { background: { r: 255, g: 184, b: 0, a: 0.36 }, line: { r: 200, g: 120, b: 0, a: 0.95 }, style: 'solid' },
  agreement: { background: { r: 0, g: 160, b: 255, a: 0.28 }, line: { r: 0, g: 110, b: 200, a: 0.95 }, style: 'dotted' },
  speaker: { background: { r: 170, g: 90, b: 255, a: 0.22 }, line: { r: 140, g: 40, b: 190, a: 0.95 }, style: 'double' },
  focus: { background: { r: 255, g: 110, b: 0, a: 0.55 }, line: { r: 190, g: 60, b: 0, a: 1 }, style: 'wavy' },
};

/** The card and the control, on a light page and on a dark one. */
export interface Theme {
  background: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
}

export const THEMES: Record<'light' | 'dark', Theme> = {
  light: { background: '#ffffff', text: '#1b1b1f', muted: '#4d4d57', border: '#c9c9d1', accent: '#0b57b0' },
  dark: { background: '#1f2024', text: '#f1f1f4', muted: '#c4c4cc', border: '#4a4b52', accent: '#8ab8ff' },
};

export function css(c: Rgba): string {
  return c.a >= 1 ? `rgb(${c.r}, ${c.g}, ${c.b})` : `rgba(${c.r}, ${c.g}, ${c.b}, ${c.a})`;
}

/** `top` drawn over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => Math.round(t * top.a + b * (1 - top.a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

export function parseHex(hex: string): Rgba {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16), a: 1 };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance(c: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Parses a computed `rgb()`/`rgba()` colour (what getComputedStyle returns); null for anything
 * else or for a fully transparent one.
 */
export function parseComputedColour(value: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alphaText = m[4];
  const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  if (!(a > 0)) return null;
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
}
