/**
 * What Isnad promises, checked in a real browser with the built extension, in Chromium and in
 * Firefox ESR:
 * - nothing injected: a hostile page's title, quotes, names and site name reach the popup as text;
 * - nothing lost: the background stopped in the middle of a large import leaves all of it or none;
 * - no network: reading a page, the popup, export and import ask nothing of anyone but the page's
 *   own host and the extension itself.
 * Stopping the background in the middle of an import is Chromium's only: it stops the service
 * worker through the DevTools protocol, and WebDriver BiDi has no command that stops Firefox's
 * background page. Needs `npm run build` and `npm run build:firefox` first (npm test does both).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocument, type IsnadArticle } from '../../src/export/index.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import {
  BROWSERS, attr, count, selectOption, sleep, startBrowser, testId, text, waitForElement, type Tab, type TestBrowser,
} from './browsers.ts';

const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD_SCRIPT = '<script>window.__pwned=1</script>';
const PAYLOAD_MARKUP = '<b onmouseover="window.__pwned=1">عاجل</b>';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Arabic news page (sentences written for this test) whose every field a reader might see carries a payload, as text. */
function hostilePage(url: string): string {
  const title = `شكري والصفدي ${PAYLOAD_IMG} يبحثان التهدئة`;
  const paragraphs = [
    `القاهرة - بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي، يوم الاثنين في القاهرة، سبل خفض التصعيد وإدخال المساعدات ${PAYLOAD_MARKUP}.`,
    `وقال شكري في مؤتمر صحفي مشترك إن "${PAYLOAD_IMG} الحل السياسي هو الطريق الوحيد لإنهاء الأزمة".`,
    `من جهته، أكد الصفدي أن "${PAYLOAD_SCRIPT} بلاده ترفض أي تهجير للفلسطينيين"، مشيرا إلى أن المشاورات ستتواصل الأسبوع المقبل.`,
    `وأوضح المتحدث باسم الخارجية ${PAYLOAD_IMG} أن الوزيرين اتفقا على مواصلة التنسيق بين البلدين في المحافل الدولية.`,
  ];
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${escape(title)}</title>
<link rel="canonical" href="${url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escape(`أخبار ${PAYLOAD_IMG}`)}">
<meta property="article:published_time" content="2024-05-06T10:00:00+03:00">
</head><body>
<header><a href="/">أخبار</a></header>
<article>
<h1>${escape(title)}</h1>
<time datetime="2024-05-06T10:00:00+03:00">٦ مايو ٢٠٢٤</time>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
</body></html>`;
}

/** Serves one page on 127.0.0.1 (any free port), for host names the browsers send there (`*.test`). */
async function serve(body: (url: string) => string): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body(`http://${request.headers.host}${request.url}`));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, port: (server.address() as AddressInfo).port };
}

/** Moves the real pointer over every element of the selector, each scrolled into view. */
async function hoverAll(tab: Tab, selector: string): Promise<void> {
  const n = await count(tab, selector);
  for (let i = 0; i < n; i++) {
    const at = await tab.evaluate(
      ([sel, index]: readonly [string, number]) => {
        const el = document.querySelectorAll(sel)[index];
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      },
      [selector, i] as const,
    );
    if (at) await tab.move(at.x, at.y);
  }
}

// ---------------------------------------------------------------- nothing lost: data

/** Sentences written for this test in wire style; each copy of the article gets its own address. */
const WIRE = [
  'عمّان - التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في عمّان الثلاثاء، وبحثا سبل وقف إطلاق النار.',
  'وقال الصفدي في تصريحات للصحفيين إن "الأولوية هي إدخال المساعدات دون قيود".',
  'وأضاف شكري أن بلاده ستواصل اتصالاتها مع جميع الأطراف، مشيرا إلى قرار مجلس الأمن 2720.',
].join('\n');

function bigDocument(count: number, savedAt: string): string {
  const analysis = analyze(WIRE, { published: '2024-01-09', url: 'https://wire.example/a' });
  const articles: IsnadArticle[] = [];
  for (let i = 0; i < count; i++) {
    const url = `https://outlet-${i % 50}.example/news/${i}`;
    articles.push({
      url,
      canonicalUrl: url,
      urls: [url],
      title: `الصفدي وشكري — ${i}`,
      published: '2024-01-09',
      source: { host: `outlet-${i % 50}.example`, name: `منفذ ${i % 50}` },
      lang: 'ar',
      text: WIRE,
      savedAt,
      ...analysis,
    });
  }
  return JSON.stringify(makeDocument(articles));
}

interface Census {
  articles: number;
  orphans: number;
  incomplete: number;
  mentions: number;
  claims: number;
}

/** Reads the extension's database directly (an extension page shares its origin): rows and their annotations. */
async function census(page: Tab): Promise<Census> {
  return page.evaluate(
    () =>
      new Promise<Census>((resolve, reject) => {
        const open = indexedDB.open('isnad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'mentions', 'claims'], 'readonly');
          const all = (name: string) =>
            new Promise<{ id: number; articleId?: number; url?: string }[]>((ok) => {
              const r = tx.objectStore(name).getAll();
              r.onsuccess = () => ok(r.result);
            });
          void Promise.all([all('articles'), all('mentions'), all('claims')]).then(([articles, mentions, claims]) => {
            const ids = new Set(articles.map((a) => a.id));
            const withMentions = new Set(mentions.map((m) => m.articleId));
            const withClaims = new Set(claims.map((c) => c.articleId));
            db.close();
            resolve({
              articles: articles.length,
              orphans: [...mentions, ...claims].filter((r) => !ids.has(r.articleId!)).length,
              // Only the test's own articles: every one of them has mentions and claims.
              incomplete: articles.filter((a) => a.url!.includes('outlet-') && (!withMentions.has(a.id) || !withClaims.has(a.id))).length,
              mentions: mentions.length,
              claims: claims.length,
            });
          });
        };
      }),
  );
}

/** Stops the extension's service worker as the browser does when it is killed: through the DevTools protocol (Chromium only). */
async function stopServiceWorker(browser: TestBrowser): Promise<void> {
  const chromium = browser.chromium!;
  const cdp = await chromium.context.newCDPSession(chromium.context.pages()[0]!);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${chromium.extensionId}/`));
  if (!worker) throw new Error('no service worker target');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

describe.each(BROWSERS)('in %s', (browserName) => {
  let harness: TestBrowser;

  beforeAll(async () => {
    harness = await startBrowser(browserName);
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** Polls the popup until the article is shown (the content script saves it a moment after painting). */
  async function popupWithArticle(url: string): Promise<Tab> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const popup = await harness.popup(url);
      const found = await waitForElement(popup, testId('article-title'), 'attached', 1_000)
        .then(() => true)
        .catch(() => false);
      if (found) return popup;
      await popup.close();
    }
    throw new Error(`the popup never showed ${url}`);
  }

  describe('nothing injected', () => {
    it('a hostile page’s payloads appear in the popup as text and run nowhere', async () => {
      const { server, port } = await serve(hostilePage);
      const url = `http://hostile.test:${port}/world/2024/05/06/talks.html`;
      try {
        const tab = await harness.open(url);
        expect(await tab.evaluate(() => document.documentElement.getAttribute('data-isnad'))).toBe('annotated');

        const popup = await popupWithArticle(url);
        await waitForElement(popup, testId('claim'), 'attached', 5_000);
        // Move over everything, so that an injected handler would have had its chance.
        await hoverAll(popup, 'main *');
        await sleep(300);

        const title = (await text(popup, testId('article-title'))) ?? '';
        expect(title).toContain(PAYLOAD_IMG);
        const body = (await text(popup, 'body')) ?? '';
        expect(body).toContain(PAYLOAD_SCRIPT);
        expect(body).toContain(PAYLOAD_IMG);
        expect(await text(popup, testId('article-source'))).toContain(PAYLOAD_IMG);
        expect(await count(popup, 'img')).toBe(0);
        expect(await count(popup, 'main script, main [onerror], main [onmouseover], main b')).toBe(0);
        expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();

        // The page itself: the highlights and the card add no element that runs anything.
        expect(await tab.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
        expect(await count(tab, 'img[src="x"], [onerror], [onmouseover]')).toBe(0);
        await tab.close();

        // The same through export and the library list.
        const list = await harness.popup();
        await waitForElement(list, testId('article-list'));
        expect(await text(list, testId('article-list'))).toContain(PAYLOAD_IMG);
        expect(await count(list, 'img')).toBe(0);
        expect(await list.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
        await list.close();
        await popup.close();
      } finally {
        server.close();
      }
    });
  });

  // ---------------------------------------------------------------- nothing lost

  describe('nothing lost', () => {
    // WebDriver BiDi cannot stop Firefox's background page (it has no service-worker target to close): Chromium only.
    it.skipIf(browserName === 'firefox')('a worker stopped in the middle of a large import leaves the whole import or none of it', async () => {
      const page = await harness.popup();
      await waitForElement(page, testId('article-list'));
      const send = (text: string) =>
        page.evaluate(
          (t) =>
            (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime
              .sendMessage({ type: 'import:run', fileName: 'big.isnad.json', text: t })
              .then((r) => ({ answered: true, result: r }))
              .catch((e: Error) => ({ answered: false, result: e.message })),
          text,
        );
      const before = await census(page);
      // Every copy reports the same meeting, the worst case for grouping: enough to take a few seconds.
      const COUNT = 150;
      const expected = { mentionsPer: 0, claimsPer: 0 };
      {
        const analysis = analyze(WIRE, { published: '2024-01-09' });
        expected.mentionsPer = [...analysis.officials, ...analysis.agreements].reduce((n, e) => n + e.mentions.length, 0);
        expected.claimsPer = analysis.claims.length;
        expect(expected.mentionsPer).toBeGreaterThan(0);
        expect(expected.claimsPer).toBeGreaterThan(0);
      }

      // A full run first, to know how long one takes.
      const started = Date.now();
      const full = await send(bigDocument(COUNT, '2024-01-09T10:00:00.000Z'));
      const duration = Date.now() - started;
      expect(full).toMatchObject({ answered: true, result: { ok: true, added: COUNT } });
      const afterFull = await census(page);
      expect(afterFull.articles).toBe(before.articles + COUNT);

      // Then a newer copy of every article (each is replaced), stopped halfway through.
      const pending = send(bigDocument(COUNT, '2024-02-01T10:00:00.000Z'));
      await sleep(Math.max(50, Math.round(duration / 2)));
      await stopServiceWorker(harness);
      const outcome = await pending;

      const reopened = await harness.popup();
      await waitForElement(reopened, testId('article-list'), 'attached', 10_000);
      const after = await census(reopened);
      expect(after.orphans).toBe(0);
      expect(after.incomplete).toBe(0);
      // Every article of the import is whole, whichever copy survived.
      expect(after.articles).toBe(afterFull.articles);
      expect(after.mentions - before.mentions).toBe(COUNT * expected.mentionsPer);
      expect(after.claims - before.claims).toBe(COUNT * expected.claimsPer);
      // Which copy: all new ones if the import committed, all old ones if not — never a mix.
      const savedAt = await reopened.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const open = indexedDB.open('isnad');
            open.onsuccess = () => {
              const r = open.result.transaction('articles').objectStore('articles').getAll();
              r.onsuccess = () => {
                resolve([...new Set((r.result as { url: string; savedAt: number }[]).filter((a) => a.url.includes('outlet-')).map((a) => a.savedAt))]);
                open.result.close();
              };
            };
          }),
      );
      expect(savedAt).toHaveLength(1);
      console.info(`import of ${COUNT} articles: ${duration} ms; stopped after ${Math.round(duration / 2)} ms; answered: ${outcome.answered}; kept: ${new Date(savedAt[0]!).toISOString()}`);
      // The import answered (it finished first) or the sender saw the worker go.
      if (!outcome.answered) expect(savedAt[0]).toBe(Date.parse('2024-01-09T10:00:00.000Z'));
      await page.close();

      // Clean up for the next tests: delete the imported articles.
      await reopened.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome;
        for (let i = 0; i < 50; i++) await chrome.runtime.sendMessage({ type: 'site:delete', host: `outlet-${i}.example` });
      });
      expect((await census(reopened)).articles).toBe(before.articles);
      await reopened.close();
    });
  });

  // ---------------------------------------------------------------- no network

  describe('no network', () => {
    it('reading a page, the popup, export and import ask nothing of anyone but the page’s host and the extension', async () => {
      // Chromium reports every request of the profile; Firefox's BiDi those of the tabs (not the background page's).
      const recording = harness.recordRequests();
      const fixture = harness.page('002');
      const pageHost = new URL(fixture.url).host;
      const scratch = mkdtempSync(join(tmpdir(), 'isnad-import-'));
      let requests: string[] = [];
      try {
        const tab = await harness.open('002');
        expect(await tab.evaluate(() => document.documentElement.getAttribute('data-isnad'))).toBe('annotated');
        await tab.close();
        const popup = await popupWithArticle(fixture.url);

        // Export this article as Isnad JSON: a download made in the popup.
        await selectOption(popup, testId('export-scope'), 'article');
        const path = await harness.download(popup, testId('export'));
        const doc = JSON.parse(readFileSync(path, 'utf8')) as { articles: { canonicalUrl: string }[] };
        expect(doc.articles).toHaveLength(1);
        await waitForElement(popup, testId('export-result'));

        // Import it back: nothing new (it is the same article), said in the popup.
        await popup.setInputFiles(testId('import-file'), path);
        await waitForElement(popup, testId('import-result'), 'attached', 10_000);
        expect(await attr(popup, testId('import-result'), 'data-ok')).toBe('true');
        expect(await attr(popup, testId('import-result'), 'data-unchanged')).toBe('1');

        // A file that is not Isnad's: refused with the reason, in the popup.
        const other = join(scratch, 'other.json');
        writeFileSync(other, '{"format":"isnad","version":7}');
        await popup.setInputFiles(testId('import-file'), other);
        await expect.poll(() => attr(popup, testId('import-result'), 'data-ok')).toBe('false');
        expect(await text(popup, testId('import-result'))).toMatch(/version 7/);
        await popup.close();
      } finally {
        requests = recording.stop();
        rmSync(scratch, { recursive: true, force: true });
      }
      expect(requests.length).toBeGreaterThan(0);
      const elsewhere = requests.filter((url) => {
        const { protocol, host } = new URL(url);
        if (protocol === 'chrome-extension:' || protocol === 'moz-extension:' || protocol === 'blob:' || protocol === 'data:') return false;
        return host !== pageHost;
      });
      expect(elsewhere).toEqual([]);
    });

    it('the extension’s pages may not connect anywhere (content security policy)', async () => {
      const popup = await harness.popup();
      const outcome = await popup.evaluate(async () => {
        try {
          await fetch('http://hostile.test/beacon');
          return 'connected';
        } catch (error) {
          return `refused: ${(error as Error).message}`;
        }
      });
      expect(outcome).toMatch(/^refused/);
      await popup.close();
    });
  });
});
