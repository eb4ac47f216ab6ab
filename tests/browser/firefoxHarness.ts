/**
 * Firefox for real: Debian's firefox-esr (never a downloaded browser) driven by puppeteer-core
 * over WebDriver BiDi, with the Firefox build of the extension (dist-firefox/) installed as a
 * temporary add-on through `browser.installExtension`, and the fixture site served for every
 * `*.test` host name (Firefox's `network.dns.forceResolve` sends every name to this machine).
 *
 * The extension's pages (the popup) are opened as tabs: the add-on gets a fixed internal UUID
 * (`extensions.webextensions.uuids`), and `--remote-allow-system-access` lets WebDriver BiDi
 * navigate to `moz-extension://` addresses, which it refuses otherwise.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: a plain JavaScript module without type declarations
import { startFixtureServer } from '../../scripts/serve-fixtures.js';
import type { FixturePage } from './harness.ts';

export const DIST_FIREFOX = resolve('dist-firefox');
/** The add-on's internal UUID in the test profile (its moz-extension:// host). */
export const EXTENSION_UUID = '3b2f6a0e-1c1d-4c55-9a43-6e1f2f0b1a11';

/** $FIREFOX_PATH, else Debian's firefox-esr (or a firefox) on the PATH. */
export function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    for (const name of ['firefox-esr', 'firefox']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error('The Firefox browser tests need Firefox: sudo apt-get update && sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).');
}

export interface FirefoxHarness {
  browser: Browser;
  extensionId: string;
  pages: FixturePage[];
  page(id: string): FixturePage;
  /** Opens a fixture page in a new tab and waits until the content script has decided. */
  open(id: string): Promise<Page>;
  /** Where Firefox saves downloads, without asking. */
  downloadDir: string;
  /** The popup's address, for an article URL when given. */
  popupUrl(articleUrl?: string): string;
  close(): Promise<void>;
}

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error('dist-firefox/ is missing: run `npm run build:firefox` first');
  const fixtures = await startFixtureServer({ port: 0 });
  const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
    browser_specific_settings: { gecko: { id: string } };
  };
  const downloadDir = mkdtempSync(join(tmpdir(), 'isnad-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      // Downloads go to downloadDir without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID }),
    },
  });
  const extensionId = await browser.installExtension(DIST_FIREFOX);
  const pages = fixtures.pages as FixturePage[];
  const harness: FirefoxHarness = {
    browser,
    extensionId,
    downloadDir,
    pages,
    page(id) {
      const found = pages.find((p) => p.id === id);
      if (!found) throw new Error(`no fixture page '${id}'`);
      return found;
    },
    async open(id) {
      const tab = await browser.newPage();
      await tab.goto(harness.page(id).url);
      await tab.waitForFunction(() => document.documentElement.hasAttribute('data-isnad'), { timeout: 20_000 });
      return tab;
    },
    popupUrl(articleUrl) {
      const query = articleUrl ? `?url=${encodeURIComponent(articleUrl)}` : '';
      return `moz-extension://${EXTENSION_UUID}/${manifest.action!.default_popup!}${query}`;
    },
    async close() {
      await browser.close();
      await fixtures.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
  return harness;
}
