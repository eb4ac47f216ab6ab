/**
 * The whole path in a real browser, in Chromium and in Firefox ESR: fixture page → content
 * script → background database → popup. Needs `npm run build` and `npm run build:firefox` first
 * (npm test does both).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, attr, count, highlightPlacements, inStory, sleep, startBrowser, storyZones, testId, text, texts, waitForElement, type TestBrowser } from './browsers.ts';

const SEEDS = ['000', '001', '002', '003', '004'];

describe.each(BROWSERS)('in %s', (browserName) => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await startBrowser(browserName);
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('a seed article page', () => {
    it.each(SEEDS)('page %s is annotated, with highlights in the story and nowhere else', async (id) => {
      const fixture = browser.page(id);
      const tab = await browser.open(id);
      const attrs = await tab.evaluate(() => {
        const html = document.documentElement;
        return {
          state: html.getAttribute('data-isnad'),
          officials: Number(html.getAttribute('data-isnad-officials')),
          agreements: Number(html.getAttribute('data-isnad-agreements')),
        };
      });
      expect(attrs.state).toBe('annotated');
      expect(attrs.officials).toBeGreaterThanOrEqual(3);

      const placements = await highlightPlacements(tab, storyZones(fixture.zones!));
      const officials = placements.filter((p) => p.name === 'isnad-official');
      expect(officials.length).toBeGreaterThanOrEqual(attrs.officials);
      // In the story or its headline; an inline «اقرأ أيضا» box inside the story counts as outside it.
      for (const placement of placements) expect(inStory(placement), `"${placement.text}" (${placement.name}): ${placement.inside.join(', ')}`).toBe(true);
      await tab.close();
    });

    it('is stored in the background database and shown by the popup opened with ?url=', async () => {
      const fixture = browser.page('001');
      const tab = await browser.open('001');
      const url = tab.url();
      await tab.close();
      const popup = await browser.popup(url);
      await waitForElement(popup, testId('article-title'), 'attached', 10_000);
      expect((await text(popup, testId('article-title')))?.trim()).toBe(fixture.title);
      // The officials of the article are listed with their roles.
      await expect.poll(() => count(popup, testId('official')), { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
      // Right to left when the browser gives the extension its Arabic messages (the tests' browsers are in English).
      const language = await popup.evaluate(() => (globalThis as any).chrome.i18n.getMessage('uiLanguage') as string);
      expect(await attr(popup, 'html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await popup.close();
    });

    it('a reload updates the stored article instead of duplicating it', async () => {
      const first = await browser.open('000');
      await first.reload();
      await first.waitFor(() => document.documentElement.getAttribute('data-isnad') === 'annotated', null);
      await first.close();
      const popup = await browser.popup();
      const items = `${testId('article-list')} li`;
      await waitForElement(popup, items, 'attached', 10_000);
      const titles = await texts(popup, items);
      const title = browser.page('000').title;
      expect(titles.filter((t) => t.includes(title))).toHaveLength(1);
      await popup.close();
    });
  });

  describe('pages Isnad must leave alone', () => {
    it.each(['english', 'recipe'])('the %s page is skipped: one attribute, no highlight, nothing stored', async (id) => {
      const fixture = browser.page(id);
      const tab = await browser.open(id);
      const state = await tab.evaluate(() => {
        const html = document.documentElement;
        const isnadAttributes = [...html.attributes].map((a) => a.name).filter((n) => n.startsWith('data-isnad'));
        const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
        return {
          value: html.getAttribute('data-isnad'),
          isnadAttributes,
          highlights: registry ? [...registry.keys()].filter((k) => k.startsWith('isnad')) : [],
          adoptedSheets: document.adoptedStyleSheets.length,
        };
      });
      expect(state).toEqual({ value: 'skipped', isnadAttributes: ['data-isnad'], highlights: [], adoptedSheets: 0 });
      await tab.close();

      const popup = await browser.popup();
      await waitForElement(popup, testId('article-list'), 'attached', 10_000);
      await sleep(200);
      const titles = await texts(popup, `${testId('article-list')} li`);
      expect(titles.some((t) => t.includes(fixture.title))).toBe(false);
      await popup.close();
    });
  });
});
