/**
 * Reading with Isnad in a real Chromium: the card of a highlight (pointer and keyboard), the
 * on-page control, stories that arrive late or change in a single-page site, and pages Isnad
 * must leave exactly as they were. Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightPlacements, startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Isnad's highlight names and their range counts. */
function registry(tab: Page): Promise<Record<string, number>> {
  return tab.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const out: Record<string, number> = {};
    if (reg) for (const [name, h] of reg) if (name.startsWith('isnad')) out[name] = h.size;
    return out;
  });
}

/** Scrolls the n-th range of a highlight into view and returns a point in the middle of its first line box. */
function pointOnHighlight(tab: Page, name: string, n = 0): Promise<{ x: number; y: number; text: string }> {
  return tab.evaluate(
    ([highlightName, index]) => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const range = [...reg.get(highlightName)!][index] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    },
    [name, n] as const,
  );
}

const attrs = (tab: Page) =>
  tab.evaluate(() => {
    const html = document.documentElement;
    return {
      state: html.getAttribute('data-isnad'),
      officials: Number(html.getAttribute('data-isnad-officials')),
      agreements: Number(html.getAttribute('data-isnad-agreements')),
    };
  });

describe('the card of a highlight', () => {
  it('shows the official (Arabic and English name, role) under the pointer, and Escape dismisses it', async () => {
    const tab = await harness.open('001');
    expect((await attrs(tab)).state).toBe('annotated');
    const card = tab.locator('isnad-ui .card');
    await expect.poll(() => card.isVisible()).toBe(false);

    const point = await pointOnHighlight(tab, 'isnad-official');
    await tab.mouse.move(point.x - 30, point.y - 60);
    await tab.mouse.move(point.x, point.y, { steps: 3 });
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    const name = (await card.locator('.name').textContent()) ?? '';
    const nameEn = (await card.locator('.name-en').textContent()) ?? '';
    const role = (await card.locator('.role').textContent()) ?? '';
    expect(name).toMatch(/[\u0621-\u064a]{2}/);
    expect(nameEn).toMatch(/^[A-Z][A-Za-z.'-]+(?: [A-Za-z.'-]+)+$/);
    expect(role.length).toBeGreaterThan(3);
    expect(await card.getAttribute('dir')).toBe('rtl');
    // Once the article is saved, the card says in how many saved sources the official appears (at least this one).
    await expect.poll(() => card.locator('.sources').textContent(), { timeout: 5_000 }).toMatch(/^(ورد في |In \d+ saved source)/);

    // The card lies inside the viewport.
    const box = (await card.boundingBox())!;
    const viewport = tab.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 2_000 });
    await tab.close();
  });

  it('the control steps through the highlights with the keyboard and shows each card', async () => {
    const tab = await harness.open('004');
    const next = tab.locator('isnad-ui button[data-step="next"]');
    await next.focus();
    await tab.keyboard.press('Enter');
    const card = tab.locator('isnad-ui .card');
    await card.waitFor({ state: 'visible', timeout: 2_000 });
    expect(((await card.locator('.name').textContent()) ?? '').length).toBeGreaterThan(1);
    expect((await registry(tab))['isnad-focus']).toBe(1);
    const first = await card.locator('.name').textContent();
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Enter');
    expect((await registry(tab))['isnad-focus']).toBe(1);
    expect(typeof first).toBe('string');
    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 2_000 });
    expect((await registry(tab))['isnad-focus']).toBe(0);
    await tab.close();
  });
});

describe('the on-page control', () => {
  it('shows the counts and hides and restores every highlight', async () => {
    const tab = await harness.open('000');
    const before = await registry(tab);
    expect(before['isnad-official']).toBeGreaterThan(0);
    const officialCount = await tab.locator('isnad-ui .count[data-kind="official"]').textContent();
    expect(Number(officialCount)).toBe(before['isnad-official']);

    const toggle = tab.locator('isnad-ui button.toggle');
    await toggle.click();
    expect(await registry(tab)).toEqual({});
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await registry(tab)).toEqual(before);
    await tab.close();
  });
});

describe('stories that are not in the page at first', () => {
  it('annotates a story that a script puts in after the page has loaded', async () => {
    const fixture = harness.page('late');
    const tab = await harness.context.newPage();
    await tab.goto(fixture.url);
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-isnad') === 'annotated', null, { timeout: 15_000 });
    const { officials } = await attrs(tab);
    expect(officials).toBeGreaterThanOrEqual(3);
    const placements = await highlightPlacements(tab, { story: fixture.zones!.story, ...fixture.zones!.notStory });
    expect(placements.length).toBeGreaterThan(0);
    for (const p of placements) expect(p.inside, p.text).toEqual(['story']);
    await tab.close();
  });

  it('re-annotates when a single-page site swaps the story, with the new story\'s counts', async () => {
    const fixture = harness.page('spa') as ReturnType<Harness['page']> & { stories: { url: string; seedFile: string }[] };
    // What the same second story gets on its own outlet's page: the counts to expect after the swap.
    const reference = await harness.open('002');
    const expected = await attrs(reference);
    await reference.close();

    const tab = await harness.open('spa');
    const first = await attrs(tab);
    expect(first.state).toBe('annotated');
    await tab.locator('a.spa-link[data-story="1"]').click();
    expect(new URL(tab.url()).pathname).toBe(new URL(fixture.stories[1]!.url).pathname);
    // Repainted: every range is in the page again, inside the new story.
    await tab.waitForFunction(
      (headline) => {
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
      { timeout: 10_000 },
    );
    await expect.poll(() => attrs(tab), { timeout: 5_000 }).toEqual({ ...expected, state: 'annotated' });
    const placements = await highlightPlacements(tab, { story: fixture.zones!.story, ...fixture.zones!.notStory });
    for (const p of placements) expect(p.inside, p.text).toEqual(['story']);
    await tab.close();
  });
});

describe('a page Isnad leaves alone', () => {
  it.each(['recipe', 'english'])('the %s page: one attribute and nothing else, even under the pointer and keys', async (id) => {
    const tab = await harness.context.newPage();
    // Record every change to the page: attributes from the start (the parser sets none by mutation;
    // the content script runs at document_end, about DOMContentLoaded), and every other change once
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
    await tab.waitForFunction(() => document.documentElement.hasAttribute('data-isnad'), null, { timeout: 10_000 });
    await tab.waitForLoadState('load');
    const baseline = await tab.evaluate(() => (window as unknown as { __changes: string[] }).__changes.filter((c) => c.startsWith('attr html')));
    await tab.mouse.move(300, 300, { steps: 4 });
    await tab.mouse.move(600, 400, { steps: 4 });
    await tab.keyboard.press('Escape');
    await tab.waitForTimeout(400);
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
        // The one trace besides the attribute: when the script started and how long the decision took, for the benchmarks.
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
      performanceEntries: ['isnad:decide', 'isnad:start'],
    });
    // No other element, text or attribute changed anywhere in the page.
    const all = await tab.evaluate(() => (window as unknown as { __changes: string[] }).__changes);
    expect(all).toEqual(['attr html data-isnad']);
    await tab.close();
  });
});
