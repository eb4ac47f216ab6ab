/**
 * The library: every article the reader opened, what was found in it, and the entities across
 * articles. Dexie over IndexedDB in the extension's origin (a content script would get the
 * page's origin), opened by the background only.
 *
 * Shaped for what comes next (comparison across sources): mentions are indexed by entity,
 * meetings by group and participant, claims by speaker. Schema changes go in a new
 * `db.version(n)` with an upgrade function; existing versions are never edited.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ArticlePayload } from '../messages.ts';

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
}

export interface ArticleRow {
  id: number;
  /** Canonical address: unique, so a reload or a revisit replaces the row. */
  url: string;
  /** Every address the article was read at, canonical included. */
  urls: string[];
  title: string;
  published: string | null;
  sourceId: number;
  lang: string;
  text: string;
  /** Milliseconds since the epoch of the last save. */
  savedAt: number;
  entities: ArticleEntity[];
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
  entityId: string;
  start: number;
  end: number;
  text: string;
}

export interface ClaimRow {
  id: number;
  articleId: number;
  speaker: string | null;
  reportedBy: string | null;
  verb: string;
  text: string;
  quote: string | null;
  start: number;
  end: number;
}

export interface MeetingRow {
  id: number;
  articleId: number;
  /** The meeting's id within its article analysis. */
  key: string;
  /** The meeting across articles (same event reported by several sources); set by grouping, null until then. */
  groupId: string | null;
  kind: string;
  participants: string[];
  place: string | null;
  date: string | null;
}

export type IsnadDatabase = Dexie & {
  sources: EntityTable<SourceRow, 'id'>;
  articles: EntityTable<ArticleRow, 'id'>;
  entities: EntityTable<EntityRow, 'id'>;
  mentions: EntityTable<MentionRow, 'id'>;
  claims: EntityTable<ClaimRow, 'id'>;
  meetings: EntityTable<MeetingRow, 'id'>;
};

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
  return db;
}

/**
 * Stores one article and everything found in it, in one transaction: the article row is
 * found by canonical URL (or any address it was read at) and replaced, and its mentions,
 * claims and meetings are replaced wholesale, so a reload never duplicates anything.
 */
export async function saveArticle(db: IsnadDatabase, article: ArticlePayload, now: number): Promise<{ articleId: number; created: boolean }> {
  const canonical = article.canonicalUrl;
  const { analysis } = article;
  return db.transaction('rw', [db.sources, db.articles, db.entities, db.mentions, db.claims, db.meetings], async () => {
    const sourceId = await upsertSource(db, hostOf(canonical), article.siteName);
    const existing = (await db.articles.where('url').equals(canonical).first()) ?? (await db.articles.where('urls').equals(article.url).first());

    const entities: ArticleEntity[] = [
      ...analysis.officials.map((o) => ({ id: o.id, kind: 'official' as const, name: o.name, role: o.role, country: o.country })),
      ...analysis.agreements.map((a) => ({ id: a.id, kind: 'agreement' as const, name: a.name, role: '', country: '' })),
    ];
    const row = {
      url: canonical,
      urls: [...new Set([...(existing?.urls ?? []), canonical, article.url])],
      title: article.title,
      published: article.published,
      sourceId,
      lang: article.lang,
      text: article.text,
      savedAt: now,
      entities,
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

    await upsertEntities(db, article);
    await db.mentions.bulkAdd(
      [...analysis.officials, ...analysis.agreements].flatMap((entity) =>
        entity.mentions.map((m) => ({ articleId, entityId: entity.id, start: m.start, end: m.end, text: m.text }) as MentionRow),
      ),
    );
    await db.claims.bulkAdd(analysis.claims.map((c) => ({ ...c, articleId }) as ClaimRow));
    await db.meetings.bulkAdd(
      analysis.meetings.map(
        (m) => ({ articleId, key: m.id, groupId: null, kind: m.kind, participants: m.participants, place: m.place, date: m.date }) as MeetingRow,
      ),
    );
    return { articleId, created: !existing };
  });
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

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
