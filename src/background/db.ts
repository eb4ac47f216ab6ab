/**
 * The library: every article the reader opened, what was found in it, and the entities across
 * articles. Dexie over IndexedDB in the extension's origin (a content script would get the
 * page's origin), opened by the background only.
 *
 * Shaped for comparison across sources: mentions are indexed by entity and by (entity, source)
 * so that "how many outlets name X" reads keys only; meetings by group, participant and
 * (participant, day) so that the reports of one meeting are found without scanning the library.
 * Schema changes go in a new `db.version(n)` with an upgrade function; existing versions are
 * never edited.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { articleKey, type ArticlePayload } from '../messages.ts';
import type { MeetingKind } from '../nlp/types.ts';
import { assignGroups, meetingDay, participantDays, type StoredReport } from './meetingGroups.ts';
import { officialCountries } from '../nlp/sources/crossSource.ts';
import { fingerprintAll, linkSharedText } from './textLinks.ts';

export interface SourceRow {
  id: number;
  /** Host name of the outlet, e.g. "www.aljazeera.net": unique. */
  host: string;
  name: string;
}

/** How one article names and titles an entity (roles change: the article's date decides). */
export interface ArticleEntity {
  id: string;
  kind: 'official' | 'agreement';
  name: string;
  role: string;
  country: string;
  /** The English name as this article's analysis gave it (v3 saves it; older rows fall back to the entities table). */
  nameEn?: string;
  /** Role and country in Arabic, the years of the office; an agreement's meeting. Absent on older rows. */
  roleAr?: string;
  countryAr?: string;
  roleYears?: string;
  meeting?: string;
}

export interface ArticleRow {
  id: number;
  /** Canonical address: unique, so a reload or a revisit replaces the row. */
  url: string;
  /** Every address the article was read at, canonical included. */
  urls: string[];
  /** The address it was last read at (saved since v3; not indexed). */
  readUrl?: string;
  title: string;
  published: string | null;
  sourceId: number;
  lang: string;
  /** Milliseconds since the epoch of the last save. */
  savedAt: number;
  entities: ArticleEntity[];
  /** The news agencies the story credits (ids; saved since v5, not indexed). */
  agencies?: string[];
}

export interface EntityRow {
  /** The NLP's entity id (slug of the English name, or `ar:` + normalised Arabic name). */
  id: string;
  kind: 'official' | 'agreement';
  name: string;
  nameEn: string;
  /** Latest known role and country, from the most recent article that gave them. */
  role: string;
  country: string;
  /** Publication date of the article the role comes from. */
  roleAsOf: string | null;
}

export interface MentionRow {
  id: number;
  articleId: number;
  /** The article's source (v2): distinct outlets naming an entity are read from the index alone. */
  sourceId: number;
  entityId: string;
  start: number;
  end: number;
  text: string;
}

export interface ClaimRow {
  id: number;
  articleId: number;
  speaker: string | null;
  speakers?: string[];
  institution?: string;
  reportedBy: string | null;
  verb: string;
  text: string;
  quote: string | null;
  start: number;
  end: number;
  /** The agency the words came through (v5). */
  agency?: string;
}

export interface MeetingRow {
  id: number;
  articleId: number;
  /** The meeting's id within its article analysis. */
  key: string;
  /** The meeting across articles (same event reported by several sources); set when the article is saved (v2). */
  groupId: string | null;
  kind: MeetingKind;
  participants: string[];
  place: string | null;
  date: string | null;
  /** The article's publication day (v2): the day an undated meeting is looked up by. */
  published: string | null;
  /** `participant|YYYY-MM-DD` for each participant on the meeting's day (v2): finds reports of one meeting by index. */
  participantDays: string[];
  /** Only mentioned by the article (recalled or planned): stored for export, never grouped nor indexed. */
  mentioned?: true;
}

/** That a source (site) has at least one stored article mentioning an entity (v2): "named by n outlets" is a count. */
export interface EntitySourceRow {
  entityId: string;
  sourceId: number;
}

/**
 * An article's text (v4), apart from its row: the library list reads every article row, and
 * with the texts inside, thousands of rows meant megabytes read for titles and counts.
 */
export interface TextRow {
  articleId: number;
  text: string;
}

/**
 * An article text's fingerprint (v5): its MinHash signature and LSH band keys (indexed, the
 * inverted index that finds texts of the same copy), and the stored articles it shares its text
 * with (`src/background/textLinks.ts`).
 */
export interface FingerprintRow {
  articleId: number;
  size: number;
  minhash: number[];
  bands: number[];
  /** Ids of the stored articles of the same copy. */
  sameText: number[];
}

/** A site on which the reader paused Isnad (v3). */
export interface PausedSiteRow {
  host: string;
  /** Milliseconds since the epoch when it was paused. */
  since: number;
}

export type IsnadDatabase = Dexie & {
  sources: EntityTable<SourceRow, 'id'>;
  articles: EntityTable<ArticleRow, 'id'>;
  entities: EntityTable<EntityRow, 'id'>;
  mentions: EntityTable<MentionRow, 'id'>;
  claims: EntityTable<ClaimRow, 'id'>;
  meetings: EntityTable<MeetingRow, 'id'>;
  entitySources: Dexie.Table<EntitySourceRow, [string, number]>;
  pausedSites: EntityTable<PausedSiteRow, 'host'>;
  texts: EntityTable<TextRow, 'articleId'>;
  fingerprints: EntityTable<FingerprintRow, 'articleId'>;
};

/** The tables that hold the library (everything but the reader's settings). */
export function libraryTables(db: IsnadDatabase) {
  return [db.sources, db.articles, db.texts, db.entities, db.mentions, db.claims, db.meetings, db.entitySources, db.fingerprints];
}

export const DATABASE_NAME = 'isnad';

export function openDatabase(name: string = DATABASE_NAME): IsnadDatabase {
  const db = new Dexie(name) as IsnadDatabase;
  db.version(1).stores({
    sources: '++id, &host',
    articles: '++id, &url, *urls, sourceId, published, savedAt',
    entities: 'id, kind, nameEn',
    mentions: '++id, articleId, entityId, [entityId+articleId]',
    claims: '++id, articleId, speaker, reportedBy',
    meetings: '++id, articleId, groupId, *participants, date',
  });
  db.version(2)
    .stores({
      mentions: '++id, articleId, entityId, [entityId+articleId], [entityId+sourceId]',
      meetings: '++id, articleId, groupId, *participants, date, *participantDays',
      entitySources: '[entityId+sourceId], entityId',
    })
    .upgrade(upgradeToVersion2);
  // v3 adds the sites the reader paused Isnad on: a new table, so the v2 data stays as it is.
  db.version(3).stores({ pausedSites: 'host' });
  // v4 moves the article texts out of the article rows, which the library list reads in full.
  db.version(4).stores({ texts: 'articleId' }).upgrade(upgradeToVersion4);
  // v5 adds each text's fingerprint, indexed by its band keys, and the articles of the same copy.
  db.version(5).stores({ fingerprints: 'articleId, *bands' }).upgrade(upgradeToVersion5);
  return db;
}

/** v4 → v5: every stored text is fingerprinted and linked to the others of the same copy. */
async function upgradeToVersion5(tx: Transaction): Promise<void> {
  const titles = new Map<number, string>();
  await tx.table('articles').each((a: ArticleRow) => titles.set(a.id, a.title));
  const texts: TextRow[] = await tx.table('texts').toArray();
  await tx.table('fingerprints').bulkPut(fingerprintAll(texts.map((t) => ({ articleId: t.articleId, text: t.text, title: titles.get(t.articleId) }))));
}

/** v3 → v4: each article's text goes to the texts table, and leaves its row. */
async function upgradeToVersion4(tx: Transaction): Promise<void> {
  const texts: TextRow[] = [];
  await tx.table('articles').toCollection().modify((a: ArticleRow & { text?: string }) => {
    texts.push({ articleId: a.id, text: a.text ?? '' });
    delete a.text;
  });
  await tx.table('texts').bulkPut(texts);
}

/**
 * v1 → v2: mentions learn their article's source; meetings learn their day keys and the
 * group of reports they belong to, found as saving does, article by article in save order.
 */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const articles = new Map<number, { sourceId: number; published: string | null }>();
  await tx.table('articles').each((a: ArticleRow) => articles.set(a.id, { sourceId: a.sourceId, published: day(a.published) }));

  const pairs = new Map<string, EntitySourceRow>();
  await tx.table('mentions').toCollection().modify((m: MentionRow) => {
    m.sourceId = articles.get(m.articleId)?.sourceId ?? 0;
    pairs.set(`${m.entityId}\u0000${m.sourceId}`, { entityId: m.entityId, sourceId: m.sourceId });
  });
  await tx.table('entitySources').bulkPut([...pairs.values()]);

  const meetings: MeetingRow[] = await tx.table('meetings').toArray();
  const byArticle = new Map<number, MeetingRow[]>();
  for (const m of meetings) {
    m.published = articles.get(m.articleId)?.published ?? null;
    m.participantDays = m.mentioned ? [] : participantDays(m.participants, meetingDay(m));
    m.groupId = null;
    byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  }
  // An in-memory index standing in for `participantDays` while the rows are rewritten.
  const index = new Map<string, Set<number>>();
  const used = new Set<string>();
  for (const [articleId, rows] of [...byArticle].sort((a, b) => a[0] - b[0])) {
    const candidates = new Set<number>();
    for (const row of rows) for (const key of nearbyKeys(row)) for (const id of index.get(key) ?? []) candidates.add(id);
    const stored = [...candidates].map((id) => reportOf(id, byArticle.get(id)!));
    const { assigned, renamed } = assignGroups(reportOf(articleId, rows), stored, (id) => used.has(id));
    for (const row of rows) row.groupId = assigned.get(row.key) ?? null;
    for (const id of assigned.values()) used.add(id);
    for (const [from, to] of renamed) for (const m of meetings) if (m.groupId === from) m.groupId = to;
    for (const row of rows) for (const key of row.participantDays) index.set(key, (index.get(key) ?? new Set()).add(articleId));
  }
  await tx.table('meetings').bulkPut(meetings);
}

/** Every `participant|day` key under which a report of the same meeting may be stored. */
export function nearbyKeys(meeting: Pick<MeetingRow, 'participants' | 'date' | 'published'>): string[] {
  return participantDays(meeting.participants, meetingDay(meeting), true);
}

export function reportOf(articleId: number, rows: readonly MeetingRow[], entities: readonly ArticleEntity[] = []): StoredReport {
  return {
    article: String(articleId),
    published: rows[0]?.published ?? null,
    // Who serves which country tells two visitors of one host apart, as the CLI groups them.
    countries: officialCountries(entities.filter((e) => e.kind === 'official')),
    meetings: rows.map((m) => ({ id: m.key, kind: m.kind, participants: m.participants, place: m.place, date: m.date, ...(m.mentioned ? { mentioned: true as const } : {}) })),
    groupIds: new Map(rows.map((m) => [m.key, m.groupId])),
  };
}

/** The other stored articles with a meeting that may be one of `meetings`, found by index. */
export async function candidateReports(db: IsnadDatabase, articleId: number | null, meetings: readonly Pick<MeetingRow, 'participants' | 'date' | 'published'>[]): Promise<StoredReport[]> {
  const keys = [...new Set(meetings.flatMap(nearbyKeys))];
  if (keys.length === 0) return [];
  // One exact lookup per key: a cursor jumping between keys (anyOf) is far slower in some IndexedDB implementations.
  const found = await Promise.all(keys.map((key) => db.meetings.where('participantDays').equals(key).toArray()));
  // Every member of the groups found, not only the rows found by key: a group is named by all its
  // reports, and the name must be the one the CLI gives the same reports.
  const groupIds = [...new Set(found.flat().map((r) => r.groupId).filter((g): g is string => g !== null))];
  const members = await Promise.all(groupIds.map((g) => db.meetings.where('groupId').equals(g).toArray()));
  const rows = [...found.flat(), ...members.flat()];
  // All of an article's meetings: grouping takes at most one of them per group.
  const articles = [...new Set(rows.map((r) => r.articleId))].filter((id) => id !== articleId);
  const [all, rowsOf] = await Promise.all([Promise.all(articles.map((id) => db.meetings.where('articleId').equals(id).toArray())), db.articles.bulkGet(articles)]);
  return articles.map((id, i) => reportOf(id, all[i]!, rowsOf[i]?.entities ?? []));
}

/**
 * Stores one article and everything found in it, in one transaction: the article row is
 * found by canonical URL (or any address it was read at) and replaced, and its mentions,
 * claims and meetings are replaced wholesale, so a reload never duplicates anything.
 */
export async function saveArticle(db: IsnadDatabase, article: ArticlePayload, now: number, otherUrls: readonly string[] = []): Promise<{ articleId: number; created: boolean }> {
  const canonical = article.canonicalUrl;
  const { analysis } = article;
  // Inside a caller's transaction (an import) this joins it: the import stays all or nothing.
  return db.transaction('rw', libraryTables(db), async () => {
    const sourceId = await upsertSource(db, hostOf(canonical), article.siteName);
    const published = day(article.published);
    const existing = (await db.articles.where('url').equals(canonical).first()) ?? (await db.articles.where('urls').equals(article.url).first());

    const entities: ArticleEntity[] = [
      ...analysis.officials.map((o) => ({
        id: o.id,
        kind: 'official' as const,
        name: o.name,
        role: o.role,
        country: o.country,
        nameEn: o.nameEn,
        ...(o.roleAr ? { roleAr: o.roleAr } : {}),
        ...(o.countryAr ? { countryAr: o.countryAr } : {}),
        ...(o.roleYears ? { roleYears: o.roleYears } : {}),
      })),
      ...analysis.agreements.map((a) => ({ id: a.id, kind: 'agreement' as const, name: a.name, role: '', country: '', nameEn: a.nameEn, ...(a.meeting ? { meeting: a.meeting } : {}) })),
    ];
    const row = {
      url: canonical,
      urls: [...new Set([...(existing?.urls ?? []), ...otherUrls, canonical, article.url])],
      readUrl: article.url,
      title: article.title,
      published: article.published,
      sourceId,
      lang: article.lang,
      savedAt: now,
      entities,
      ...(analysis.agencies?.length ? { agencies: analysis.agencies } : {}),
    };
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      await db.articles.put({ ...row, id: articleId });
      await Promise.all([
        db.mentions.where('articleId').equals(articleId).delete(),
        db.claims.where('articleId').equals(articleId).delete(),
        db.meetings.where('articleId').equals(articleId).delete(),
      ]);
    } else {
      articleId = await db.articles.add(row as ArticleRow);
    }
    await db.texts.put({ articleId, text: article.text });
    await linkSharedText(db, articleId, article.text, article.title);

    await upsertEntities(db, article);
    await db.mentions.bulkAdd(
      [...analysis.officials, ...analysis.agreements].flatMap((entity) =>
        entity.mentions.map((m) => ({ articleId, sourceId, entityId: entity.id, start: m.start, end: m.end, text: m.text }) as MentionRow),
      ),
    );
    await db.claims.bulkAdd(analysis.claims.map((c) => ({ ...c, articleId }) as ClaimRow));
    const meetings = analysis.meetings.map(
      (m) =>
        ({
          articleId,
          key: m.id,
          groupId: null,
          kind: m.kind,
          participants: m.participants,
          place: m.place,
          date: m.date,
          published,
          participantDays: m.mentioned ? [] : participantDays(m.participants, meetingDay({ date: m.date, published })),
          ...(m.mentioned ? { mentioned: true } : {}),
        }) as MeetingRow,
    );
    await groupWithStored(db, articleId, meetings, entities);
    await db.meetings.bulkAdd(meetings);
    await refreshEntitySources(db, sourceId, [...entities, ...(existing?.entities ?? [])].map((e) => e.id));
    return { articleId, created: !existing };
  });
}

/** Records for each entity whether the source still has a stored article mentioning it (after a save or a delete). */
export async function refreshEntitySources(db: IsnadDatabase, sourceId: number, entityIds: readonly string[]): Promise<void> {
  const ids = [...new Set(entityIds)];
  const counts = await Promise.all(ids.map((id) => db.mentions.where('[entityId+sourceId]').equals([id, sourceId]).count()));
  const keep = ids.filter((_, i) => counts[i]! > 0);
  const drop = ids.filter((_, i) => counts[i] === 0);
  await db.entitySources.bulkPut(keep.map((entityId) => ({ entityId, sourceId })));
  if (drop.length > 0) await db.entitySources.bulkDelete(drop.map((entityId) => [entityId, sourceId] as [string, number]));
}

/**
 * Gives each meeting of a new article its group: the group of the stored reports of the same
 * meeting when there are some (merging two groups the article shows to be one), a new one if not.
 */
async function groupWithStored(db: IsnadDatabase, articleId: number, meetings: MeetingRow[], entities: readonly ArticleEntity[]): Promise<void> {
  const stored = await candidateReports(db, articleId, meetings);
  const taken = new Set<string>();
  const { assigned, renamed, created } = assignGroups(reportOf(articleId, meetings, entities), stored, (id) => taken.has(id));
  // A new id must not be one that an unrelated stored group already uses.
  for (const id of created) if ((await db.meetings.where('groupId').equals(id).count()) > 0) taken.add(id);
  const final = taken.size > 0 ? assignGroups(reportOf(articleId, meetings, entities), stored, (id) => taken.has(id)) : { assigned, renamed };
  for (const m of meetings) m.groupId = final.assigned.get(m.key) ?? null;
  for (const [from, to] of final.renamed) await db.meetings.where('groupId').equals(from).modify({ groupId: to });
}

async function upsertSource(db: IsnadDatabase, host: string, siteName: string): Promise<number> {
  const source = await db.sources.where('host').equals(host).first();
  const name = siteName.trim() || host;
  if (!source) return db.sources.add({ host, name } as SourceRow);
  if (siteName.trim() && source.name !== name) await db.sources.update(source.id, { name });
  return source.id;
}

/** Entities are shared by articles: a newer article's role wins over an older one's. */
async function upsertEntities(db: IsnadDatabase, article: ArticlePayload): Promise<void> {
  const date = article.published ? article.published.slice(0, 10) : null;
  const { officials, agreements } = article.analysis;
  const incoming: EntityRow[] = [
    ...officials.map((o) => ({ id: o.id, kind: 'official' as const, name: o.name, nameEn: o.nameEn, role: o.role, country: o.country, roleAsOf: date })),
    ...agreements.map((a) => ({ id: a.id, kind: 'agreement' as const, name: a.name, nameEn: a.nameEn, role: '', country: '', roleAsOf: date })),
  ];
  if (incoming.length === 0) return;
  const stored = await db.entities.bulkGet(incoming.map((e) => e.id));
  const rows = incoming.map((entity, i) => {
    const old = stored[i];
    if (!old) return entity;
    const newer = !old.roleAsOf || (date !== null && date >= old.roleAsOf);
    return newer && entity.role ? { ...old, ...entity, nameEn: entity.nameEn || old.nameEn } : { ...old, nameEn: old.nameEn || entity.nameEn };
  });
  await db.entities.bulkPut(rows);
}

/** The stored article read at `url` (its canonical address or any address it was read at). */
export async function findArticle(db: IsnadDatabase, url: string): Promise<ArticleRow | undefined> {
  const key = articleKey(url);
  return (await db.articles.where('url').equals(key).first()) ?? (await db.articles.where('urls').equals(key).first());
}

/** `YYYY-MM-DD` of an ISO date or timestamp, as the page wrote it (whatever its time zone). */
function day(iso: string | null | undefined): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
