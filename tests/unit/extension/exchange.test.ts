import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { buildDocument } from '../../../src/background/exchange.ts';
import { createHandler } from '../../../src/background/handlers.ts';
import { parseIsnadDocument, sameJson, toWebAnnotation, type IsnadArticle, type IsnadDocument } from '../../../src/export/index.ts';
import type { ArticlePayload, ExportStatus, ImportResult } from '../../../src/messages.ts';
import { article, clone } from '../export/helpers.ts';

const EXTENSION = 'isnad-test-id';
const fromPopup = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/popup/popup.html` };
let db: IsnadDatabase;
let counter = 0;

function setup() {
  db = openDatabase(`isnad-exchange-${++counter}`);
  let clock = 1_700_000_000_000;
  return createHandler({ db, extensionId: EXTENSION, now: () => (clock += 1000), exportChunk: 1 });
}
type Handle = ReturnType<typeof setup>;

afterEach(async () => {
  await db?.delete();
});

function payload(a: IsnadArticle): ArticlePayload {
  const { officials, agreements, claims, meetings } = a;
  return { url: a.url, canonicalUrl: a.canonicalUrl, title: a.title, published: a.published, siteName: a.source.name, lang: a.lang, text: a.text, analysis: { officials, agreements, claims, meetings } };
}

/** A third report, of another meeting, from another outlet (wire-style text written for this test). */
function third(): IsnadArticle {
  const a = article('amman', {});
  return { ...a, url: 'https://daily-gulf.example/world/1?ref=home', canonicalUrl: 'https://daily-gulf.example/world/1', urls: ['https://daily-gulf.example/world/1'], source: { host: 'daily-gulf.example', name: 'الخليج اليومي' } };
}

async function saveSamples(handle: Handle) {
  for (const a of [article('cairo'), article('amman'), third()]) await handle({ type: 'article:save', article: payload(a) }, fromPopup);
}

/** Runs an export through the messages, as the popup does: start, poll, fetch the parts. */
async function exportVia(handle: Handle, selection: unknown = { kind: 'all' }, format = 'isnad'): Promise<{ text: string; progress: number[] }> {
  const { job } = (await handle({ type: 'export:start', selection, format }, fromPopup)) as { job: string };
  const progress: number[] = [];
  for (;;) {
    const status = (await handle({ type: 'export:status', job }, fromPopup)) as ExportStatus;
    if (status.state === 'failed') throw new Error(status.error);
    if (status.state === 'ready') {
      let text = '';
      for (let i = 0; i < status.parts; i++) text += ((await handle({ type: 'export:part', job, index: i }, fromPopup)) as { data: string }).data;
      expect(text.length).toBe(status.chars);
      return { text, progress };
    }
    progress.push(status.done);
    await new Promise((r) => setTimeout(r, 0));
  }
}

const withoutTime = (doc: IsnadDocument) => ({ ...doc, exportedAt: '' });

async function counts() {
  return Object.fromEntries(await Promise.all(['articles', 'sources', 'mentions', 'claims', 'meetings', 'entitySources'].map(async (t) => [t, await db.table(t).count()])));
}

describe('export from the library', () => {
  it('builds a valid Isnad document with every article, its spans, claims and meetings', async () => {
    const handle = setup();
    await saveSamples(handle);
    const { text, progress } = await exportVia(handle);
    const parsed = parseIsnadDocument(JSON.parse(text));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const doc = (parsed as { doc: IsnadDocument }).doc;
    expect(doc.articles).toHaveLength(3);
    const cairo = article('cairo');
    const stored = doc.articles.find((a) => a.canonicalUrl === cairo.canonicalUrl)!;
    expect(stored.officials).toEqual(cairo.officials);
    expect(stored.claims).toEqual(cairo.claims);
    expect(stored.meetings).toEqual(cairo.meetings);
    expect(doc.articles.find((a) => a.source.host === 'daily-gulf.example')!.url).toBe('https://daily-gulf.example/world/1?ref=home');
    // The reports of one meeting by two outlets are grouped.
    expect(doc.meetings.some((m) => m.articles.length >= 2)).toBe(true);
    // Built one article at a time (chunk 1 in this test): progress went up step by step.
    expect(progress.every((n, i) => i === 0 || n >= progress[i - 1]!)).toBe(true);
  });

  it('reports progress chunk by chunk and yields in between', async () => {
    setup();
    await saveSamples(createHandler({ db, extensionId: EXTENSION }));
    const seen: [number, number][] = [];
    const built = await buildDocument(db, { kind: 'all' }, { chunk: 2, onProgress: (done, total) => seen.push([done, total]) });
    expect(built.ok).toBe(true);
    expect(seen).toEqual([
      [0, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('exports one article or one meeting, and says so when there is none', async () => {
    const handle = setup();
    await saveSamples(handle);
    const one = JSON.parse((await exportVia(handle, { kind: 'article', url: 'https://daily-gulf.example/world/1#top' })).text) as IsnadDocument;
    expect(one.articles.map((a) => a.source.host)).toEqual(['daily-gulf.example']);
    const groupId = (await db.meetings.toArray()).find((m) => m.groupId)!.groupId!;
    const meeting = JSON.parse((await exportVia(handle, { kind: 'meeting', id: groupId })).text) as IsnadDocument;
    const members = new Set((await db.meetings.where('groupId').equals(groupId).toArray()).map((m) => m.articleId));
    expect(meeting.articles).toHaveLength(members.size);
    await expect(exportVia(handle, { kind: 'meeting', id: 'no-such-meeting' })).rejects.toThrow(/no meeting 'no-such-meeting'/);
    await expect(exportVia(handle, { kind: 'article', url: 'https://nowhere.example/x' })).rejects.toThrow(/no article at/);
  });

  it('writes CSV with a byte-order mark and W3C JSON-LD', async () => {
    const handle = setup();
    await saveSamples(handle);
    const csv = (await exportVia(handle, { kind: 'all' }, 'csv')).text;
    expect(csv.startsWith('\uFEFFkind,article_url')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(5);
    const w3c = JSON.parse((await exportVia(handle, { kind: 'all' }, 'w3c')).text);
    expect(w3c.type).toBe('AnnotationCollection');
    expect(w3c.first.items.length).toBe(w3c.total);
  });
});

describe('import into the library', () => {
  it('round trip: export → wipe → import → export gives the same data', async () => {
    const handle = setup();
    await saveSamples(handle);
    const first = JSON.parse((await exportVia(handle)).text) as IsnadDocument;
    const before = await counts();
    await expect(handle({ type: 'library:delete-all' }, fromPopup)).resolves.toEqual({ deleted: 3 });
    expect((await counts()).articles).toBe(0);
    const result = (await handle({ type: 'import:run', fileName: 'library.isnad.json', text: JSON.stringify(first) }, fromPopup)) as ImportResult;
    expect(result).toEqual({ ok: true, format: 'isnad', added: 3, updated: 0, unchanged: 0, skipped: 0 });
    const second = JSON.parse((await exportVia(handle)).text) as IsnadDocument;
    expect(sameJson(withoutTime(second), withoutTime(first))).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('reads Isnad’s W3C export back, the same data again', async () => {
    const handle = setup();
    await saveSamples(handle);
    const first = JSON.parse((await exportVia(handle)).text) as IsnadDocument;
    const w3c = (await exportVia(handle, { kind: 'all' }, 'w3c')).text;
    await handle({ type: 'library:delete-all' }, fromPopup);
    await expect(handle({ type: 'import:run', fileName: 'library.jsonld', text: w3c }, fromPopup)).resolves.toMatchObject({ ok: true, format: 'w3c', added: 3 });
    const second = JSON.parse((await exportVia(handle)).text) as IsnadDocument;
    expect(sameJson(withoutTime(second), withoutTime(first))).toBe(true);
  });

  it('importing twice duplicates nothing; a newer copy replaces, an older one is kept out', async () => {
    const handle = setup();
    await saveSamples(handle);
    const doc = JSON.parse((await exportVia(handle)).text) as IsnadDocument;
    const before = await counts();
    const groupsBefore = (await db.meetings.toArray()).map((m) => m.groupId).sort();
    await expect(handle({ type: 'import:run', fileName: 'a.json', text: JSON.stringify(doc) }, fromPopup)).resolves.toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 3 });
    await expect(handle({ type: 'import:run', fileName: 'a.json', text: JSON.stringify(doc) }, fromPopup)).resolves.toMatchObject({ unchanged: 3 });
    expect(await counts()).toEqual(before);
    expect((await db.meetings.toArray()).map((m) => m.groupId).sort()).toEqual(groupsBefore);

    const newer = clone(doc);
    newer.articles[0]!.title = 'عنوان أحدث';
    newer.articles[0]!.savedAt = '2030-01-01T00:00:00.000Z';
    newer.articles[1]!.title = 'عنوان أقدم';
    newer.articles[1]!.savedAt = '2001-01-01T00:00:00.000Z';
    await expect(handle({ type: 'import:run', fileName: 'b.json', text: JSON.stringify(newer) }, fromPopup)).resolves.toMatchObject({ updated: 1, skipped: 1, unchanged: 1 });
    const titles = (await db.articles.toArray()).map((a) => a.title);
    expect(titles).toContain('عنوان أحدث');
    expect(titles).not.toContain('عنوان أقدم');
    expect(await counts()).toEqual(before);
  });

  it('a new article joins the stored meeting group (meetings regrouped)', async () => {
    const handle = setup();
    await handle({ type: 'article:save', article: payload(article('cairo')) }, fromPopup);
    const doc = { format: 'isnad', version: 1, exportedAt: '2024-01-01T00:00:00.000Z', articles: [article('amman')], meetings: [] };
    await expect(handle({ type: 'import:run', fileName: 'x.json', text: JSON.stringify(doc) }, fromPopup)).resolves.toMatchObject({ ok: true, added: 1 });
    const byArticle = new Map<number, Set<string | null>>();
    for (const m of await db.meetings.toArray()) byArticle.set(m.articleId, (byArticle.get(m.articleId) ?? new Set()).add(m.groupId));
    const [a, b] = [...byArticle.values()];
    expect([...a!].some((g) => b!.has(g))).toBe(true);
  });

  it('refuses a file it cannot read, with the reason, and changes nothing', async () => {
    const handle = setup();
    await saveSamples(handle);
    const before = await counts();
    const doc = JSON.parse((await exportVia(handle)).text) as IsnadDocument;
    const refuse = async (text: string, reason: RegExp) => {
      const result = (await handle({ type: 'import:run', fileName: 'f.json', text }, fromPopup)) as ImportResult;
      expect(result.ok).toBe(false);
      expect((result as { errors: string[] }).errors.join('\n')).toMatch(reason);
    };
    await refuse('not json at all', /not JSON/);
    await refuse(JSON.stringify({ ...doc, version: 99 }), /newer Isnad/);
    await refuse(JSON.stringify({ ...doc, format: 'other' }), /not an Isnad document/);
    const bad = clone(doc);
    bad.articles[2]!.officials[0]!.mentions[0]!.end = 10_000_000;
    bad.articles[0]!.title = 'سيتغير';
    await refuse(JSON.stringify(bad), /articles\.2\.officials\.0\.mentions\.0/);
    const w3c = toWebAnnotation(doc) as unknown as { first: { items: { target: { source: string } }[] } };
    w3c.first.items[0]!.target.source = 'https://elsewhere.example/';
    await refuse(JSON.stringify(w3c), /no article https:\/\/elsewhere\.example/);
    expect(await counts()).toEqual(before);
    expect((await db.articles.toArray()).map((a) => a.title)).not.toContain('سيتغير');
  });

  it('a storage failure midway (a full disk) is reported clearly and leaves the library as it was', async () => {
    const handle = setup();
    await saveSamples(handle);
    const doc = JSON.parse((await exportVia(handle)).text) as IsnadDocument;
    await handle({ type: 'library:delete-all' }, fromPopup);
    await handle({ type: 'article:save', article: payload(article('cairo')) }, fromPopup);
    const before = await counts();
    // The third article's claims cannot be written: the browser's quota is used up.
    let calls = 0;
    const original = db.claims.bulkAdd.bind(db.claims);
    (db.claims as { bulkAdd: unknown }).bulkAdd = (...args: Parameters<typeof original>) => {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original(...args);
    };
    await expect(handle({ type: 'import:run', fileName: 'big.json', text: JSON.stringify(doc) }, fromPopup)).rejects.toThrow(/the import failed: the browser's storage for Isnad is full.*Nothing was changed/);
    expect(calls).toBe(2);
    expect(await counts()).toEqual(before);

    // The same on a plain save from a page: the error says what to do.
    (db.claims as { bulkAdd: unknown }).bulkAdd = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    await expect(handle({ type: 'article:save', article: payload(third()) }, fromPopup)).rejects.toMatchObject({ name: 'StorageError', message: expect.stringMatching(/saving the article failed: the browser's storage for Isnad is full/) });
    expect(await counts()).toEqual(before);
  });
});
