/**
 * What is Firefox's own (WebDriver BiDi, dist-firefox/ installed as a temporary add-on): the
 * highlights are painted with the Highlight API, not the fallback overlay, and drawn. The
 * foundation, reading-experience and guarantees suites run in Firefox too (browsers.ts). Needs
 * `npm run build:firefox` first (npm test does it). Firefox 140+ paints with the CSS Custom
 * Highlight API, as Chromium does: the page (and so this test) sees Isnad's entries in
 * CSS.highlights and its one adopted style sheet; no fallback overlay is drawn.
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
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      return {
        state: html.getAttribute('data-isnad'),
        officials: Number(html.getAttribute('data-isnad-officials')),
        overlay: document.querySelectorAll('[data-isnad-overlay]').length,
        registered: registry.get('isnad-official')?.size ?? 0,
        adoptedSheets: document.adoptedStyleSheets.length,
        officialCount: Number(ui?.querySelector('.count[data-kind="official"]')?.textContent ?? NaN),
        hasToggle: !!ui?.querySelector('button.toggle'),
      };
    });
    expect(seen.state).toBe('annotated');
    expect(seen.officials).toBeGreaterThanOrEqual(3);
    // Painted with the Highlight API, not the fallback overlay.
    expect(seen.overlay).toBe(0);
    expect(seen.adoptedSheets).toBe(1);
    expect(seen.registered).toBe(seen.officialCount);
    // The legend counts painted mentions: at least one for each official found.
    expect(seen.officialCount).toBeGreaterThanOrEqual(seen.officials);
    expect(seen.hasToggle).toBe(true);
    await tab.close();
  });
});

describe('in Firefox, the highlights are drawn', () => {
  it('the pixels over an official change when the control hides the highlights', async () => {
    const tab = await harness.open('000');
    await tab.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const range = [...registry.get('isnad-official')!][0] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    });
    // The viewport with the official in its middle, the control hidden in both pictures: only the
    // highlights can make them differ.
    const control = 'isnad-ui';
    await tab.evaluate((sel) => (document.querySelector(sel) as HTMLElement).style.setProperty('visibility', 'hidden', 'important'), control);
    const shown = Buffer.from(await tab.screenshot());
    await tab.evaluate(() => (document.querySelector('isnad-ui')!.shadowRoot!.querySelector('button.toggle') as HTMLButtonElement).click());
    await tab.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('isnad-official'));
    const hidden = Buffer.from(await tab.screenshot());
    expect(hidden.equals(shown)).toBe(false);
    await tab.close();
  });
});
