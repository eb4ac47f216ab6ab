import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { shippedDatabase } from './shippedSchemas.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { createHandler } from '../../../src/background/handlers.ts';
import type { CrossSourceView, LibraryGroupView } from '../../../src/messages.ts';
import { groupMeetings } from '../../../src/nlp/sources/crossSource.ts';
import { buildDocument } from '../../../src/background/exchange.ts';
import { AGREEMENT, elsewhere, laterMeeting, muscatA, muscatB, muscatC, UNDERSTANDING } from './crossSourceFixtures.ts';

const EXTENSION = 'isnad-test-id';
// The popup: an extension page (a content script's sender has its page's url).
const fromUs = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/popup/popup.html` };
let db: IsnadDatabase;
let counter = 0;

function setup() {
  db = openDatabase(`isnad-cross-${++counter}`);
  let clock = 1000;
  return createHandler({ db, extensionId: EXTENSION, now: () => (clock += 1000) });
}

afterEach(async () => {
  await db?.delete();
});

async function saveAll(handle: ReturnType<typeof setup>) {
  for (const article of [muscatA, laterMeeting, muscatB, elsewhere, muscatC]) await handle({ type: 'article:save', article }, fromUs);
}

describe('cross-source queries', () => {
  it('finds the other reports of the meeting and compares the claims, claim by claim', async () => {
    const handle = setup();
    await saveAll(handle);
    const view = (await handle({ type: 'crossSource:get', url: muscatA.url }, fromUs)) as CrossSourceView;
    expect(view.meetings).toHaveLength(1);
    const [meeting] = view.meetings;
    expect(meeting!.place).toBe('مسقط');
    expect(meeting!.date).toBe('2024-03-10');
    expect(meeting!.participants.map((p) => p.name)).toContain('جون ميلر');
    expect(meeting!.reports.map((r) => r.source).sort()).toEqual(['تقرير الثالثة', 'صحيفة الثانية']);

    const [understanding, duration, tone, nextRound] = view.claims;
    expect(understanding!.verdict).toBe('corroborated');
    expect(understanding!.others).toEqual([expect.objectContaining({ source: 'صحيفة الثانية', text: UNDERSTANDING.second, relation: 'corroborated', url: muscatB.url })]);
    expect(duration!.verdict).toBe('divergent');
    expect(duration!.others[0]).toMatchObject({ source: 'تقرير الثالثة', divergence: 'numbers' });
    // The same words, unquoted, by another person there: also said by her.
    expect(tone!.verdict).toBe('also-said-by');
    expect(tone!.others[0]).toMatchObject({ relation: 'also-said-by', divergence: null, speaker: { id: 'spokesman-d', name: 'ليلى حداد' } });
    expect(nextRound!.verdict).toBe('only-here');
    expect(nextRound!.others).toEqual([]);
    // The later round, by the same outlet and about the same people, is another meeting.
    expect(JSON.stringify(view)).not.toContain('second-round');

    // Officials and the agreement: how many outlets name them.
    expect(view.sourceCounts).toEqual({ 'minister-a': 3, 'envoy-b': 3, [AGREEMENT]: 2 });
    await expect(handle({ type: 'entities:sourceCounts', ids: ['president-c', 'nobody', 'spokesman-d'] }, fromUs)).resolves.toEqual({
      'president-c': 1,
      nobody: 0,
      'spokesman-d': 2,
    });
    await expect(handle({ type: 'crossSource:get', url: 'https://nowhere.example/' }, fromUs)).resolves.toBeNull();

    // The outlet's other article still names president-c; spokesman-d is left with one outlet.
    await handle({ type: 'article:delete', url: muscatB.url }, fromUs);
    await expect(handle({ type: 'entities:sourceCounts', ids: ['president-c', 'spokesman-d', 'envoy-b'] }, fromUs)).resolves.toEqual({
      'president-c': 1,
      'spokesman-d': 2,
      'envoy-b': 2,
    });
    await handle({ type: 'article:delete', url: elsewhere.url }, fromUs);
    await expect(handle({ type: 'entities:sourceCounts', ids: ['president-c', 'spokesman-d'] }, fromUs)).resolves.toEqual({ 'president-c': 0, 'spokesman-d': 1 });
  });

  it('groups the library by meeting, each article once', async () => {
    const handle = setup();
    await saveAll(handle);
    const groups = (await handle({ type: 'library:byMeeting' }, fromUs)) as LibraryGroupView[];
    const muscat = groups.find((g) => g.articles.some((a) => a.url === muscatA.url))!;
    expect(muscat.articles.map((a) => a.url).sort()).toEqual([muscatA.url, muscatB.url, muscatC.url].sort());
    expect(muscat.meeting).toMatchObject({ place: 'مسقط', date: '2024-03-10' });
    expect(groups.flatMap((g) => g.articles)).toHaveLength(5);
    expect(groups.map((g) => g.articles.length).sort()).toEqual([1, 1, 3]);
    // Newest meeting first.
    expect(groups[0]!.meeting!.date).toBe('2024-04-19');
  });

  it('a revisit updates the article and keeps its meeting group', async () => {
    const handle = setup();
    await saveAll(handle);
    const before = (await db.meetings.where('articleId').equals((await db.articles.where('url').equals(muscatB.url).first())!.id).first())!.groupId;
    await expect(handle({ type: 'article:save', article: { ...muscatB, title: 'عنوان محدث' } }, fromUs)).resolves.toEqual({ created: false });
    expect(await db.articles.count()).toBe(5);
    expect(await db.meetings.count()).toBe(5);
    const row = (await db.articles.where('url').equals(muscatB.url).first())!;
    expect(row.title).toBe('عنوان محدث');
    expect((await db.meetings.where('articleId').equals(row.id).first())!.groupId).toBe(before);
    const groups = new Set((await db.meetings.toArray()).map((m) => m.groupId));
    expect(groups.size).toBe(3);
  });

  it('an article that bridges two stored groups merges them', async () => {
    const handle = setup();
    // Two reports that share only one participant and have no date of their own: not one meeting until a third links them.
    const left = { ...muscatA, analysis: { ...muscatA.analysis, meetings: [{ id: 'm1', kind: 'talks' as const, participants: ['envoy-b', 'minister-a'], place: null, date: null }] } };
    const right = { ...muscatC, analysis: { ...muscatC.analysis, meetings: [{ id: 'm1', kind: 'talks' as const, participants: ['president-c', 'minister-a'], place: null, date: null }] } };
    await handle({ type: 'article:save', article: left }, fromUs);
    await handle({ type: 'article:save', article: right }, fromUs);
    expect(new Set((await db.meetings.toArray()).map((m) => m.groupId)).size).toBe(2);
    await handle({ type: 'article:save', article: muscatB }, fromUs);
    expect(new Set((await db.meetings.toArray()).map((m) => m.groupId)).size).toBe(1);
  });
});

describe('meeting groups in the library and in the CLI', () => {
  it('the library names each group as groupMeetings (the CLI) names it over the same reports', async () => {
    const handle = setup();
    await saveAll(handle);
    const stored = new Set((await db.meetings.toArray()).map((m) => m.groupId));
    const cli = groupMeetings(
      [muscatA, laterMeeting, muscatB, elsewhere, muscatC].map((a) => ({ article: a.url, published: a.published, meetings: a.analysis.meetings })),
    );
    expect([...stored].sort()).toEqual(cli.map((g) => g.id).sort());
  });

  it('a report saved later that widens a group renames it and keeps every claim', async () => {
    const handle = setup();
    const left = { ...muscatA, analysis: { ...muscatA.analysis, meetings: [{ id: 'm1', kind: 'talks' as const, participants: ['envoy-b', 'minister-a'], place: null, date: null }] } };
    await handle({ type: 'article:save', article: left }, fromUs);
    await handle({ type: 'article:save', article: muscatB }, fromUs);
    const claimsBefore = await db.claims.count();
    const before = new Set((await db.meetings.toArray()).map((m) => m.groupId));
    expect(before.size).toBe(1);
    await handle({ type: 'article:save', article: muscatC }, fromUs);
    const after = new Set((await db.meetings.toArray()).map((m) => m.groupId));
    expect(after.size).toBe(1);
    expect(await db.claims.count()).toBe(claimsBefore + muscatC.analysis.claims.length);
    const view = (await handle({ type: 'crossSource:get', url: muscatA.url }, fromUs)) as CrossSourceView;
    expect(view.meetings[0]!.reports.map((r) => r.url).sort()).toEqual([muscatB.url, muscatC.url].sort());
    expect(view.meetings[0]!.id).toBe([...after][0]);
  });

  it('a meeting only mentioned is stored, exported, and never grouped', async () => {
    const handle = setup();
    const recalled = { id: 'earlier', kind: 'meeting' as const, participants: ['envoy-b', 'minister-a'], place: 'Muscat', date: '2024-03-10', mentioned: true as const };
    const withRecall = { ...elsewhere, analysis: { ...elsewhere.analysis, meetings: [...elsewhere.analysis.meetings, recalled] } };
    await saveAll(handle);
    await handle({ type: 'article:save', article: withRecall }, fromUs);
    const row = (await db.meetings.toArray()).find((m) => m.key === 'earlier')!;
    expect(row).toMatchObject({ mentioned: true, groupId: null, participantDays: [] });
    const built = await buildDocument(db, { kind: 'all' });
    if (!built.ok) throw new Error(built.error);
    const exported = built.doc.articles.find((a) => a.url === elsewhere.url)!;
    expect(exported.meetings.find((m) => m.id === 'earlier')).toMatchObject({ mentioned: true });
    expect(built.doc.meetings.some((g) => g.members.some((m) => m.meeting === 'earlier'))).toBe(false);
    const view = (await handle({ type: 'crossSource:get', url: muscatA.url }, fromUs)) as CrossSourceView;
    expect(view.meetings[0]!.reports.map((r) => r.url)).not.toContain(elsewhere.url);
  });
});

describe('database versions', () => {
  it('a version 1 database opens as the current version (5) with all its data, regrouped', async () => {
    const name = `isnad-v1-${++counter}`;
    const v1 = shippedDatabase(name, 1);
    let savedAt = 0;
    for (const payload of [muscatA, muscatB, muscatC, laterMeeting]) {
      const host = new URL(payload.url).hostname;
      const source = (await v1.table('sources').where('host').equals(host).first()) as { id: number } | undefined;
      const sourceId = source?.id ?? ((await v1.table('sources').add({ host, name: payload.siteName })) as number);
      const { analysis } = payload;
      const entities = analysis.officials.map((o) => ({ id: o.id, kind: 'official', name: o.name, role: o.role, country: o.country }));
      const articleId = (await v1.table('articles').add({ url: payload.url, urls: [payload.url], title: payload.title, published: payload.published, sourceId, lang: 'ar', text: payload.text, savedAt: ++savedAt, entities })) as number;
      await v1.table('entities').bulkPut(analysis.officials.map((o) => ({ id: o.id, kind: 'official', name: o.name, nameEn: o.nameEn, role: o.role, country: o.country, roleAsOf: null })));
      await v1.table('mentions').bulkAdd(analysis.officials.flatMap((o) => o.mentions.map((m) => ({ articleId, entityId: o.id, ...m }))));
      await v1.table('claims').bulkAdd(analysis.claims.map((c) => ({ ...c, articleId })));
      await v1.table('meetings').bulkAdd(analysis.meetings.map((m) => ({ articleId, key: m.id, groupId: null, kind: m.kind, participants: m.participants, place: m.place, date: m.date })));
    }
    const counts = { articles: 4, mentions: 10, claims: 9, meetings: 4, sources: 3, entities: 4 };
    v1.close();

    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    for (const [table, n] of Object.entries(counts)) expect(await db.table(table).count(), table).toBe(n);
    const mentions = await db.mentions.toArray();
    expect(mentions.every((m) => m.sourceId > 0)).toBe(true);
    expect(await db.mentions.where('[entityId+sourceId]').between(['minister-a', Dexie.minKey], ['minister-a', Dexie.maxKey]).count()).toBe(4);
    await expect(createHandler({ db, extensionId: EXTENSION })({ type: 'entities:sourceCounts', ids: ['minister-a', 'president-c'] }, fromUs)).resolves.toEqual({
      'minister-a': 3,
      'president-c': 1,
    });
    const meetings = await db.meetings.toArray();
    expect(meetings.every((m) => m.groupId && m.participantDays.length > 0)).toBe(true);
    expect(new Set(meetings.map((m) => m.groupId)).size).toBe(2);

    const handle = createHandler({ db, extensionId: EXTENSION });
    const view = (await handle({ type: 'crossSource:get', url: muscatA.url }, fromUs)) as CrossSourceView;
    expect(view.meetings[0]!.reports).toHaveLength(2);
    expect(view.claims[0]!.verdict).toBe('corroborated');
  });
});
