import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { createHandler } from '../../../src/background/handlers.ts';
import type { ArticlePayload } from '../../../src/messages.ts';
import type { Analysis } from '../../../src/nlp/types.ts';

const EXTENSION = 'isnad-test-id';
let db: IsnadDatabase;
let counter = 0;

function setup(now = () => 1_700_000_000_000) {
  db = openDatabase(`isnad-test-${++counter}`);
  return createHandler({ db, extensionId: EXTENSION, now });
}

afterEach(async () => {
  await db?.delete();
});

const TEXT = 'بحث وزير الخارجية العماني بدر البوسعيدي مع نظيره الإيراني في مسقط تنفيذ الاتفاق. وقال البوسعيدي إن المحادثات بناءة.';

function analysis(mentions = 2): Analysis {
  const first = TEXT.indexOf('بدر البوسعيدي');
  const second = TEXT.indexOf('البوسعيدي', first + 5);
  const deal = TEXT.indexOf('الاتفاق');
  return {
    officials: [
      {
        id: 'badr-albusaidi',
        name: 'بدر البوسعيدي',
        nameEn: 'Badr Albusaidi',
        role: 'Foreign Minister',
        country: 'Oman',
        mentions: [
          { start: first, end: first + 'بدر البوسعيدي'.length, text: 'بدر البوسعيدي' },
          { start: second, end: second + 'البوسعيدي'.length, text: 'البوسعيدي' },
        ].slice(0, mentions),
      },
    ],
    agreements: [{ id: 'example-deal', name: 'الاتفاق', nameEn: 'Example deal', mentions: [{ start: deal, end: deal + 7, text: 'الاتفاق' }] }],
    claims: [{ speaker: 'badr-albusaidi', reportedBy: null, verb: 'وقال', text: 'إن المحادثات بناءة', quote: null, start: 90, end: 108 }],
    meetings: [{ id: 'm1', kind: 'talks', participants: ['badr-albusaidi'], place: 'مسقط', date: '2024-03-10' }],
  };
}

function payload(over: Partial<ArticlePayload> = {}): ArticlePayload {
  return {
    url: 'https://news.example/politics/oman-talks?utm_source=x',
    canonicalUrl: 'https://news.example/politics/oman-talks',
    title: 'مباحثات في مسقط',
    published: '2024-03-10T08:00:00+04:00',
    siteName: 'أخبار المثال',
    lang: 'ar',
    text: TEXT,
    analysis: analysis(),
    ...over,
  };
}

// The popup: an extension page (a content script's sender has its page's url).
const fromUs = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/popup/popup.html` };

describe('background handlers', () => {
  it('saves an article and shows it with its officials, agreements, claims and meetings', async () => {
    const handle = setup();
    await expect(handle({ type: 'article:save', article: payload() }, fromUs)).resolves.toEqual({ created: true });
    const view = (await handle({ type: 'article:get', url: 'https://news.example/politics/oman-talks#comments' }, fromUs)) as any;
    expect(view.title).toBe('مباحثات في مسقط');
    expect(view.source).toEqual({ host: 'news.example', name: 'أخبار المثال' });
    expect(view.officials).toEqual([
      { id: 'badr-albusaidi', name: 'بدر البوسعيدي', nameEn: 'Badr Albusaidi', role: 'Foreign Minister', country: 'Oman', mentions: 2 },
    ]);
    expect(view.agreements).toEqual([{ id: 'example-deal', name: 'الاتفاق', nameEn: 'Example deal', mentions: 1 }]);
    expect(view.claims).toHaveLength(1);
    expect(view.meetings).toEqual([{ kind: 'talks', participants: ['badr-albusaidi'], place: 'مسقط', date: '2024-03-10' }]);
    // Found by the address it was read at, too.
    expect(await handle({ type: 'article:get', url: payload().url }, fromUs)).not.toBeNull();
  });

  it('a second save of the same article replaces it and its annotations instead of duplicating them', async () => {
    let clock = 1000;
    const handle = setup(() => clock);
    await handle({ type: 'article:save', article: payload() }, fromUs);
    clock = 2000;
    await expect(handle({ type: 'article:save', article: payload({ url: 'https://news.example/politics/oman-talks', analysis: analysis(1) }) }, fromUs)).resolves.toEqual({
      created: false,
    });
    expect(await db.articles.count()).toBe(1);
    expect(await db.mentions.count()).toBe(2); // 1 official mention + 1 agreement mention
    expect(await db.claims.count()).toBe(1);
    expect(await db.meetings.count()).toBe(1);
    expect(await db.sources.count()).toBe(1);
    const list = (await handle({ type: 'articles:list' }, fromUs)) as any[];
    expect(list).toEqual([
      expect.objectContaining({ url: 'https://news.example/politics/oman-talks', savedAt: 2000, source: 'أخبار المثال', officials: 1, agreements: 1 }),
    ]);
    const row = await db.articles.toCollection().first();
    expect(row!.urls.sort()).toEqual(['https://news.example/politics/oman-talks', 'https://news.example/politics/oman-talks?utm_source=x']);
  });

  it('indexes mentions by entity and meetings by participant for comparison across articles', async () => {
    const handle = setup();
    await handle({ type: 'article:save', article: payload() }, fromUs);
    await handle({ type: 'article:save', article: payload({ url: 'https://other.example/a', canonicalUrl: 'https://other.example/a', siteName: 'مصدر آخر' }) }, fromUs);
    expect(await db.mentions.where('entityId').equals('badr-albusaidi').count()).toBe(4);
    expect(await db.meetings.where('participants').equals('badr-albusaidi').count()).toBe(2);
    expect(await db.sources.count()).toBe(2);
  });

  it('deletes an article with its annotations', async () => {
    const handle = setup();
    await handle({ type: 'article:save', article: payload() }, fromUs);
    await expect(handle({ type: 'article:delete', url: payload().canonicalUrl }, fromUs)).resolves.toEqual({ deleted: true });
    expect(await db.articles.count()).toBe(0);
    expect(await db.mentions.count()).toBe(0);
    await expect(handle({ type: 'article:get', url: payload().canonicalUrl }, fromUs)).resolves.toBeNull();
  });

  it('refuses messages from another extension or from nowhere', async () => {
    const handle = setup();
    await expect(handle({ type: 'articles:list' }, { id: 'someone-else' })).rejects.toThrow(/not sent by this extension/);
    await expect(handle({ type: 'articles:list' }, {})).rejects.toThrow(/not sent by this extension/);
  });

  it('refuses malformed messages with an error that says what is wrong, and stores nothing', async () => {
    const handle = setup();
    await expect(handle({ type: 'article:frobnicate' }, fromUs)).rejects.toThrow(/malformed 'article:frobnicate' message/);
    await expect(handle(null, fromUs)).rejects.toThrow(/malformed/);
    await expect(handle({ type: 'article:save', article: payload({ url: 'javascript:alert(1)' }) }, fromUs)).rejects.toThrow(/article\.url/);
    const broken = payload();
    (broken.analysis.officials[0]!.mentions[0] as any).start = -1;
    await expect(handle({ type: 'article:save', article: broken }, fromUs)).rejects.toThrow(/malformed 'article:save'/);
    await expect(handle({ type: 'article:save', article: payload({ text: 'x'.repeat(1_000_001) }) }, fromUs)).rejects.toThrow(/text/);
    expect(await db.articles.count()).toBe(0);
  });
});
