/**
 * The browser-test harness: Debian's Chromium (the `chromium` on the PATH, never a
 * downloaded browser) driven by playwright-core, with the built extension from `dist/`
 * loaded and the fixture site served on one port for every `*.test` host name.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
// @ts-expect-error: a plain JavaScript module without type declarations
import { startFixtureServer } from '../../scripts/serve-fixtures.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

export interface FixturePage {
  id: string;
  kind: 'seed' | 'english' | 'recipe' | 'index';
  host: string;
  url: string;
  title: string;
  outlet: string | null;
  published: string | null;
  seedFile: string | null;
  expect: 'annotated' | 'skipped';
  zones: { story: string; headline: string; notStory: Record<string, string> } | null;
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  pages: FixturePage[];
  page(id: string): FixturePage;
  /** Opens a fixture page in a new tab and waits until the content script has decided. */
  open(id: string): Promise<Page>;
  /** Opens the popup as a page, for an article URL when given. */
  popup(articleUrl?: string): Promise<Page>;
  close(): Promise<void>;
}

export const DIST = resolve('dist');

export { chromiumPath };

export interface HarnessOptions {
  /** The language Chromium gives the extension's messages in (`--lang`), e.g. 'ar'; the system's by default. */
  uiLanguage?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  const fixtures = await startFixtureServer({ port: 0 });
  const userDataDir = mkdtempSync(join(tmpdir(), 'isnad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false, // the real switch is --headless=new: the old headless mode loads no extension
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(DIST, { headless: true, lang: options.uiLanguage }),
    viewport: { width: 1280, height: 900 },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const pages = fixtures.pages as FixturePage[];
  const popupPath = popupPathFromManifest();

  const harness: Harness = {
    context,
    worker,
    extensionId,
    pages,
    page(id) {
      const found = pages.find((p) => p.id === id);
      if (!found) throw new Error(`no fixture page '${id}'`);
      return found;
    },
    async open(id) {
      const tab = await context.newPage();
      await tab.goto(harness.page(id).url);
      await tab.waitForFunction(() => document.documentElement.hasAttribute('data-isnad'), null, { timeout: 20_000 });
      return tab;
    },
    async popup(articleUrl) {
      const tab = await context.newPage();
      const query = articleUrl ? `?url=${encodeURIComponent(articleUrl)}` : '';
      await tab.goto(`chrome-extension://${extensionId}/${popupPath}${query}`);
      return tab;
    },
    async close() {
      await context.close();
      await fixtures.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** crxjs may move files: read the popup's path from the built manifest. */
function popupPathFromManifest(): string {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string } };
  const path = manifest.action?.default_popup;
  if (!path) throw new Error('dist/manifest.json has no action.default_popup');
  return path;
}
