/**
 * What the content script costs a reader, measured in Debian's Chromium with the built
 * extension (dist/) and the fixture site, as the browser tests run it:
 *
 * - bytes: the content script's files (and any chunk they load), gzip; on a skipped page only
 *   the first file (the triage) is evaluated, the reader is pre-parsed and never run;
 * - time from reading the story to highlights painted (`isnad:annotate`, measured by the
 *   content script with performance.measure) on the longest fixture story;
 * - time to decide to skip a page (`isnad:decide`) on the English and the recipe page;
 * - main-thread script time the extension adds to those two pages (Chromium's ScriptDuration
 *   counter, with the extension minus without: compiling and running every content-script file);
 * - JavaScript heap of an annotated page minus that of the same page without the extension;
 * - the floor under the decision: a one-line content script (another extension, generated here)
 *   that only reads `<html>` and sets an attribute on it, timed the same way, and its parts (the
 *   measurement alone, `document`, the first element, the write). Its first touch of
 *   an element builds the DOM's wrappers in the content script's world, which no content script
 *   that reads the page avoids.
 *
 *   npm run build && npx tsx bench/footprint.ts [--runs 9]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { DIST, chromiumPath, startHarness, type Harness } from '../tests/browser/harness.ts';
import { chromiumArgs } from '../scripts/chromium.js';

const AIMS = { bytesKb: 60, annotateMs: 16, decideMs: 0.3 };
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 9;

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

/** The loader named in the manifest and the chunks it reaches: statically only, or with dynamic imports too. */
function contentChunks(withLazy: boolean): Chunk[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const seen = new Map<string, Chunk>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const source = readFileSync(join(DIST, file));
    seen.set(file, { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length });
    const text = source.toString('utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    // The loader names its chunk with chrome.runtime.getURL("assets/…").
    for (const m of text.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(m[1]!);
    for (const m of text.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) visit(dir + m[1]!.slice(2));
    if (withLazy) for (const m of text.matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)) visit(dir + m[1]!.slice(2));
  };
  for (const script of manifest.content_scripts) for (const file of script.js) visit(file);
  return [...seen.values()];
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function timings(harness: Harness, id: string, names: string[], state: 'annotated' | 'skipped'): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    const tab = await harness.open(id);
    await tab.waitForFunction((s) => document.documentElement.getAttribute('data-isnad') === s, state, { timeout: 20_000 });
    const found = await tab.evaluate((ns) => ns.map((n) => performance.getEntriesByName(n)[0]?.duration ?? null), names);
    found.forEach((ms, k) => ms !== null && out[names[k]!]!.push(ms));
    await tab.close();
  }
  return out;
}

async function heapUsed(tab: Page): Promise<number> {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * Main-thread script time of one load of the page (every script of the page, the content
 * script's compile and run included): Chromium's own counter, through the DevTools protocol.
 */
async function scriptMs(newPage: () => Promise<Page>, url: string): Promise<number> {
  const tab = await newPage();
  try {
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(url);
    await tab.waitForFunction(() => document.readyState === 'complete');
    await tab.waitForTimeout(100);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    await cdp.detach();
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
  } finally {
    await tab.close();
  }
}

/**
 * What a content script's first touches of the page cost, each timed as Isnad's decision is
 * (performance.now() at the start, a measure at the end) by a one-file content script of its own:
 * the floor (read `<html>`, write one attribute) and its parts.
 */
const FLOOR_PROBES: Record<string, string> = {
  floor: `document.documentElement.setAttribute('data-floor', '');`,
  'the measurement alone': ``,
  '`document` only': `void document;`,
  '`document` and `<html>` (no write)': `void document.documentElement;`,
  'the write, `<html>` touched before the clock starts': `{WRITE}`,
};

/** The floor: what reading `<html>` and writing one attribute costs a content script, timed as Isnad's decision is. */
async function floorTimings(urls: string[], body: string = FLOOR_PROBES.floor!): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-floor-'));
  const profile = mkdtempSync(join(tmpdir(), 'isnad-floor-profile-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'floor', version: '1',
    content_scripts: [{ matches: ['http://*/*'], js: ['floor.js'], run_at: 'document_end' }],
  }));
  const script = body === '{WRITE}'
    ? `const root = document.documentElement;
const started = performance.now();
root.setAttribute('data-floor', '');
performance.measure('floor', { start: started, end: performance.now() });`
    : `const started = performance.now();
${body}
performance.measure('floor', { start: started, end: performance.now() });
document.documentElement.setAttribute('data-floor', '');`;
  writeFileSync(join(dir, 'floor.js'), script);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(dir, { headless: true }),
  });
  const out: number[] = [];
  try {
    for (const url of urls) {
      for (let i = 0; i < RUNS; i++) {
        const tab = await context.newPage();
        await tab.goto(url);
        await tab.waitForFunction(() => document.documentElement.hasAttribute('data-floor'));
        out.push(await tab.evaluate(() => performance.getEntriesByName('floor')[0]!.duration));
        await tab.close();
      }
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

async function main(): Promise<void> {
  const newsChunks = contentChunks(true);
  const kb = (chunks: Chunk[], key: 'raw' | 'gzip') => chunks.reduce((n, c) => n + c[key], 0) / 1024;

  const harness = await startHarness();
  try {
    // The longest story of the fixture site (by its seed file).
    const seeds = harness.pages.filter((p) => p.kind === 'seed' && p.seedFile);
    const longest = seeds.reduce((a, b) => (readFileSync(join('seeds', b.seedFile!)).length > readFileSync(join('seeds', a.seedFile!)).length ? b : a));
    await (await harness.open(longest.id)).close(); // warm the server and the disk cache

    const news = await timings(harness, longest.id, ['isnad:annotate', 'isnad:extract', 'isnad:analyze', 'isnad:paint', 'isnad:decide'], 'annotated');
    const annotate = news['isnad:annotate']!;
    const decideNews = news['isnad:decide']!;
    const decideEnglish = (await timings(harness, 'english', ['isnad:decide'], 'skipped'))['isnad:decide']!;
    const decideRecipe = (await timings(harness, 'recipe', ['isnad:decide'], 'skipped'))['isnad:decide']!;
    const floorUrls = [harness.page('english').url, harness.page('recipe').url];
    const floor = await floorTimings(floorUrls);
    const floorParts: [string, number[]][] = [];
    for (const [name, body] of Object.entries(FLOOR_PROBES).slice(1)) floorParts.push([name, await floorTimings(floorUrls, body)]);
    const part = (name: string) => median(news[`isnad:${name}`]!).toFixed(1);

    // Heap: the same page with and without the extension, after a forced GC.
    const withExtension: number[] = [];
    for (let i = 0; i < 3; i++) {
      const tab = await harness.open(longest.id);
      await tab.waitForTimeout(300);
      withExtension.push(await heapUsed(tab));
      await tab.close();
    }
    const plain = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP *.test 127.0.0.1'],
    });
    const without: number[] = [];
    for (let i = 0; i < 3; i++) {
      const tab = await plain.newPage();
      await tab.goto(longest.url);
      await tab.waitForTimeout(300);
      without.push(await heapUsed(tab));
      await tab.close();
    }
    // Script time on the skipped pages, with the extension and without it.
    const scripts: Record<string, { with: number[]; without: number[] }> = {};
    for (const id of ['english', 'recipe']) {
      const url = harness.page(id).url;
      scripts[id] = { with: [], without: [] };
      for (let i = 0; i < RUNS; i++) {
        scripts[id]!.with.push(await scriptMs(() => harness.context.newPage(), url));
        scripts[id]!.without.push(await scriptMs(() => plain.newPage(), url));
      }
    }
    const addedScript = (id: string) =>
      `${(median(scripts[id]!.with) - median(scripts[id]!.without)).toFixed(2)} ms (${median(scripts[id]!.with).toFixed(2)} with, ${median(scripts[id]!.without).toFixed(2)} without)`;
    await plain.close();
    const heapMb = (median(withExtension) - median(without)) / 1024 / 1024;

    const [decider, ...rest] = newsChunks;
    const row = (what: string, value: string, aim: string, ok: boolean | null) => `| ${what} | ${value} | ${aim} | ${ok === null ? '' : ok ? 'yes' : 'no'} |`;
    const newsKb = kb(newsChunks, 'gzip');
    const lines = [
      `Content script footprint (Chromium ${harness.context.browser()?.version() ?? ''}, median of ${RUNS} runs; longest story: fixture ${longest.id})`,
      '',
      '| measure | value | aim | met |',
      '|---|---|---|---|',
      row('content script on an Arabic news page, gzip', `${newsKb.toFixed(1)} KB (${kb(newsChunks, 'raw').toFixed(0)} KB raw, ${newsChunks.length} files)`, `≤ ${AIMS.bytesKb} KB`, newsKb <= AIMS.bytesKb),
      row(
        'content script evaluated on a skipped page, gzip',
        `${(decider!.gzip / 1024).toFixed(1)} KB (${decider!.file}; ${rest.map((c) => `${c.file} ${(c.gzip / 1024).toFixed(1)} KB`).join(', ') || 'nothing else'} loaded but not evaluated)`,
        '',
        null,
      ),
      row('story read → highlights painted (longest story)', `${median(annotate).toFixed(1)} ms (min ${Math.min(...annotate).toFixed(1)}, max ${Math.max(...annotate).toFixed(1)})`, `≤ ${AIMS.annotateMs} ms`, median(annotate) <= AIMS.annotateMs),
      row('  of which: extract (Readability) / analyze (NLP) / paint', `${part('extract')} / ${part('analyze')} / ${part('paint')} ms`, '', null),
      row('decide to skip: English news page', `${median(decideEnglish).toFixed(2)} ms (mean ${mean(decideEnglish).toFixed(2)})`, `≤ ${AIMS.decideMs} ms`, median(decideEnglish) <= AIMS.decideMs),
      row('decide to skip: Arabic recipe page', `${median(decideRecipe).toFixed(2)} ms (mean ${mean(decideRecipe).toFixed(2)})`, `≤ ${AIMS.decideMs} ms`, median(decideRecipe) <= AIMS.decideMs),
      row('floor: a content script that only reads <html> and sets one attribute (both pages)', `${median(floor).toFixed(2)} ms (mean ${mean(floor).toFixed(2)})`, '', null),
      ...floorParts.map(([name, ms]) => row(`  floor's part: ${name}`, `${median(ms).toFixed(2)} ms (mean ${mean(ms).toFixed(2)})`, '', null)),
      row('script time added to a skipped English page (compile and run, all files)', addedScript('english'), '', null),
      row('script time added to a skipped Arabic recipe page', addedScript('recipe'), '', null),
      row('decide to read: Arabic news page', `${median(decideNews).toFixed(2)} ms`, '', null),
      row('JS heap, annotated page minus same page without Isnad', `${heapMb.toFixed(1)} MB`, '', null),
      '',
      'Timers in a content script are coarsened to 0.1 ms (with jitter): the decision times are at that resolution; the mean of many runs is closer to the truth.',
      'Files on a news page: ' + newsChunks.map((c) => `${c.file} ${(c.gzip / 1024).toFixed(1)} KB`).join(', '),
    ];
    console.log(lines.join('\n'));
  } finally {
    await harness.close();
  }
}

await main();
