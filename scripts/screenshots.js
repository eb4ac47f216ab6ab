#!/usr/bin/env node
// Takes the README's screenshots from the built extension (run `npm run build` first):
// a highlighted seed page and the popup for it, written to docs/screenshots/.
//   node scripts/screenshots.js
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { startFixtureServer } from './serve-fixtures.js';

const DIST = resolve('dist');
const OUT = resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });

const executablePath = chromiumPath();
const fixtures = await startFixtureServer({ port: 0 });
const userDataDir = mkdtempSync(join(tmpdir(), 'isnad-shots-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: false,
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: { width: 1100, height: 760 },
  deviceScaleFactor: 1,
  // An Arabic UI, as the extension's readers would mostly see it.
  args: chromiumArgs(DIST, { lang: 'ar' }),
});
try {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const popupPath = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).action.default_popup;

  // The Sochi reports, so that the popup has other sources to compare with.
  const seedIds = ['004', '000', '001'];
  let popupFor = '';
  let url = '';
  for (const id of seedIds) {
    const fixture = fixtures.pages.find((p) => p.id === id);
    const tab = await context.newPage();
    await tab.goto(fixture.url);
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-isnad') === 'annotated');
    if (id === '000') popupFor = tab.url();
    if (id === '001') {
      url = tab.url();
      await tab.locator(fixture.zones.story).scrollIntoViewIfNeeded();
      await tab.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), fixture.zones.story);
      await tab.evaluate(() => window.scrollBy(0, -120));
      await tab.waitForTimeout(300);
      await tab.screenshot({ path: join(OUT, 'seed-page.png') });
      const card = process.argv.includes('--card');
      if (card) {
        // Hover the first official highlight to show its card.
        const point = await tab.evaluate(() => {
          const h = CSS.highlights.get('isnad-official');
          const range = h && [...h][0];
          if (!range) return null;
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        });
        if (point) {
          await tab.mouse.move(point.x, point.y);
          await tab.waitForTimeout(400);
          await tab.screenshot({ path: join(OUT, 'hover-card.png') });
        }
      }
    }
    await tab.close();
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 1400 });
  // The popup of the first Sochi report: its claims corroborated by the other two sources.
  await popup.goto(`chrome-extension://${extensionId}/${popupPath}?url=${encodeURIComponent(popupFor)}`);
  await popup.getByTestId('article-title').waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await context.close();
  await fixtures.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
