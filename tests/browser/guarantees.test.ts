/**
 * What Isnad promises, checked in a real Chromium with the built extension:
 * - nothing injected: a hostile page's title, quotes, names and site name reach the popup as text;
 * - nothing lost: the background stopped in the middle of a large import leaves all of it or none;
 * - no network: reading a page, the popup, export and import ask nothing of anyone but the page's
 *   own host and the extension itself.
 * Needs `npm run build` first (npm test does it).
 */
import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocument, type IsnadArticle } from '../../src/export/index.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

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

/** Polls the popup until the article is shown (the content script saves it a moment after painting). */
async function popupWithArticle(url: string): Promise<Page> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const popup = await harness.popup(url);
    const found = await popup
      .getByTestId('article-title')
      .waitFor({ timeout: 1_000 })
      .then(() => true)
      .catch(() => false);
    if (found) return popup;
    await popup.close();
  }
  throw new Error(`the popup never showed ${url}`);
}

describe('nothing injected', () => {
  it('a hostile page’s payloads appear in the popup as text and run nowhere', async () => {
    const url = 'http://hostile.test/world/2024/05/06/talks.html';
    await harness.context.route('http://hostile.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostilePage(url) }));
    // harness.open takes fixture ids: the routed page is opened by hand.
    const tab = await harness.context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => document.documentElement.hasAttribute('data-isnad'), null, { timeout: 20_000 });
    expect(await tab.evaluate(() => document.documentElement.getAttribute('data-isnad'))).toBe('annotated');

    const popup = await popupWithArticle(url);
    await popup.getByTestId('claim').first().waitFor({ timeout: 5_000 });
    // Hover and focus everything, so that an injected handler would have had its chance.
    for (const el of await popup.locator('main *').all()) await el.hover({ timeout: 200 }).catch(() => {});
    await popup.waitForTimeout(300);

    const title = (await popup.getByTestId('article-title').textContent()) ?? '';
    expect(title).toContain(PAYLOAD_IMG);
    const body = (await popup.locator('body').textContent()) ?? '';
    expect(body).toContain(PAYLOAD_SCRIPT);
    expect(body).toContain(PAYLOAD_IMG);
    expect(await popup.getByTestId('article-source').textContent()).toContain(PAYLOAD_IMG);
    expect(await popup.locator('img').count()).toBe(0);
    expect(await popup.locator('main script, main [onerror], main [onmouseover], main b').count()).toBe(0);
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

    // The page itself: the highlights and the card add no element that runs anything.
    expect(await tab.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await tab.locator('img[src="x"], [onerror], [onmouseover]').count()).toBe(0);
    await tab.close();

    // The same through export and the library list.
    const list = await harness.popup();
    await list.getByTestId('article-list').waitFor();
    expect(await list.getByTestId('article-list').textContent()).toContain(PAYLOAD_IMG);
    expect(await list.locator('img').count()).toBe(0);
    expect(await list.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await list.close();
    await popup.close();
    await harness.context.unroute('http://hostile.test/**');
  });
});

// ---------------------------------------------------------------- nothing lost

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
async function census(page: Page): Promise<Census> {
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

/** Stops the extension's service worker as the browser does when it is killed: through the DevTools protocol. */
async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await harness.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${harness.extensionId}/`));
  if (!worker) throw new Error('no service worker target');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

describe('nothing lost', () => {
  it('a worker stopped in the middle of a large import leaves the whole import or none of it', async () => {
    const page = await harness.popup();
    await page.getByTestId('article-list').waitFor();
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
    await page.waitForTimeout(Math.max(50, Math.round(duration / 2)));
    await stopServiceWorker(page);
    const outcome = await pending;

    const reopened = await harness.popup();
    await reopened.getByTestId('article-list').waitFor({ timeout: 10_000 });
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
    const requests: string[] = [];
    const record = (request: Request) => requests.push(request.url());
    harness.context.on('request', record);
    const fixture = harness.page('002');
    const pageHost = new URL(fixture.url).host;
    try {
      const tab = await harness.open('002');
      expect(await tab.evaluate(() => document.documentElement.getAttribute('data-isnad'))).toBe('annotated');
      await tab.close();
      const popup = await popupWithArticle(fixture.url);

      // Export this article as Isnad JSON: a download made in the popup.
      await popup.getByTestId('export-scope').selectOption('article');
      const download = popup.waitForEvent('download');
      await popup.getByTestId('export').click();
      const file = await download;
      const path = await file.path();
      const text = readFileSync(path, 'utf8');
      const doc = JSON.parse(text) as { articles: { canonicalUrl: string }[] };
      expect(doc.articles).toHaveLength(1);
      await popup.getByTestId('export-result').waitFor();

      // Import it back: nothing new (it is the same article), said in the popup.
      await popup.getByTestId('import-file').setInputFiles(path);
      const result = popup.getByTestId('import-result');
      await result.waitFor({ timeout: 10_000 });
      expect(await result.getAttribute('data-ok')).toBe('true');
      expect(await result.getAttribute('data-unchanged')).toBe('1');

      // A file that is not Isnad's: refused with the reason, in the popup.
      await popup.getByTestId('import-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"isnad","version":7}') });
      await expect.poll(() => popup.getByTestId('import-result').getAttribute('data-ok')).toBe('false');
      expect(await popup.getByTestId('import-result').textContent()).toMatch(/version 7/);
      await popup.close();
    } finally {
      harness.context.off('request', record);
    }
    expect(requests.length).toBeGreaterThan(0);
    const elsewhere = requests.filter((url) => {
      const { protocol, host } = new URL(url);
      if (protocol === 'chrome-extension:' || protocol === 'blob:' || protocol === 'data:') return false;
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
