/**
 * The options page and the popup's export in a real Chromium: pausing a site, deleting a site or
 * everything after a confirmation, all from the keyboard; a whole-library export with its progress.
 * Needs `npm run build` first (npm test does it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  for (const id of ['000', '001', '002']) await (await harness.open(id)).close();
});

afterAll(async () => {
  await harness?.close();
});

async function openOptions(): Promise<Page> {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { options_ui: { page: string } };
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/${manifest.options_ui.page}`);
  await page.getByTestId('site-list').waitFor();
  return page;
}

const hostOf = (id: string) => new URL(harness.page(id).url).hostname;

describe('the popup exports the library', () => {
  it('shows its progress and downloads every article', async () => {
    const popup = await harness.popup();
    await popup.getByTestId('article-list').locator('li').first().waitFor({ timeout: 10_000 });
    await popup.getByTestId('export-format').selectOption('csv');
    // The progress bar may come and go within a frame: a mutation observer sees it anyway.
    await popup.evaluate(() => {
      const w = window as { sawProgress?: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('progress[data-testid="export-progress"]')) w.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const download = popup.waitForEvent('download');
    await popup.getByTestId('export').click();
    const file = await download;
    expect(await popup.evaluate(() => (window as { sawProgress?: boolean }).sawProgress)).toBe(true);
    expect(file.suggestedFilename()).toMatch(/^isnad-all-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFFkind,')).toBe(true);
    for (const id of ['000', '001', '002']) expect(csv).toContain(hostOf(id));
    await popup.getByTestId('export-result').waitFor();
    expect(await popup.getByTestId('export-progress').count()).toBe(0);
    await popup.close();
  });
});

describe('the options page', () => {
  it('follows the browser’s language and pauses and resumes a site from the keyboard', async () => {
    const page = await openOptions();
    const language = await page.evaluate(() => (globalThis as any).chrome.i18n.getMessage('uiLanguage') as string);
    expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');

    await page.getByTestId('pause-host').focus();
    await page.keyboard.type('https://www.paused-news.test/some/article');
    await page.keyboard.press('Enter');
    const paused = page.getByTestId('paused-site');
    await paused.first().waitFor();
    expect(await paused.getAttribute('data-host')).toBe('www.paused-news.test');
    // The content script's question, answered from an extension page here.
    const status = await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'site:status', host: 'www.paused-news.test' }));
    expect(status).toEqual({ paused: true });

    // Not a site: said, nothing added.
    await page.getByTestId('pause-host').fill('not a host');
    await page.keyboard.press('Enter');
    await page.getByTestId('error').waitFor();
    expect(await paused.count()).toBe(1);

    await page.getByTestId('resume').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => paused.count()).toBe(0);
    await page.close();
  });

  it('deletes one site after a confirmation; Escape cancels it', async () => {
    const page = await openOptions();
    const site = page.locator(`[data-testid="site"][data-host="${hostOf('002')}"]`);
    await site.waitFor();
    await site.getByTestId('delete-site').focus();
    await page.keyboard.press('Enter');
    // The confirmation takes the focus; Escape puts the button back and deletes nothing.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await expect.poll(focused).toBe('confirm');
    await page.keyboard.press('Escape');
    await site.getByTestId('delete-site').waitFor();
    await expect.poll(focused).toBe('delete-site');

    await site.getByTestId('delete-site').click();
    await expect.poll(focused).toBe('confirm');
    await page.keyboard.press('Enter');
    await expect.poll(() => site.count()).toBe(0);
    await page.getByTestId('status').waitFor();
    expect(await page.locator(`[data-testid="article-row"][data-url*="${hostOf('002')}"]`).count()).toBe(0);
    expect(await page.getByTestId('article-row').count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('deletes one article, then everything, each after a confirmation', async () => {
    const page = await openOptions();
    const rows = page.getByTestId('article-row');
    await rows.first().waitFor();
    const before = await rows.count();
    await rows.first().getByTestId('delete-article').click();
    await page.getByTestId('confirm').click();
    await expect.poll(() => rows.count()).toBe(before - 1);

    await page.getByTestId('delete-all').click();
    await page.getByTestId('confirm').click();
    await expect.poll(() => rows.count()).toBe(0);
    expect(await page.getByTestId('site').count()).toBe(0);

    const popup = await harness.popup();
    await popup.getByTestId('article-list').waitFor();
    expect(await popup.getByTestId('article-list').locator('li').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
