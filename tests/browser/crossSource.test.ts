/**
 * Comparison across sources in a real Chromium: three outlets' reports of one meeting and two
 * reports of other meetings are read, then the popup of the first shows, claim by claim, what
 * the other two say — and nothing from the others. No assertion reads a label: the browser's
 * language decides those.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { first, PARAPHRASE, QUOTED, second, third } from './verdictFixtures.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  for (const id of ['000', '001', '004', '002', '003']) await (await harness.open(id)).close();
});

afterAll(async () => {
  await harness?.close();
});

describe('the popup compares the article with the other stored sources', () => {
  it('shows the meeting, and the other outlets’ versions of a claim, and nothing from other meetings', async () => {
    const popup = await harness.popup(harness.page('000').url);
    await popup.getByTestId('meeting').first().waitFor({ timeout: 10_000 });
    const meetings = popup.getByTestId('meeting');
    expect(await meetings.count()).toBeGreaterThanOrEqual(1);
    const meetingText = (await meetings.allTextContents()).join('\n');
    // Participants by their Arabic names, and the other outlets reporting the meeting.
    expect(meetingText).toMatch(/بومبيو/);
    expect(meetingText).toContain(harness.page('001').outlet!);

    const claims = popup.getByTestId('claim');
    expect(await claims.count()).toBeGreaterThan(3);
    for (const verdict of await claims.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict'))))
      expect(['corroborated', 'also-said-by', 'attributed-differently', 'divergent', 'only-here']).toContain(verdict);

    // The claim that both countries agreed on ways toward a political solution.
    const wayForward = claims.filter({ has: popup.locator('.claim-text', { hasText: 'سبل' }) }).filter({ hasText: 'حل سياسي' });
    expect(await wayForward.count()).toBeGreaterThanOrEqual(1);
    const row = wayForward.first();
    expect(await row.getAttribute('data-verdict')).not.toBe('only-here');
    const versions = row.getByTestId('other-version');
    const texts = await versions.allTextContents();
    expect(texts.some((text) => text.includes(harness.page('001').outlet!) && text.includes('سبل') && text.includes('حل سياسي'))).toBe(true);
    // Each version links to its article at that sentence.
    const href = await versions.filter({ hasText: harness.page('001').outlet! }).first().locator('a').getAttribute('href');
    expect(href).toMatch(/^https?:\/\/sharq-daily\.test(:\d+)?\/.*#:~:text=/);

    // Nothing from the Geneva reports of other years.
    const everything = await popup.locator('[data-testid="meeting"], [data-testid="claim"]').allTextContents();
    for (const id of ['002', '003']) expect(everything.join('\n')).not.toContain(harness.page(id).outlet!);

    // Officials and agreements say in how many stored sources they appear.
    const counts = await popup.getByTestId('official').getByTestId('source-count').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(3);
    await popup.close();
  });

  it('the version link opens the other article at that sentence in a new tab', async () => {
    const popup = await harness.popup(harness.page('000').url);
    const version = popup.getByTestId('other-version').first();
    await version.waitFor({ timeout: 10_000 });
    const href = await version.locator('a').getAttribute('href');
    const opened = harness.context.waitForEvent('page');
    await version.locator('a').focus();
    await popup.keyboard.press('Enter');
    const tab = await opened;
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url().split('#')[0]).toBe(href!.split('#')[0]);
    // Both ends of the text directive are words of the opened page, so the browser can find the sentence.
    const parts = href!.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    const pageText = await tab.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    for (const part of parts) expect(pageText).toContain(part);
    await tab.close();
    await popup.close();
  });

  it('the library lists every stored article once, grouped by meeting', async () => {
    const popup = await harness.popup();
    const items = popup.getByTestId('article-list').locator('li');
    await items.first().waitFor({ timeout: 10_000 });
    const titles = await items.allTextContents();
    for (const id of ['000', '001', '002', '003', '004']) expect(titles.filter((t) => t.includes(harness.page(id).title))).toHaveLength(1);
    // The three Sochi reports sit in one group.
    const groups = await popup.getByTestId('library-group').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const sochi = ['000', '001', '004'].map((id) => groups.findIndex((g) => g.includes(harness.page(id).title)));
    expect(new Set(sochi).size).toBe(1);
    await popup.close();
  });

  it('fits a toolbar popup’s width: nothing, not even a long meeting name, scrolls sideways', async () => {
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    const opened = await harness.popup(harness.page('000').url);
    const path = opened.url();
    await opened.close();
    await popup.goto(path);
    await popup.getByTestId('article-title').waitFor({ timeout: 10_000 });
    await popup.getByTestId('export-scope').waitFor();
    const widths = await popup.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await popup.close();
  });
});

describe('the popup says what a journalist would of each claim', () => {
  it('quotation marks only around quoted words, and the four verdicts', async () => {
    const page = await harness.popup();
    await page.getByTestId('article-list').waitFor({ timeout: 10_000 });
    for (const article of [first, second, third]) {
      const answer = await page.evaluate(
        (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message),
        { type: 'article:save', article },
      );
      expect(answer).toBeTruthy();
    }
    await page.close();

    const popup = await harness.popup(first.url);
    const claims = popup.getByTestId('claim');
    await claims.first().waitFor({ timeout: 10_000 });
    expect(await claims.count()).toBe(5);
    const verdicts = await claims.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict')));
    expect(verdicts).toEqual(['corroborated', 'also-said-by', 'attributed-differently', 'divergent', 'only-here']);

    // The quoted claim: its words inside the quotation marks, each mark once.
    const quoted = claims.nth(0).locator('.claim-text');
    expect(await quoted.getAttribute('data-kind')).toBe('quote');
    expect(await quoted.getByTestId('quote').textContent()).toBe(QUOTED);
    const shown = await quoted.evaluate((el) => (el as HTMLElement).innerText);
    expect(shown.match(/«/g)?.length).toBe(1);
    expect(shown.match(/»/g)?.length).toBe(1);

    // Indirect speech reads as a paraphrase: no quotation marks, none added by the stylesheet.
    const paraphrase = claims.nth(1).locator('.claim-text');
    expect(await paraphrase.getAttribute('data-kind')).toBe('paraphrase');
    expect(await paraphrase.getByTestId('quote').count()).toBe(0);
    const text = await paraphrase.evaluate((el) => (el as HTMLElement).innerText.trim());
    expect(text).toBe(PARAPHRASE);
    expect(text).not.toMatch(/[«»"“”]/);
    // The other outlet's paraphrase is not put in quotation marks either.
    const version = claims.nth(1).getByTestId('other-version');
    expect(await version.getAttribute('data-relation')).toBe('also-said-by');
    expect(await version.locator('.version-text').getAttribute('data-kind')).toBe('paraphrase');

    // "Also said by …" names the other person; the other verdicts' versions explain themselves.
    expect(await claims.nth(1).locator('.verdict').textContent()).toContain('جون ميلر');
    expect(await claims.nth(2).getByTestId('other-version').getAttribute('data-relation')).toBe('attributed-differently');
    expect(await claims.nth(2).getByTestId('version-note').textContent()).toContain('ليلى حداد');
    expect(await claims.nth(3).getByTestId('other-version').getAttribute('data-relation')).toBe('divergent');
    expect(await claims.nth(3).getByTestId('version-note').count()).toBe(1);
    expect(await claims.nth(4).getByTestId('other-version').count()).toBe(0);
    // Every verdict has its own words: no label is a bare message key.
    const labels = await popup.locator('.verdict').allTextContents();
    expect(new Set(labels).size).toBe(5);
    for (const label of labels) expect(label).not.toMatch(/^verdict/);
    await popup.close();
  });
});

describe('in a browser whose language is Arabic', () => {
  it('the popup is right to left and its words are Arabic', async () => {
    const arabic = await startHarness({ uiLanguage: 'ar' });
    try {
      for (const id of ['000', '001']) await (await arabic.open(id)).close();
      const popup = await arabic.popup(arabic.page('000').url);
      await popup.getByTestId('claim').first().waitFor({ timeout: 10_000 });
      expect(await popup.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await popup.locator('html').getAttribute('lang')).toBe('ar');
      // Each verdict is written in Arabic letters (whatever the wording).
      for (const text of await popup.locator('.verdict').allTextContents()) expect(text).toMatch(/^[\u0600-\u06ff\s]+$/);
      await popup.close();
    } finally {
      await arabic.close();
    }
  });
});
