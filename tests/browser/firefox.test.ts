/**
 * The same extension in Debian's firefox-esr (WebDriver BiDi, dist-firefox/ installed as a
 * temporary add-on): seed pages are read, their highlights made, the on-page control shows what was
 * found, and the pages that are not Arabic news are left with one attribute. Needs
 * `npm run build:firefox` first (npm test does it). In Firefox the page's own scripts (and so this
 * test) do not see what a content script puts in CSS.highlights or adoptedStyleSheets: the painted
 * ranges are read from the control's counts (ranges made, per kind) and the overlay's boxes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefoxHarness, type FirefoxHarness } from './firefoxHarness.ts';

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('in Firefox, a seed article page', () => {
  it.each(['000', '001', '002', '003', '004'])('page %s is annotated and painted, the control showing the counts', async (id) => {
    const tab = await harness.open(id);
    const seen = await tab.evaluate(() => {
      const html = document.documentElement;
      const ui = document.querySelector('isnad-ui')?.shadowRoot;
      return {
        state: html.getAttribute('data-isnad'),
        officials: Number(html.getAttribute('data-isnad-officials')),
        overlay: document.querySelectorAll('[data-isnad-overlay]').length,
        overlayBoxes: document.querySelector('[data-isnad-overlay]')?.childElementCount ?? 0,
        officialCount: Number(ui?.querySelector('.count[data-kind="official"]')?.textContent ?? NaN),
        hasToggle: !!ui?.querySelector('button.toggle'),
      };
    });
    expect(seen.state).toBe('annotated');
    expect(seen.officials).toBeGreaterThanOrEqual(3);
    // Firefox 153 ESR paints with the fallback overlay today (the Highlight API is not detected from
    // the content script's compartment): when the overlay is there, it has boxes over the text.
    if (seen.overlay > 0) expect(seen.overlayBoxes).toBeGreaterThanOrEqual(seen.officialCount);
    // The legend counts painted mentions: at least one for each official found.
    expect(seen.officialCount).toBeGreaterThanOrEqual(seen.officials);
    expect(seen.hasToggle).toBe(true);
    await tab.close();
  });
});

describe('in Firefox, a page Isnad leaves alone', () => {
  it.each(['english', 'recipe'])('the %s page gets one attribute and nothing else', async (id) => {
    const tab = await harness.open(id);
    const seen = await tab.evaluate(() => ({
      state: document.documentElement.getAttribute('data-isnad'),
      attributes: [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-isnad')),
      hosts: document.querySelectorAll('isnad-ui, [data-isnad-overlay]').length,
      adoptedSheets: document.adoptedStyleSheets.length,
    }));
    expect(seen).toEqual({ state: 'skipped', attributes: ['data-isnad'], hosts: 0, adoptedSheets: 0 });
    await tab.close();
  });
});
