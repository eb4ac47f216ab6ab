/**
 * Reading with Isnad in a real browser, in Chromium and in Firefox ESR: the card of a highlight
 * (pointer and keyboard), the on-page control, stories that arrive late or change in a
 * single-page site, and pages Isnad must leave exactly as they were. Needs `npm run build` and
 * `npm run build:firefox` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS, attr, box, click, focus, highlightPlacements, inStory, registry, sleep, startBrowser, storyZones, text, visible, waitForElement,
  type Tab, type TestBrowser,
} from './browsers.ts';

/** Scrolls the n-th range of a highlight into view and returns a point in the middle of its first line box. */
function pointOnHighlight(tab: Tab, name: string, n = 0): Promise<{ x: number; y: number; text: string }> {
  return tab.evaluate(
    ([highlightName, index]: readonly [string, number]) => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const range = [...reg.get(highlightName)!][index] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    },
    [name, n] as const,
  );
}

const attrs = (tab: Tab) =>
  tab.evaluate(() => {
    const html = document.documentElement;
    return {
      state: html.getAttribute('data-isnad'),
      officials: Number(html.getAttribute('data-isnad-officials')),
      agreements: Number(html.getAttribute('data-isnad-agreements')),
    };
  });

const CARD = 'isnad-ui >>> .card';

describe.each(BROWSERS)('in %s', (browserName) => {
  let harness: TestBrowser;

  beforeAll(async () => {
    harness = await startBrowser(browserName);
  });

  afterAll(async () => {
    await harness?.close();
  });

  describe('the card of a highlight', () => {
    it('shows the official (Arabic and English name, role) under the pointer, and Escape dismisses it', async () => {
      const tab = await harness.open('001');
      expect((await attrs(tab)).state).toBe('annotated');
      await expect.poll(() => visible(tab, CARD)).toBe(false);

      const point = await pointOnHighlight(tab, 'isnad-official');
      await tab.move(point.x - 30, point.y - 60);
      await tab.move(point.x, point.y, 3);
      await waitForElement(tab, CARD, 'visible', 5_000);
      const name = (await text(tab, `${CARD} .name`)) ?? '';
      const nameEn = (await text(tab, `${CARD} .name-en`)) ?? '';
      const role = (await text(tab, `${CARD} .role`)) ?? '';
      expect(name).toMatch(/[\u0621-\u064a]{2}/);
      expect(nameEn).toMatch(/^[A-Z][A-Za-z.'-]+(?: [A-Za-z.'-]+)+$/);
      expect(role.length).toBeGreaterThan(3);
      expect(await attr(tab, CARD, 'dir')).toBe('rtl');
      // Once the article is saved, the card says in how many saved sources the official appears (at least this one).
      await expect.poll(() => text(tab, `${CARD} .sources`), { timeout: 5_000 }).toMatch(/^(ورد في |In \d+ saved source)/);

      // The card lies inside the viewport.
      const card = (await box(tab, CARD))!;
      const viewport = tab.viewport();
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.y).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
      expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);

      await tab.press('Escape');
      await waitForElement(tab, CARD, 'hidden', 2_000);
      await tab.close();
    });

    it('the control steps through the highlights with the keyboard and shows each card', async () => {
      const tab = await harness.open('004');
      await focus(tab, 'isnad-ui >>> button[data-step="next"]');
      await tab.press('Enter');
      await waitForElement(tab, CARD, 'visible', 2_000);
      expect(((await text(tab, `${CARD} .name`)) ?? '').length).toBeGreaterThan(1);
      expect((await registry(tab))['isnad-focus']).toBe(1);
      const first = await text(tab, `${CARD} .name`);
      await tab.press('Enter');
      await tab.press('Enter');
      expect((await registry(tab))['isnad-focus']).toBe(1);
      expect(typeof first).toBe('string');
      await tab.press('Escape');
      await waitForElement(tab, CARD, 'hidden', 2_000);
      expect((await registry(tab))['isnad-focus']).toBe(0);
      await tab.close();
    });
  });

  describe('the on-page control', () => {
    it('shows the counts and hides and restores every highlight', async () => {
      const tab = await harness.open('000');
      const before = await registry(tab);
      expect(before['isnad-official']).toBeGreaterThan(0);
      const officialCount = await text(tab, 'isnad-ui >>> .count[data-kind="official"]');
      expect(Number(officialCount)).toBe(before['isnad-official']);

      const toggle = 'isnad-ui >>> button.toggle';
      await click(tab, toggle);
      await expect.poll(() => registry(tab)).toEqual({});
      expect(await attr(tab, toggle, 'aria-pressed')).toBe('false');
      await click(tab, toggle);
      await expect.poll(() => registry(tab)).toEqual(before);
      await tab.close();
    });
  });

  describe('stories that are not in the page at first', () => {
    it('annotates a story that a script puts in after the page has loaded', async () => {
      const fixture = harness.page('late');
      const tab = await harness.newTab();
      await tab.goto(fixture.url);
      await tab.waitFor(() => document.documentElement.getAttribute('data-isnad') === 'annotated', null, 15_000);
      const { officials } = await attrs(tab);
      expect(officials).toBeGreaterThanOrEqual(3);
      const placements = await highlightPlacements(tab, storyZones(fixture.zones!));
      expect(placements.length).toBeGreaterThan(0);
      for (const p of placements) expect(inStory(p), `${p.text}: ${p.inside.join(', ')}`).toBe(true);
      await tab.close();
    });

    it('re-annotates when a single-page site swaps the story, with the new story\'s counts', async () => {
      const fixture = harness.page('spa') as ReturnType<TestBrowser['page']> & { stories: { url: string; seedFile: string }[] };
      // What the same second story gets on its own outlet's page: the counts to expect after the swap.
      const reference = await harness.open('002');
      const expected = await attrs(reference);
      await reference.close();

      const tab = await harness.open('spa');
      const first = await attrs(tab);
      expect(first.state).toBe('annotated');
      await click(tab, 'a.spa-link[data-story="1"]');
      await expect.poll(() => new URL(tab.url()).pathname).toBe(new URL(fixture.stories[1]!.url).pathname);
      // Repainted: every range is in the page again, inside the new story.
      await tab.waitFor(
        (headline: string) => {
          const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
          const official = reg.get('isnad-official');
          return (
            document.getElementById('story-headline')?.textContent === headline &&
            !!official &&
            official.size > 0 &&
            [...official].every((r) => (r as Range).startContainer.isConnected)
          );
        },
        harness.page('002').title,
        10_000,
      );
      await expect.poll(() => attrs(tab), { timeout: 5_000 }).toEqual({ ...expected, state: 'annotated' });
      const placements = await highlightPlacements(tab, storyZones(fixture.zones!));
      for (const p of placements) expect(inStory(p), `${p.text}: ${p.inside.join(', ')}`).toBe(true);
      await tab.close();
    });
  });

  describe('a page Isnad leaves alone', () => {
    it.each(['recipe', 'english'])('the %s page: one attribute and nothing else, even under the pointer and keys', async (id) => {
      const tab = await harness.newTab();
      // Record every change to the page: attributes from the start (the parser sets none by mutation;
      // the content script decides at DOMContentLoaded), and every other change once
      // the parser has built the page.
      await tab.addInitScript(() => {
        const log: string[] = [];
        (window as unknown as { __changes: string[] }).__changes = log;
        const record = (records: MutationRecord[]) => {
          for (const r of records) {
            log.push(r.type === 'attributes' ? `attr ${(r.target as Element).localName} ${r.attributeName}` : `${r.type} ${r.target.nodeName}`);
          }
        };
        new MutationObserver(record).observe(document, { subtree: true, attributes: true });
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
        });
      });
      await tab.goto(harness.page(id).url);
      await tab.waitFor(() => document.documentElement.hasAttribute('data-isnad'), null, 10_000);
      await tab.waitFor(() => document.readyState === 'complete', null, 10_000);
      const baseline = await tab.evaluate(() => (window as unknown as { __changes: string[] }).__changes.filter((c) => c.startsWith('attr html')));
      await tab.move(300, 300, 4);
      await tab.move(600, 400, 4);
      await tab.press('Escape');
      await sleep(400);
      const state = await tab.evaluate(() => {
        const reg = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
        return {
          value: document.documentElement.getAttribute('data-isnad'),
          attributes: [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-isnad')),
          // Changes to html attributes are Isnad's (the pages' own scripts touch none).
          htmlChanges: (window as unknown as { __changes: string[] }).__changes.filter((c) => c.startsWith('attr html')),
          hosts: document.querySelectorAll('isnad-ui, [data-isnad-overlay]').length,
          registry: reg ? [...reg.keys()] : [],
          adoptedSheets: document.adoptedStyleSheets.length,
          // The one trace besides the attribute: the decision's measure (when it started, how long it took), for the benchmarks.
          performanceEntries: performance.getEntries().filter((e) => e.name.startsWith('isnad')).map((e) => e.name).sort(),
        };
      });
      expect(baseline).toEqual(['attr html data-isnad']);
      expect(state).toEqual({
        value: 'skipped',
        attributes: ['data-isnad'],
        htmlChanges: ['attr html data-isnad'],
        hosts: 0,
        registry: [],
        adoptedSheets: 0,
        performanceEntries: ['isnad:decide'],
      });
      // No other element, text or attribute changed anywhere in the page.
      const all = await tab.evaluate(() => (window as unknown as { __changes: string[] }).__changes);
      expect(all).toEqual(['attr html data-isnad']);
      await tab.close();
    });
  });
});
