/**
 * Shared text in the library: links found when an article is saved (and re-saved, deleted),
 * and the v4 → v5 upgrade that fingerprints and links the texts already stored.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { shippedDatabase } from './shippedSchemas.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, saveArticle, type IsnadDatabase } from '../../../src/background/db.ts';
import { createHandler } from '../../../src/background/handlers.ts';
import { deleteSite } from '../../../src/background/library.ts';
import type { ArticlePayload } from '../../../src/messages.ts';
import { crossSourceView } from '../../../src/background/crossSource.ts';
import { analyze } from '../../../src/nlp/analyze.ts';
import { emptyAnalysis } from '../../../src/nlp/types.ts';

const EXTENSION = 'isnad-test-id';
const fromOptions = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/options/options.html` };
let db: IsnadDatabase;
let counter = 0;

const corpus = (file: string) => readFileSync(`tests/corpus/shared/${file}`, 'utf8');
function payload(host: string, file: string, text = corpus(file)): ArticlePayload {
  const url = `https://${host}/news/${file.replace('.txt', '')}`;
  return { url, canonicalUrl: url, title: text.split('\n')[0]!, published: '2025-02-11', siteName: host, lang: 'ar', text, analysis: emptyAnalysis() };
}
const agency = payload('spa.test', 'a1_spa_riyadh.txt');
const copy = payload('okaz.test', 'a2_okaz_riyadh.txt');
const cut = payload('sabq.test', 'a3_sabq_riyadh_cut.txt');
const own = payload('petra.test', 'a4_petra_riyadh_own.txt');

async function links(): Promise<Record<string, string[]>> {
  const articles = new Map((await db.articles.toArray()).map((a) => [a.id, a.url.split('/').pop()!]));
  const rows = await db.fingerprints.toArray();
  return Object.fromEntries(rows.map((r) => [articles.get(r.articleId)!, r.sameText.map((id) => articles.get(id)!).sort()]));
}

afterEach(async () => {
  await db?.delete();
});

describe('shared text in the library', () => {
  it('links the reports of one copy when they are saved, not a report in its own words; a re-save and a delete unlink', async () => {
    db = openDatabase(`isnad-shared-${++counter}`);
    for (const [i, p] of [agency, own, copy, cut].entries()) await saveArticle(db, p, i + 1);
    expect(await links()).toEqual({
      a1_spa_riyadh: ['a2_okaz_riyadh', 'a3_sabq_riyadh_cut'],
      a2_okaz_riyadh: ['a1_spa_riyadh', 'a3_sabq_riyadh_cut'],
      a3_sabq_riyadh_cut: ['a1_spa_riyadh', 'a2_okaz_riyadh'],
      a4_petra_riyadh_own: [],
    });
    // The copy's page now carries other text: its links go.
    await saveArticle(db, { ...copy, text: corpus('f1_kuna_kuwait.txt') }, 9);
    expect((await links()).a1_spa_riyadh).toEqual(['a3_sabq_riyadh_cut']);
    expect((await links()).a2_okaz_riyadh).toEqual([]);
    const handle = createHandler({ db, extensionId: EXTENSION });
    await handle({ type: 'article:delete', url: cut.url }, fromOptions);
    expect(await links()).toEqual({ a1_spa_riyadh: [], a2_okaz_riyadh: [], a4_petra_riyadh_own: [] });
    await saveArticle(db, cut, 10);
    await deleteSite(db, 'spa.test');
    expect((await links()).a3_sabq_riyadh_cut).toEqual([]);
  });

  it('a version 4 database opens as version 5 with every stored text fingerprinted and linked', async () => {
    const name = `isnad-v4-${++counter}`;
    const old = shippedDatabase(name, 4);
    await old.open();
    expect(old.verno).toBe(4);
    await old.table('sources').add({ host: 'spa.test', name: 'واس' });
    const rows = [agency, own, copy, cut, payload('x.test', 'short.txt', 'خبر قصير')].map((p, i) => ({ url: p.url, urls: [p.url], readUrl: p.url, title: p.title, published: p.published, sourceId: 1, lang: 'ar', savedAt: i, entities: [] }));
    const ids = await old.table('articles').bulkAdd(rows, { allKeys: true });
    await old.table('texts').bulkAdd([agency, own, copy, cut].map((p, i) => ({ articleId: ids[i], text: p.text })).concat([{ articleId: ids[4], text: 'خبر قصير' }]));
    old.close();

    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await links()).toEqual({
      a1_spa_riyadh: ['a2_okaz_riyadh', 'a3_sabq_riyadh_cut'],
      a2_okaz_riyadh: ['a1_spa_riyadh', 'a3_sabq_riyadh_cut'],
      a3_sabq_riyadh_cut: ['a1_spa_riyadh', 'a2_okaz_riyadh'],
      a4_petra_riyadh_own: [],
    });
    // And a report saved after the upgrade finds them by the index.
    await saveArticle(db, payload('raya.test', 'a1_copy.txt', agency.text.replace('الرياض - واس', 'الرياض (واس)')), 20);
    expect((await links()).a1_copy).toEqual(['a1_spa_riyadh', 'a2_okaz_riyadh', 'a3_sabq_riyadh_cut']);
  });
});

describe('the popup’s view of shared text', () => {
  it('says which stored reports carry the same copy, counts them once, and orders the meeting’s reports in a timeline', async () => {
    db = openDatabase(`isnad-shared-${++counter}`);
    const analysed = (p: ArticlePayload, published: string): ArticlePayload => ({ ...p, published, analysis: analyze(p.text, { title: p.title, published }) });
    const spa = analysed(agency, '2025-02-11T08:00:00+03:00');
    const petra = analysed(own, '2025-02-11T09:30:00+03:00');
    const okaz = analysed(copy, '2025-02-12');
    for (const [i, p] of [okaz, spa, petra].entries()) await saveArticle(db, p, i + 1);

    // Without the timeline first (the popup's first paint, the content script), then with it.
    expect((await crossSourceView(db, okaz.url))!.meetings[0]!.timeline).toBeUndefined();
    const view = (await crossSourceView(db, okaz.url, { timeline: true }))!;
    expect(view.sameTextAs!.map((r) => r.url)).toEqual([spa.url]);
    expect(view.meetings).toHaveLength(1);
    const meeting = view.meetings[0]!;
    expect(meeting.independentReports).toBe(2);
    expect(meeting.reports.map((r) => [r.url, r.sameTextAs])).toEqual(expect.arrayContaining([[spa.url, [okaz.url]], [petra.url, []]]));
    expect(meeting.timeline!.map((e) => [e.url, e.current, e.sameTextAs])).toEqual([
      [spa.url, false, [okaz.url]],
      [petra.url, false, []],
      [okaz.url, true, [spa.url]],
    ]);
    // The agency's report carried its claims first; the copy, a day later, nothing new.
    expect(meeting.timeline![0]!.firstClaims.length).toBeGreaterThan(0);
    expect(meeting.timeline![2]!.firstClaims).toEqual([]);
    // Each claim names the agency its words came through: the copy's dateline credits SPA.
    expect(view.claims.length).toBeGreaterThan(0);
    for (const c of view.claims) expect(c.agency).toEqual({ id: 'spa', name: 'واس' });
    // The copy does not corroborate its own text: no claim's other versions come from the agency.
    for (const c of view.claims) expect(c.others.map((o) => o.url)).not.toContain(spa.url);
  });
});

describe('credits and shared text leave and come back', () => {
  it('isnad corpus writes agencies, claim agencies and sameTextAs; Isnad JSON and W3C import restore them, and the export gives them again', async () => {
    const { readCorpusFile } = await import('../../../src/cli/corpus.ts');
    const { findSharedText } = await import('../../../src/nlp/sources/sharedText.ts');
    const { makeDocument, parseIsnadDocument } = await import('../../../src/export/document.ts');
    const { toWebAnnotation, fromWebAnnotation } = await import('../../../src/export/webAnnotation.ts');
    const { buildDocument, importDocument } = await import('../../../src/background/exchange.ts');
    const files = ['a1_spa_riyadh.txt', 'a2_okaz_riyadh.txt', 'a4_petra_riyadh_own.txt', 'b1_reuters_moscow.txt'];
    const articles = (await Promise.all(files.map((f) => readCorpusFile(`tests/corpus/shared/${f}`)))).map((a) => a!);
    const shared = findSharedText(articles.map((a) => ({ key: a.canonicalUrl, text: a.text, title: a.title })));
    const doc = makeDocument(articles.map((a) => ({ ...a, ...((shared.get(a.canonicalUrl) ?? []).length ? { sameTextAs: shared.get(a.canonicalUrl) } : {}) })));
    const summary = (d: typeof doc) =>
      Object.fromEntries(d.articles.map((a) => [a.canonicalUrl.split('/').pop(), { agencies: a.agencies ?? [], same: (a.sameTextAs ?? []).map((u) => u.split('/').pop()).sort(), claims: a.claims.map((c) => c.agency ?? null) }]));
    const expected = summary(doc);
    expect(expected['a1_spa_riyadh']!.same).toEqual(['a2_okaz_riyadh']);
    expect(expected['b1_reuters_moscow']!.agencies).toEqual(['reuters']);

    for (const format of ['isnad', 'w3c'] as const) {
      const parsed = format === 'isnad' ? parseIsnadDocument(JSON.parse(JSON.stringify(doc))) : fromWebAnnotation(JSON.parse(JSON.stringify(toWebAnnotation(doc))));
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      expect(summary(parsed.doc)).toEqual(expected);
      db = openDatabase(`isnad-shared-${++counter}`);
      await importDocument(db, parsed.doc, format);
      const built = await buildDocument(db, { kind: 'all' });
      if (!built.ok) throw new Error(built.error);
      expect(summary(built.doc)).toEqual(expected);
      await db.delete();
    }
  });
});
