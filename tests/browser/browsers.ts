/**
 * One face for both browsers the suites run in: Debian's Chromium (playwright-core, harness.ts)
 * and Debian's firefox-esr (puppeteer-core over WebDriver BiDi, firefoxHarness.ts). A suite is
 * written once against `TestBrowser` and `Tab` and run in each with `describe.each(BROWSERS)`;
 * what only one protocol can do (stopping Chromium's service worker through CDP) is reached
 * through `chromium` and skipped elsewhere with the reason.
 *
 * Elements are found with CSS selectors; ' >>> ' steps into an element's open shadow root
 * ('isnad-ui >>> .card'), as Isnad's on-page control lives in one.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { startHarness, type FixturePage, type Harness } from './harness.ts';
import { startFirefoxHarness, type FirefoxHarness } from './firefoxHarness.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tab {
  readonly browser: BrowserName;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  /** Real input: the pointer moved in `steps`, a click, a key. */
  move(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  viewport(): { width: number; height: number };
  /** A script run in the page before any of its own, on every navigation that follows. */
  addInitScript(fn: () => void): Promise<void>;
  setInputFiles(selector: string, path: string): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  pages: FixturePage[];
  page(id: string): FixturePage;
  newTab(): Promise<Tab>;
  /** Opens a fixture page (by id) or an address, and waits until the content script has decided. */
  open(idOrUrl: string): Promise<Tab>;
  /** Opens the popup as a page, for an article URL when given. */
  popup(articleUrl?: string): Promise<Tab>;
  /** Clicks the element and returns the path of the file the browser downloads. */
  download(tab: Tab, selector: string): Promise<string>;
  /** Starts recording the addresses every tab asks for (in Chromium also the extension's own requests). */
  recordRequests(): { stop(): string[] };
  /** The Chromium harness, for what only the DevTools protocol does; undefined in Firefox. */
  chromium?: Harness;
  close(): Promise<void>;
}

export async function startBrowser(name: BrowserName): Promise<TestBrowser> {
  return name === 'chromium' ? chromiumBrowser(await startHarness()) : firefoxBrowser(await startFirefoxHarness());
}

const DECIDED = () => document.documentElement.hasAttribute('data-isnad');

/** A fixture page in a new tab, once Isnad has decided about it (annotated or skipped). */
async function openDecided(browser: TestBrowser, pages: FixturePage[], idOrUrl: string): Promise<Tab> {
  const tab = await browser.newTab();
  await tab.goto(fixtureUrl(pages, idOrUrl));
  await tab.waitFor(DECIDED, null, 20_000);
  return tab;
}

function fixtureUrl(pages: FixturePage[], idOrUrl: string): string {
  if (/^[a-z-]+:/.test(idOrUrl)) return idOrUrl;
  const found = pages.find((p) => p.id === idOrUrl);
  if (!found) throw new Error(`no fixture page '${idOrUrl}'`);
  return found.url;
}

function pageOf(pages: FixturePage[], id: string): FixturePage {
  const found = pages.find((p) => p.id === id);
  if (!found) throw new Error(`no fixture page '${id}'`);
  return found;
}

// ——— Chromium: playwright-core ———

const pwPages = new WeakMap<Tab, PwPage>();

function chromiumTab(page: PwPage): Tab {
  const tab: Tab = {
    browser: 'chromium',
    evaluate: ((fn: (arg?: unknown) => unknown, arg?: unknown) => page.evaluate(fn as never, arg)) as Tab['evaluate'],
    async waitFor(fn, arg, timeout = 10_000) {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    async goto(url) {
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    url: () => page.url(),
    move: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    viewport: () => page.viewportSize()!,
    async addInitScript(fn) {
      await page.addInitScript(fn);
    },
    setInputFiles: (selector, path) => page.locator(selector).setInputFiles(path),
    close: () => page.close(),
  };
  pwPages.set(tab, page);
  return tab;
}

function chromiumBrowser(harness: Harness): TestBrowser {
  const browser: TestBrowser = {
    name: 'chromium',
    chromium: harness,
    pages: harness.pages,
    page: (id) => pageOf(harness.pages, id),
    async newTab() {
      return chromiumTab(await harness.context.newPage());
    },
    open: (idOrUrl) => openDecided(browser, harness.pages, idOrUrl),
    async popup(articleUrl) {
      return chromiumTab(await harness.popup(articleUrl));
    },
    async download(tab, selector) {
      const done = pwPages.get(tab)!.waitForEvent('download');
      await click(tab, selector);
      return (await done).path();
    },
    recordRequests() {
      const seen: string[] = [];
      const record = (request: { url(): string }) => seen.push(request.url());
      harness.context.on('request', record);
      return {
        stop() {
          harness.context.off('request', record);
          return seen;
        },
      };
    },
    close: () => harness.close(),
  };
  return browser;
}

// ——— Firefox: puppeteer-core over WebDriver BiDi ———

function firefoxTab(page: PpPage): Tab {
  return {
    browser: 'firefox',
    evaluate: ((fn: (arg?: unknown) => unknown, arg?: unknown) => page.evaluate(fn as never, arg)) as Tab['evaluate'],
    async waitFor(fn, arg, timeout = 10_000) {
      await page.waitForFunction(fn as never, { timeout }, arg);
    },
    async goto(url) {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url);
        return;
      }
      // Firefox navigates to an extension page (with --remote-allow-system-access) but reports no
      // load event for it over BiDi: start the navigation, then wait for the document itself.
      // Polled by hand: while the tab swaps about:blank for the extension's document, an evaluation
      // may fail inside BiDi, which would end puppeteer's waitForFunction.
      void page.goto(url, { timeout: 60_000 }).catch(() => {});
      const deadline = Date.now() + 10_000;
      for (;;) {
        const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
        if (ready) return;
        if (Date.now() > deadline) throw new Error(`${url} did not load in 10 s`);
        await sleep(50);
      }
    },
    async reload() {
      await page.reload();
    },
    url: () => page.url(),
    move: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    viewport: () => page.viewport() ?? { width: 0, height: 0 },
    async addInitScript(fn) {
      await page.evaluateOnNewDocument(fn);
    },
    async setInputFiles(selector, path) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no element ${selector}`);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
    },
    close: () => page.close(),
  };
}

function firefoxBrowser(harness: FirefoxHarness): TestBrowser {
  const recorders = new Set<string[]>();
  const browser: TestBrowser = {
    name: 'firefox',
    pages: harness.pages,
    page: (id) => pageOf(harness.pages, id),
    async newTab() {
      const page = await harness.browser.newPage();
      // BiDi reports a tab's requests (not those of the extension's background page).
      page.on('request', (request) => {
        for (const seen of recorders) seen.push(request.url());
      });
      return firefoxTab(page);
    },
    open: (idOrUrl) => openDecided(browser, harness.pages, idOrUrl),
    async popup(articleUrl) {
      const tab = await browser.newTab();
      await tab.goto(harness.popupUrl(articleUrl));
      return tab;
    },
    async download(tab, selector) {
      // Firefox saves to harness.downloadDir (prefs set at launch): wait for a new, finished file.
      const before = new Set(readdirSync(harness.downloadDir));
      await click(tab, selector);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const files = readdirSync(harness.downloadDir).filter((f) => !before.has(f) && !f.endsWith('.part'));
        // Firefox makes the file empty first and writes it through a .part beside it.
        const done = files.find((f) => !existsSync(join(harness.downloadDir, `${f}.part`)) && statSync(join(harness.downloadDir, f)).size > 0);
        if (done) return join(harness.downloadDir, done);
        if (Date.now() > deadline) throw new Error('no download in 10 s');
        await sleep(50);
      }
    },
    recordRequests() {
      const seen: string[] = [];
      recorders.add(seen);
      return {
        stop() {
          recorders.delete(seen);
          return seen;
        },
      };
    },
    close: () => harness.close(),
  };
  return browser;
}

// ——— elements, the same in both browsers (run inside the page) ———

type Op = 'count' | 'text' | 'texts' | 'attr' | 'visible' | 'box' | 'focus' | 'click' | 'select' | 'center';

/** One in-page call: find the elements of `selector` (' >>> ' steps into shadow roots) and do `op` with the first, or all. */
function onElements<R>(tab: Tab, selector: string, op: Op, arg: string | null = null): Promise<R> {
  return tab.evaluate(
    ([sel, o, a]) => {
      let scopes: (Document | ShadowRoot)[] = [document];
      let found: Element[] = [];
      const parts = sel.split(' >>> ');
      parts.forEach((part, i) => {
        found = scopes.flatMap((s) => [...s.querySelectorAll(part)]);
        if (i < parts.length - 1) scopes = found.map((e) => e.shadowRoot).filter((r): r is ShadowRoot => r !== null);
      });
      const el = found[0] as HTMLElement | undefined;
      const shown = (e: Element | undefined) => {
        if (!e) return false;
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      };
      switch (o) {
        case 'count':
          return found.length;
        case 'text':
          return el ? el.textContent : null;
        case 'texts':
          return found.map((e) => e.textContent ?? '');
        case 'attr':
          return el ? el.getAttribute(a!) : null;
        case 'visible':
          return shown(el);
        case 'box': {
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        case 'focus':
          el?.focus();
          return !!el;
        case 'select':
          if (el) {
            (el as HTMLSelectElement).value = a!;
            el.dispatchEvent(new Event('input', { bubbles: true }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
          }
          return !!el;
        case 'center': {
          if (!el) return null;
          el.scrollIntoView({ block: 'center', inline: 'nearest' });
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        default:
          return null;
      }
    },
    [selector, op, arg] as const,
  ) as Promise<R>;
}

export const testId = (id: string) => `[data-testid="${id}"]`;
export const count = (tab: Tab, selector: string) => onElements<number>(tab, selector, 'count');
export const text = (tab: Tab, selector: string) => onElements<string | null>(tab, selector, 'text');
export const texts = (tab: Tab, selector: string) => onElements<string[]>(tab, selector, 'texts');
export const attr = (tab: Tab, selector: string, name: string) => onElements<string | null>(tab, selector, 'attr', name);
export const visible = (tab: Tab, selector: string) => onElements<boolean>(tab, selector, 'visible');
export const box = (tab: Tab, selector: string) => onElements<Box | null>(tab, selector, 'box');
export const focus = (tab: Tab, selector: string) => onElements<boolean>(tab, selector, 'focus');
export const selectOption = (tab: Tab, selector: string, value: string) => onElements<boolean>(tab, selector, 'select', value);

/** A real click in the middle of the element (scrolled into view first). */
export async function click(tab: Tab, selector: string): Promise<void> {
  const at = await onElements<{ x: number; y: number } | null>(tab, selector, 'center');
  if (!at) throw new Error(`no element ${selector}`);
  await tab.click(at.x, at.y);
}

/** Waits until an element of `selector` exists, or is visible / hidden. */
export async function waitForElement(tab: Tab, selector: string, state: 'attached' | 'visible' | 'hidden' = 'attached', timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const ok = state === 'attached' ? (await count(tab, selector)) > 0 : (await visible(tab, selector)) === (state === 'visible');
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${selector} not ${state} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ——— highlights, as the page sees them (CSS.highlights; in Firefox too since Isnad paints with the API there) ———

/** Where each registered highlight range lies, by highlight name, checked against CSS selectors. */
export interface HighlightPlacement {
  name: string;
  text: string;
  /** Names of the selectors (from `zones`) whose element contains the range. */
  inside: string[];
}

/** A fixture page's zones for highlightPlacements: the story, its headline, and the furniture around them. */
export function storyZones(zones: { story: string; headline: string; notStory: Record<string, string> }): Record<string, string> {
  return { story: zones.story, headline: zones.headline, ...zones.notStory };
}

/** A highlight belongs in the story or its headline, and in no furniture zone (an «اقرأ أيضا» box inside the story counts as furniture). */
export function inStory(placement: HighlightPlacement): boolean {
  const [only, ...more] = placement.inside;
  return more.length === 0 && (only === 'story' || only === 'headline');
}

/** Lists every range of every Isnad highlight with the zones that contain it. */
export function highlightPlacements(tab: Tab, zones: Record<string, string>): Promise<HighlightPlacement[]> {
  return tab.evaluate((zoneSelectors: Record<string, string>) => {
    const out: { name: string; text: string; inside: string[] }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return out;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('isnad')) continue;
      for (const range of highlight) {
        const r = range as Range;
        const node = r.startContainer.nodeType === Node.ELEMENT_NODE ? r.startContainer : r.startContainer.parentElement;
        const inside = Object.entries(zoneSelectors)
          .filter(([, selector]) => [...document.querySelectorAll(selector)].some((el) => el.contains(node)))
          .map(([zone]) => zone);
        out.push({ name, text: r.toString(), inside });
      }
    }
    return out;
  }, zones);
}

/** Isnad's highlight names and their range counts. */
export function registry(tab: Tab): Promise<Record<string, number>> {
  return tab.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const out: Record<string, number> = {};
    if (reg) for (const [name, h] of reg) if (name.startsWith('isnad')) out[name] = h.size;
    return out;
  });
}
