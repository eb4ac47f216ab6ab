import 'fake-indexeddb/auto';
import { shippedDatabase } from './shippedSchemas.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { buildDocument } from '../../../src/background/exchange.ts';
import { createHandler } from '../../../src/background/handlers.ts';
import { elsewhere, muscatA, muscatB, muscatC } from './crossSourceFixtures.ts';

const EXTENSION = 'isnad-test-id';
const fromOptions = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/options/options.html` };
const fromPage = { id: EXTENSION, url: 'https://wire-one.example/news/muscat-talks' };
let db: IsnadDatabase;
let counter = 0;

function setup() {
  db = openDatabase(`isnad-library-${++counter}`);
  return createHandler({ db, extensionId: EXTENSION, now: () => 1000 });
}

afterEach(async () => {
  await db?.delete();
});

describe('the options page’s messages', () => {
  it('pauses and resumes a site; a paused site covers its subdomains', async () => {
    const handle = setup();
    await expect(handle({ type: 'site:status', host: 'www.news.example' }, fromPage)).resolves.toEqual({ paused: false });
    await expect(handle({ type: 'site:pause', host: 'News.Example' }, fromOptions)).resolves.toEqual({ paused: true });
    await handle({ type: 'site:pause', host: 'other.example' }, fromOptions);
    await expect(handle({ type: 'sites:paused:list' }, fromOptions)).resolves.toEqual(['news.example', 'other.example']);
    await expect(handle({ type: 'site:status', host: 'www.news.example' }, fromPage)).resolves.toEqual({ paused: true });
    await expect(handle({ type: 'site:status', host: 'news.example' }, fromPage)).resolves.toEqual({ paused: true });
    await expect(handle({ type: 'site:status', host: 'badnews.example' }, fromPage)).resolves.toEqual({ paused: false });
    await expect(handle({ type: 'site:resume', host: 'news.example' }, fromOptions)).resolves.toEqual({ paused: false });
    await expect(handle({ type: 'sites:paused:list' }, fromOptions)).resolves.toEqual(['other.example']);
    await expect(handle({ type: 'site:pause', host: 'https://evil.example/' }, fromOptions)).rejects.toThrow(/host name/);
  });

  it('a page (content script) may ask whether it is paused, but not change the library or read all of it', async () => {
    const handle = setup();
    for (const message of [
      { type: 'site:pause', host: 'news.example' },
      { type: 'library:delete-all' },
      { type: 'article:delete', url: muscatA.url },
      { type: 'articles:list' },
      { type: 'import:run', fileName: 'x', text: '{}' },
      { type: 'export:start', selection: { kind: 'all' }, format: 'isnad' },
    ])
      await expect(handle(message, fromPage), message.type).rejects.toThrow(/only Isnad's own pages may send it/);
    // A look-alike scheme or host is no extension page.
    await expect(handle({ type: 'articles:list' }, { id: EXTENSION, url: `chrome-extension://someone-else/x.html` })).rejects.toThrow(/own pages/);
    await expect(handle({ type: 'articles:list' }, { id: EXTENSION, url: 'foo://x' })).rejects.toThrow(/own pages/);
    await expect(handle({ type: 'article:save', article: muscatA }, fromPage)).resolves.toEqual({ created: true });
  });

  it('lists sites, deletes one article, one site, or everything', async () => {
    const handle = setup();
    for (const article of [muscatA, muscatB, muscatC, elsewhere]) await handle({ type: 'article:save', article }, fromPage);
    await handle({ type: 'site:pause', host: 'paused.example' }, fromOptions);
    await expect(handle({ type: 'sites:list' }, fromOptions)).resolves.toEqual([
      { host: 'daily-two.example', name: 'صحيفة الثانية', articles: 2 },
      { host: 'report-three.example', name: 'تقرير الثالثة', articles: 1 },
      { host: 'wire-one.example', name: 'وكالة الأولى', articles: 1 },
    ]);
    await expect(handle({ type: 'site:delete', host: 'daily-two.example' }, fromOptions)).resolves.toEqual({ deleted: 2 });
    expect(await db.articles.count()).toBe(2);
    const left = new Set((await db.articles.toArray()).map((a) => a.id));
    for (const table of ['mentions', 'claims', 'meetings'] as const) expect((await db[table].toArray()).every((r) => left.has(r.articleId)), table).toBe(true);
    await expect(handle({ type: 'entities:sourceCounts', ids: ['president-c', 'envoy-b'] }, fromPage)).resolves.toEqual({ 'president-c': 0, 'envoy-b': 2 });
    await expect(handle({ type: 'site:delete', host: 'daily-two.example' }, fromOptions)).resolves.toEqual({ deleted: 0 });
    await expect(handle({ type: 'article:delete', url: muscatA.url }, fromOptions)).resolves.toEqual({ deleted: true });
    await expect(handle({ type: 'library:delete-all' }, fromOptions)).resolves.toEqual({ deleted: 1 });
    for (const table of ['articles', 'texts', 'sources', 'entities', 'mentions', 'claims', 'meetings', 'entitySources']) expect(await db.table(table).count(), table).toBe(0);
    // The reader's settings are not the library.
    await expect(handle({ type: 'sites:paused:list' }, fromOptions)).resolves.toEqual(['paused.example']);
  });
});

describe('database version 3', () => {
  it('a version 2 database opens as the current version with its data, and no site paused', async () => {
    const name = `isnad-v2-${++counter}`;
    const old = shippedDatabase(name, 2);
    await old.open();
    expect(old.verno).toBe(2);
    await old.table('sources').add({ host: 'wire-one.example', name: 'وكالة الأولى' });
    await old.table('articles').add({ url: muscatA.url, urls: [muscatA.url], title: muscatA.title, published: muscatA.published, sourceId: 1, lang: 'ar', text: muscatA.text, savedAt: 5, entities: [] });
    await old.table('claims').add({ articleId: 1, speaker: null, reportedBy: null, verb: 'وقال', text: 'نص', quote: null, start: 0, end: 2 });
    old.close();

    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.articles.count()).toBe(1);
    expect(await db.claims.count()).toBe(1);
    expect(await db.pausedSites.count()).toBe(0);
    const handle = createHandler({ db, extensionId: EXTENSION });
    await expect(handle({ type: 'article:get', url: muscatA.url }, fromOptions)).resolves.toMatchObject({ title: muscatA.title });
  });
});

describe('database version 4', () => {
  it('a version 3 database opens as version 4: texts move to their own table, and export, delete and list still see them', async () => {
    const name = `isnad-v3-${++counter}`;
    const old = shippedDatabase(name, 3);
    await old.open();
    expect(old.verno).toBe(3);
    await old.table('sources').add({ host: 'wire-one.example', name: 'وكالة الأولى' });
    const row = (payload: typeof muscatA, savedAt: number) => ({ url: payload.url, urls: [payload.url], readUrl: payload.url, title: payload.title, published: payload.published, sourceId: 1, lang: 'ar', text: payload.text, savedAt, entities: [] });
    await old.table('articles').bulkAdd([row(muscatA, 5), row(muscatB, 6)]);
    await old.table('pausedSites').add({ host: 'paused.example', since: 1 });
    old.close();

    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const rows = await db.articles.toArray();
    expect(rows).toHaveLength(2);
    for (const r of rows) expect('text' in r).toBe(false);
    const texts = await db.texts.toArray();
    expect(new Map(texts.map((t) => [t.articleId, t.text]))).toEqual(new Map([[rows[0]!.id, muscatA.text], [rows[1]!.id, muscatB.text]]));

    const handle = createHandler({ db, extensionId: EXTENSION });
    await expect(handle({ type: 'sites:paused:list' }, fromOptions)).resolves.toEqual(['paused.example']);
    const list = (await handle({ type: 'articles:list' }, fromOptions)) as { url: string }[];
    expect(list.map((a) => a.url)).toEqual([muscatB.url, muscatA.url]);

    // The export reads the moved texts.
    const built = await buildDocument(db, { kind: 'all' });
    if (!built.ok) throw new Error(built.error);
    expect(built.doc.articles.map((a) => a.text)).toEqual([muscatA.text, muscatB.text]);

    // Deleting an article takes its text too; saving a new one writes one.
    await expect(handle({ type: 'article:delete', url: muscatA.url }, fromOptions)).resolves.toEqual({ deleted: true });
    expect(await db.texts.count()).toBe(1);
    await handle({ type: 'article:save', article: muscatC }, fromOptions);
    const saved = await db.articles.where('url').equals(muscatC.url).first();
    expect(saved && 'text' in saved).toBe(false);
    expect((await db.texts.get(saved!.id))?.text).toBe(muscatC.text);
  });
});
