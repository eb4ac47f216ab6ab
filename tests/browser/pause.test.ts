/** Pausing Isnad on a site (from the options page) leaves that site's articles alone. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const send = (page: Awaited<ReturnType<Harness['popup']>>, message: unknown) =>
  page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);

it('a paused site is skipped: no highlight, nothing stored; resumed, it is read again', async () => {
  const fixture = harness.page('002');
  const extensionPage = await harness.popup();
  expect(await send(extensionPage, { type: 'site:pause', host: fixture.host })).toEqual({ paused: true });

  const paused = await harness.open('002');
  const state = await paused.evaluate(() => ({
    value: document.documentElement.getAttribute('data-isnad'),
    officials: document.documentElement.getAttribute('data-isnad-officials'),
    highlights: [...((CSS as unknown as { highlights: Map<string, unknown> }).highlights?.keys() ?? [])].filter((k) => k.startsWith('isnad')),
  }));
  expect(state).toEqual({ value: 'skipped', officials: null, highlights: [] });
  await paused.close();
  expect(await send(extensionPage, { type: 'article:get', url: fixture.url })).toBeNull();

  await send(extensionPage, { type: 'site:resume', host: fixture.host });
  const resumed = await harness.open('002');
  expect(await resumed.evaluate(() => document.documentElement.getAttribute('data-isnad'))).toBe('annotated');
  await resumed.close();
  await extensionPage.close();
});
