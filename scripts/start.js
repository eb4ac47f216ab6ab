#!/usr/bin/env node
// `npm start`: builds the extension, serves the fixture site and opens Debian's Chromium with
// Isnad loaded on the five seed articles (and the two pages it must leave alone).
// Without a display (or with --headless) it visits every page headless, prints what Isnad
// did on each, and exits: a smoke check for machines with no screen.
// The browser is $CHROMIUM_PATH, else Chromium or Chrome for Testing wherever they are usually
// installed (scripts/chromium.js). With only Google Chrome (137+ ignores --load-extension) it
// says so, and opens that Chrome on the fixture site for the reader to load dist/ by hand.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { brandedChromeMessage, chromiumArgs, findBrowser, INSTALL_HINT, thisMachine } from './chromium.js';
import { HOST_RESOLVER_RULES, startFixtureServer } from './serve-fixtures.js';

const DIST = resolve('dist');
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const browser = findBrowser(thisMachine());
if (!browser) {
  console.error(`Isnad needs Chromium and none was found. ${INSTALL_HINT} Then run npm start again.`);
  process.exit(1);
}
const executablePath = browser.path;
console.log(`Browser: ${executablePath} (${browser.kind}, from ${browser.from})`);

console.log('Building the extension into dist/ …');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let fixtures;
try {
  fixtures = await startFixtureServer({ port: 8080 });
} catch {
  fixtures = await startFixtureServer({ port: 0 }); // 8080 taken: any free port
}

if (browser.kind === 'google-chrome') await byHand(executablePath, browser.from);

/**
 * Google Chrome only: it would start without Isnad, so say so, and (with a display) open it in a
 * profile of its own on chrome://extensions and the fixture site, for dist/ to be loaded by hand.
 * @param {string} chrome @param {string} from
 */
async function byHand(chrome, from) {
  console.error(`\n${brandedChromeMessage(chrome, from)}\n`);
  const index = fixtures.pages.find((p) => p.kind === 'index');
  if (headless) {
    await fixtures.close();
    process.exit(1);
  }
  const profile = mkdtempSync(join(tmpdir(), 'isnad-chrome-'));
  const child = spawn(
    chrome,
    [`--user-data-dir=${profile}`, '--no-first-run', `--host-resolver-rules=${HOST_RESOLVER_RULES}`, 'chrome://extensions', index.url],
    { stdio: 'ignore' },
  );
  console.log(`Google Chrome is open on chrome://extensions (load ${DIST} there) and on the fixture site (port ${fixtures.port}). Close it or press Ctrl+C to stop.`);
  const stop = async () => {
    child.kill();
    await fixtures.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', stop);
  child.once('exit', stop);
  await new Promise(() => {}); // until Chrome or the reader stops it
}
const userDataDir = mkdtempSync(join(tmpdir(), 'isnad-start-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: false,
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: null,
  args: chromiumArgs(DIST, { headless }),
});

async function shutdown(code = 0) {
  await context.close().catch(() => {});
  await fixtures.close();
  rmSync(userDataDir, { recursive: true, force: true });
  process.exit(code);
}
process.once('SIGINT', () => shutdown(0));
process.once('SIGTERM', () => shutdown(0));

const pages = fixtures.pages.filter((p) => p.kind !== 'index');
const index = fixtures.pages.find((p) => p.kind === 'index');

if (headless) {
  console.log(`No display: visiting the fixture pages headless (fixture site on port ${fixtures.port}).\n`);
  let failures = 0;
  for (const fixture of pages) {
    const tab = await context.newPage();
    await tab.goto(fixture.url);
    const state = await tab
      .waitForFunction(() => document.documentElement.getAttribute('data-isnad'), null, { timeout: 15_000 })
      .then((h) => h.jsonValue())
      .catch(() => 'no answer');
    const counts = await tab.evaluate(() => [
      document.documentElement.getAttribute('data-isnad-officials'),
      document.documentElement.getAttribute('data-isnad-agreements'),
    ]);
    const ok = state === fixture.expect;
    if (!ok) failures++;
    const found = state === 'annotated' ? `  officials ${counts[0]}, agreements ${counts[1]}` : '';
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${String(state).padEnd(9)} ${fixture.host.padEnd(22)} ${fixture.title}${found}`);
    await tab.close();
  }
  await shutdown(failures ? 1 : 0);
} else {
  const [first] = context.pages();
  await first.goto(index.url);
  for (const fixture of pages.filter((p) => p.kind === 'seed')) await (await context.newPage()).goto(fixture.url);
  console.log(`Chromium is open with Isnad on the fixture site (port ${fixtures.port}). Close the browser or press Ctrl+C to stop.`);
  context.on('close', () => shutdown(0));
}
