/**
 * Page speed as a reader feels it: from DOMContentLoaded to `<html data-isnad="annotated">`
 * (the highlights registered with the page), in Debian's Chromium with the built extension
 * (dist/), on the five seed pages of the fixture site and on generated Arabic news pages of about
 * 5, 50 and 250 KB of story text (the seeds' paragraphs, repeated in turn, in one outlet's
 * template). Each page is loaded --runs times with a cold service worker (stopped through the
 * DevTools protocol just before) and as many times warm (right after; each load waits 400 ms for
 * the background to finish storing the last article). The content script's
 * performance marks give the breakdown:
 *
 *   start    start of isnad:decide − DOMContentLoaded (negative: the script ran before the event)
 *   triage   isnad:decide (is this Arabic news?)
 *   load     from the decision to isnad:session (the reader's bundle evaluated and started)
 *   extract  isnad:extract (the story taken out of the page)
 *   analyze  isnad:analyze (the round trip to the background, which analyses)
 *   paint    isnad:paint → isnad:annotated (ranges built and registered, the on-page control made)
 *   other    the rest of the total (waiting for the page's main thread between these steps)
 *
 * In the same run, a Chromium without the extension loads each page with mark.js added as a
 * script that runs before the page's own (the usual way to highlight a list of words:
 * `new Mark(document.body).mark(names)` at DOMContentLoaded),
 * marking the officials' names that Isnad painted on that page; its figure is DOMContentLoaded →
 * mark.js's done callback. mark.js is a dev dependency used by this benchmark only.
 *
 * Also in that browser without the extension: the first task after DOMContentLoaded (a message
 * posted to the page at the event, and when it arrives), the earliest moment any asynchronous
 * answer can be handled on the page's main thread. Isnad's analysis is made in the background,
 * so its highlights cannot be painted before that; mark.js runs inside the event and need not
 * wait. Headless Chromium draws the page's first frame there (style, layout, Arabic shaping).
 *
 * Then the same in Debian's firefox-esr (puppeteer-core over WebDriver BiDi, dist-firefox/
 * installed as a temporary add-on; mark.js in a second Firefox without the extension), warm
 * background only: BiDi has no command that stops Firefox's background page.
 *
 *   npm run build && npm run build:firefox && npm run bench:page [-- --runs 7] [-- --only 5k,000] [-- --browsers chromium]
 *
 * Prints figures; nothing here is an assertion (machines differ).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser } from 'puppeteer-core';
import { chromiumPath, startHarness, type Harness } from '../tests/browser/harness.ts';
import { firefoxPath, startFirefoxHarness } from '../tests/browser/firefoxHarness.ts';
// @ts-expect-error: a plain JavaScript module without type declarations
import { seedParts } from '../seeds/site/lib/seedBlocks.js';
// @ts-expect-error: a plain JavaScript module without type declarations
import * as template from '../seeds/site/templates/arabiPost.js';

const flag = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(flag('runs') ?? 7);
const ONLY = flag('only')?.split(',');
const BROWSERS = (flag('browsers') ?? 'chromium,firefox').split(',');
const SIZES_KB = [5, 50, 250];
const BENCH_HOST = 'bench-news.test';
const MARKJS = readFileSync(join('node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

interface BenchPage {
  id: string;
  /** Story text, UTF-8 KB. */
  storyKb: number;
  url: string;
}

interface Timing {
  total: number;
  start: number;
  triage: number;
  load: number;
  extract: number;
  analyze: number;
  paint: number;
  other: number;
}

const catalogue = JSON.parse(readFileSync('seeds/site/pages.json', 'utf8')) as {
  seeds: { id: string; seed: string; headline: unknown; kicker?: unknown; figure?: unknown; publishedTime: string; published: string }[];
};

type Parts = { headline: string; body: { kind: string; text: string }[] };
const seedsParsed = catalogue.seeds.map((s) => ({ seed: s, parts: seedParts(readFileSync(join('seeds', s.seed), 'utf8'), s) as Parts }));
const paragraphs = seedsParsed.flatMap(({ parts }) => parts.body.filter((b) => b.kind === 'paragraph').map((b) => b.text));
const storyKb = (parts: Parts) => Buffer.byteLength(parts.body.map((b) => b.text).join('\n')) / 1024;

/** A news page with about `kb` KB of story: the seeds' paragraphs in turn, in the arabiPost template. */
function generated(kb: number, port: number): { html: string; page: BenchPage } {
  const body: { kind: string; text: string }[] = [];
  let bytes = 0;
  for (let i = 0; bytes < kb * 1024; i++) {
    const text = paragraphs[i % paragraphs.length]!;
    body.push({ kind: 'paragraph', text });
    bytes += Buffer.byteLength(text) + 1;
  }
  const path = `/story/${kb}k/bench`;
  const url = `http://${BENCH_HOST}:${port}${path}`;
  const first = catalogue.seeds[0]!;
  const page = { ...first, id: `${kb}k`, host: BENCH_HOST, outlet: 'عربي بوست', path, section: 'سياسة', byline: 'عربي بوست - متابعات' };
  const parts = { headline: seedsParsed[0]!.parts.headline, kicker: null, cookie: null, figure: null, body, relatedHeading: null, backToTop: null };
  return { html: template.render({ page, parts, url }) as string, page: { id: `${kb}k`, storyKb: bytes / 1024, url } };
}

/** mark.js and a listener that marks `names` in the page's body at DOMContentLoaded, as a page script would. */
function markJsScript(names: string[]): string {
  return `${MARKJS}
;document.addEventListener('DOMContentLoaded', () => {
  new Mark(document.body).mark(${JSON.stringify(names)}, { separateWordSearch: false, done() {
    performance.mark('markjs:done');
    document.documentElement.setAttribute('data-markjs', 'done');
  } });
});`;
}

/** At DOMContentLoaded, a message to the page itself: when it arrives, the main thread has run whatever came first (the page's first frame). */
const FIRST_TASK_SCRIPT = `document.addEventListener('DOMContentLoaded', () => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    performance.mark('first-task');
    document.documentElement.setAttribute('data-first-task', 'done');
  };
  channel.port2.postMessage(0);
});`;

/** Serves the generated pages on their own host name (the fixture site serves the seed pages). */
async function startBenchServer(harness: Pick<Harness, 'pages'>): Promise<{ server: Server; pages: BenchPage[] }> {
  const documents = new Map<string, string>();
  const server = createServer((request, response) => {
    const html = documents.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const pages: BenchPage[] = [];
  for (const fixture of harness.pages.filter((p) => p.kind === 'seed')) {
    const parsed = seedsParsed.find((s) => s.seed.id === fixture.id)!;
    pages.push({ id: fixture.id, storyKb: storyKb(parsed.parts), url: fixture.url });
  }
  for (const kb of SIZES_KB) {
    const { html, page } = generated(kb, port);
    documents.set(new URL(page.url).pathname, html);
    pages.push(page);
  }
  return { server, pages };
}

/** Stops the extension's service worker as the browser does when it is idle long enough or killed. */
async function stopServiceWorker(context: BrowserContext, anyPage: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(anyPage);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  for (const t of targetInfos) if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  await cdp.detach();
}

/** Read in the page (a string: tsx would add helpers to a function that the page does not have). */
const READ_TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const dcl = nav.domContentLoadedEventStart;
  const entry = (n) => performance.getEntriesByName(n)[0];
  const at = (n) => (entry(n) ? entry(n).startTime : NaN);
  const took = (n) => (entry(n) ? entry(n).duration : NaN);
  const decide = entry('isnad:decide');
  const registry = CSS.highlights;
  const official = registry && registry.get('isnad-official');
  const names = [...new Set([...(official || [])].map((r) => r.toString().trim()))].filter(Boolean);
  return {
    timing: {
      total: at('isnad:annotated') - dcl,
      start: (decide ? decide.startTime : NaN) - dcl,
      triage: decide ? decide.duration : NaN,
      load: at('isnad:session') - (decide ? decide.startTime + decide.duration : NaN),
      extract: took('isnad:extract'),
      analyze: took('isnad:analyze'),
      paint: at('isnad:annotated') - at('isnad:paint'),
    },
    names,
  };
})()`;

/** Between two loads: the background stores each article after answering; a reader does not open the next page within those milliseconds. */
const SETTLE_MS = 400;

async function isnadRun(context: BrowserContext, page: BenchPage): Promise<{ timing: Timing; names: string[] }> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const tab = await context.newPage();
  try {
    await tab.goto(page.url);
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-isnad') === 'annotated', null, { timeout: 30_000, polling: 50 });
    const found = (await tab.evaluate(READ_TIMINGS)) as { timing: Timing; names: string[] };
    const t = found.timing;
    t.other = t.total - Math.max(0, t.start) - t.triage - t.load - t.extract - t.analyze - t.paint;
    return found;
  } finally {
    await tab.close();
  }
}

async function markJsRun(context: BrowserContext, url: string, names: string[]): Promise<{ total: number; marked: number }> {
  const tab = await context.newPage();
  try {
    await tab.addInitScript({ content: markJsScript(names) });
    await tab.goto(url);
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-markjs') === 'done', null, { timeout: 30_000, polling: 50 });
    return await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { total: performance.getEntriesByName('markjs:done')[0]!.startTime - nav.domContentLoadedEventStart, marked: document.querySelectorAll('mark').length };
    });
  } finally {
    await tab.close();
  }
}

async function firstTaskRun(context: BrowserContext, url: string): Promise<number> {
  const tab = await context.newPage();
  try {
    await tab.addInitScript({ content: FIRST_TASK_SCRIPT });
    await tab.goto(url);
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-first-task') === 'done', null, { timeout: 30_000, polling: 50 });
    return await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.getEntriesByName('first-task')[0]!.startTime - nav.domContentLoadedEventStart;
    });
  } finally {
    await tab.close();
  }
}

async function firstTaskRunFirefox(browser: PpBrowser, url: string): Promise<number> {
  const tab = await browser.newPage();
  try {
    await tab.evaluateOnNewDocument(FIRST_TASK_SCRIPT);
    await tab.goto(url);
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-first-task') === 'done', { timeout: 30_000, polling: 50 });
    return (await tab.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return performance.getEntriesByName('first-task')[0].startTime - nav.domContentLoadedEventStart;
    })()`)) as number;
  } finally {
    await tab.close();
  }
}

/** The same load in Firefox (warm background: it is never stopped). */
async function isnadRunFirefox(browser: PpBrowser, page: BenchPage): Promise<{ timing: Timing; names: string[] }> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const tab = await browser.newPage();
  try {
    await tab.goto(page.url);
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-isnad') === 'annotated', { timeout: 30_000, polling: 50 });
    const found = (await tab.evaluate(READ_TIMINGS)) as { timing: Timing; names: string[] };
    const t = found.timing;
    t.other = t.total - Math.max(0, t.start) - t.triage - t.load - t.extract - t.analyze - t.paint;
    return found;
  } finally {
    await tab.close();
  }
}

async function markJsRunFirefox(browser: PpBrowser, url: string, names: string[]): Promise<{ total: number; marked: number }> {
  const tab = await browser.newPage();
  try {
    await tab.evaluateOnNewDocument(markJsScript(names));
    await tab.goto(url);
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-markjs') === 'done', { timeout: 30_000, polling: 50 });
    return (await tab.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { total: performance.getEntriesByName('markjs:done')[0].startTime - nav.domContentLoadedEventStart, marked: document.querySelectorAll('mark').length };
    })()`)) as { total: number; marked: number };
  } finally {
    await tab.close();
  }
}

interface FirefoxResult {
  version: string;
  rows: Map<string, { warm: Timing[]; mark: number[]; firstTask: number[]; names: number; marked: number }>;
}

/** Every page in firefox-esr: Isnad with a warm background, and mark.js in a Firefox without the extension. */
async function firefoxFigures(): Promise<FirefoxResult> {
  const harness = await startFirefoxHarness();
  const bench = await startBenchServer(harness);
  const plain = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1' },
  });
  const rows: FirefoxResult['rows'] = new Map();
  try {
    const list = bench.pages.filter((p) => !ONLY || ONLY.includes(p.id));
    await isnadRunFirefox(harness.browser, list[0]!); // warm the server, the disk cache and the background once
    for (const page of list) {
      const warm: Timing[] = [];
      let names: string[] = [];
      for (let i = 0; i < RUNS; i++) {
        const w = await isnadRunFirefox(harness.browser, page);
        warm.push(w.timing);
        if (names.length === 0) names = w.names;
      }
      const { mark, marked, firstTask } = await baselines(
        () => markJsRunFirefox(plain, page.url, names),
        () => firstTaskRunFirefox(plain, page.url),
      );
      rows.set(page.id, { warm, mark, firstTask, names: names.length, marked });
      process.stderr.write(`  firefox ${page.id}: warm ${fmt(median(warm.map((t) => t.total)))} ms, mark.js ${fmt(median(mark))} ms, first task ${fmt(median(firstTask))} ms\n`);
    }
    return { version: await harness.browser.version(), rows };
  } finally {
    await plain.close();
    bench.server.close();
    bench.server.closeAllConnections();
    await harness.close();
  }
}

/**
 * The two figures measured beside Isnad on the same page in a browser without it: mark.js marking
 * the same names (after one warm-up load), and the first task after DOMContentLoaded.
 */
async function baselines(
  markRun: () => Promise<{ total: number; marked: number }>,
  firstTaskRun: () => Promise<number>,
): Promise<{ mark: number[]; marked: number; firstTask: number[] }> {
  const mark: number[] = [];
  let marked = 0;
  await markRun(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const m = await markRun();
    mark.push(m.total);
    marked = m.marked;
  }
  const firstTask: number[] = [];
  for (let i = 0; i < RUNS; i++) firstTask.push(await firstTaskRun());
  return { mark, marked, firstTask };
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const spread = (xs: number[]) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
const part = (ts: Timing[], key: keyof Timing) => median(ts.map((t) => t[key]));
const parts = (ts: Timing[]) => (['start', 'triage', 'load', 'extract', 'analyze', 'paint', 'other'] as const).map((k) => (k === 'triage' ? part(ts, k).toFixed(1) : fmt(part(ts, k)))).join(' / ');

async function main(): Promise<void> {
  const results: { page: BenchPage; cold: Timing[]; warm: Timing[]; mark: number[]; firstTask: number[]; names: number; marked: number }[] = [];
  let version = '';
  if (BROWSERS.includes('chromium')) {
    const harness = await startHarness();
    const bench = await startBenchServer(harness);
    const plain = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP *.test 127.0.0.1'],
    });
    const plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    const pages = bench.pages.filter((p) => !ONLY || ONLY.includes(p.id));
    try {
      const holder = await harness.context.newPage(); // a page to reach the DevTools protocol through
      await isnadRun(harness.context, pages[0]!); // warm the server, the disk cache and the worker once
      for (const page of pages) {
        const cold: Timing[] = [];
        const warm: Timing[] = [];
        let names: string[] = [];
        for (let i = 0; i < RUNS; i++) {
          await stopServiceWorker(harness.context, holder, harness.extensionId);
          await holder.waitForTimeout(150);
          const c = await isnadRun(harness.context, page);
          cold.push(c.timing);
          const w = await isnadRun(harness.context, page);
          warm.push(w.timing);
          if (names.length === 0) names = w.names;
        }
        const { mark, marked, firstTask } = await baselines(
          () => markJsRun(plainContext, page.url, names),
          () => firstTaskRun(plainContext, page.url),
        );
        results.push({ page, cold, warm, mark, firstTask, names: names.length, marked });
        process.stderr.write(`  ${page.id}: warm ${fmt(median(warm.map((t) => t.total)))} ms, cold ${fmt(median(cold.map((t) => t.total)))} ms, mark.js ${fmt(median(mark))} ms, first task ${fmt(median(firstTask))} ms\n`);
      }
      version = harness.context.browser()?.version() ?? '';
    } finally {
      await plain.close();
      bench.server.close();
      bench.server.closeAllConnections();
      await harness.close();
    }
  }
  const ff = BROWSERS.includes('firefox') ? await firefoxFigures() : null;
  const lines: string[] = [];
  if (results.length > 0) {
    lines.push(
      `Page speed: DOMContentLoaded → highlights painted, ms, median (min–max) of ${RUNS} loads; Chromium ${version} headless, this machine`,
      '',
      '| page | story | Isnad, warm worker | Isnad, cold worker | mark.js, same names | Isnad warm ÷ mark.js | first task after DCL, no extension |',
      '|---|---|---|---|---|---|---|',
      ...results.map(
        (r) =>
          `| ${r.page.id} | ${r.page.storyKb.toFixed(0)} KB | ${spread(r.warm.map((t) => t.total))} | ${spread(r.cold.map((t) => t.total))} | ${spread(r.mark)} (${r.names} names, ${r.marked} marks) | ${(median(r.warm.map((t) => t.total)) / median(r.mark)).toFixed(2)} | ${spread(r.firstTask)} |`,
      ),
      '',
      'Breakdown, median ms: start / triage / load / extract / analyze / paint / other',
      '(start: the decision − DOMContentLoaded; load: decision → the reader running; analyze: round trip to the background)',
      '',
      '| page | warm worker | cold worker |',
      '|---|---|---|',
      ...results.map((r) => `| ${r.page.id} | ${parts(r.warm)} | ${parts(r.cold)} |`),
      '',
    );
  }
  if (ff) {
    const chromiumWarm = new Map(results.map((r) => [r.page.id, median(r.warm.map((t) => t.total))]));
    lines.push(
      `Firefox ${ff.version} headless (WebDriver BiDi), the same pages, warm background only; Chromium's warm figure beside it`,
      '',
      '| page | Isnad in Firefox, warm | mark.js in Firefox, same names | Firefox ÷ mark.js | first task after DCL, no extension | Isnad in Chromium, warm |',
      '|---|---|---|---|---|---|',
      ...[...ff.rows].map(
        ([id, r]) =>
          `| ${id} | ${spread(r.warm.map((t) => t.total))} | ${spread(r.mark)} (${r.names} names, ${r.marked} marks) | ${(median(r.warm.map((t) => t.total)) / median(r.mark)).toFixed(2)} | ${spread(r.firstTask)} | ${fmt(chromiumWarm.get(id) ?? NaN)} |`,
      ),
      '',
      'Firefox breakdown, median ms: start / triage / load / extract / analyze / paint / other',
      '',
      '| page | warm background |',
      '|---|---|',
      ...[...ff.rows].map(([id, r]) => `| ${id} | ${parts(r.warm)} |`),
    );
  }
  console.log(lines.join('\n'));
}

await main();
