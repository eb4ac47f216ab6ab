/**
 * The chain in a real Chromium: an agency's report, an outlet's own report of the same meeting and
 * another outlet's run of the agency's copy a day later are read by the extension (the background
 * analyses them: credits, shared text, meetings). The popup of the copy says it is the same text as
 * the agency's, counts two independent reports of three, and shows the meeting's timeline in order
 * of publication with the copy told apart from the independent reports. No assertion reads a label:
 * the browser's language decides those. `SCREENSHOT=1` saves docs/screenshots/timeline.png.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness;

const story = (host: string, site: string, file: string, published: string) => {
  const text = readFileSync(`tests/corpus/shared/${file}`, 'utf8');
  const url = `https://${host}/news/${file.replace('.txt', '')}`;
  return { url, canonicalUrl: url, title: text.split('\n')[0]!, published, siteName: site, lang: 'ar', text };
};
const agency = story('spa.test', 'واس', 'a1_spa_riyadh.txt', '2025-02-11T08:00:00+03:00');
const own = story('petra.test', 'بترا', 'a4_petra_riyadh_own.txt', '2025-02-11T09:30:00+03:00');
const copy = story('okaz.test', 'عكاظ', 'a2_okaz_riyadh.txt', '2025-02-12T06:00:00+03:00');

beforeAll(async () => {
  harness = await startHarness();
  const page = await harness.popup();
  await page.getByTestId('article-list').waitFor({ timeout: 10_000 });
  // The copy first: the timeline must come from publication dates, not from the order of reading.
  for (const article of [copy, agency, own]) {
    const answer = await page.evaluate(
      (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message),
      { type: 'article:read', article },
    );
    expect(answer).toMatchObject({ paused: false });
  }
  await page.close();
});

afterAll(async () => {
  await harness?.close();
});

describe('the meeting’s timeline in the popup', () => {
  it('says the copy is the same text as the agency’s, counts independent reports, and orders the reports by publication', async () => {
    const popup = await harness.popup(copy.url);
    // Saving follows the answer: the popup may come before the last report is stored.
    let entries = popup.getByTestId('timeline-entry');
    for (let i = 0; i < 20 && (await entries.count()) < 3; i++) {
      await popup.waitForTimeout(250);
      await popup.reload();
      entries = popup.getByTestId('timeline-entry');
      await popup.getByTestId('article-title').waitFor({ timeout: 10_000 });
    }
    await popup.getByTestId('timeline').waitFor({ timeout: 10_000 });

    // The chain: the copy credits the Saudi agency (its dateline «الرياض - واس»).
    expect(await popup.getByTestId('article-agencies').getAttribute('data-agencies')).toBe('spa');
    // And each claim: speaker → agency → outlet.
    const claimAgencies = await popup.getByTestId('claim-agency').evaluateAll((els) => els.map((e) => e.getAttribute('data-agency')));
    expect(claimAgencies.length).toBeGreaterThan(0);
    expect(new Set(claimAgencies)).toEqual(new Set(['spa']));
    // «Same text as …» names the agency's outlet.
    expect(await popup.getByTestId('same-text-as').textContent()).toContain('واس');
    expect(await popup.getByTestId('independent-reports').getAttribute('data-count')).toBe('2');

    const rows = await entries.evaluateAll((els) =>
      els.map((el) => ({
        source: el.querySelector('.report-source')?.textContent,
        kind: el.getAttribute('data-kind'),
        current: el.getAttribute('aria-current') === 'true',
        firstClaims: el.querySelectorAll('[data-testid="first-claim"]').length,
        marker: getComputedStyle(el).borderInlineStartStyle,
      })),
    );
    expect(rows.map((r) => r.source)).toEqual(['واس', 'بترا', 'عكاظ']);
    expect(rows.map((r) => r.kind)).toEqual(['same-text', 'independent', 'same-text']);
    expect(rows.map((r) => r.current)).toEqual([false, false, true]);
    // Told apart at a glance: a dashed marker for a copy, a solid one for an independent report (and a word).
    expect(rows.map((r) => r.marker)).toEqual(['dashed', 'solid', 'dashed']);
    // The agency carried the claims first; its copy, a day later, nothing new.
    expect(rows[0]!.firstClaims).toBeGreaterThan(0);
    expect(rows[2]!.firstClaims).toBe(0);
    expect(await entries.nth(2).getByTestId('timeline-same-text').textContent()).toContain('واس');

    // The copy's claims are not corroborated by its own agency text.
    const versions = await popup.getByTestId('other-version').allTextContents();
    for (const v of versions) expect(v).not.toContain('واس');

    if (process.env.SCREENSHOT) {
      await popup.setViewportSize({ width: 420, height: 900 });
      await popup.getByTestId('meeting').first().screenshot({ path: 'docs/screenshots/timeline.png' });
    }
    await popup.close();
  });
});
