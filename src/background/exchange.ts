/**
 * The library in and out of the extension: the database as an Isnad document (for export in any
 * of src/export's formats), and an Isnad document (or Isnad's W3C export) merged into the database.
 *
 * Export reads the library in chunks of articles, one short read transaction each, and yields to
 * the event loop between chunks, so a large library never holds the worker (or the popup waiting
 * on it) for long and progress can be reported. Import validates the whole file first, then
 * writes in ONE transaction: a failure (a full disk, a worker stopped midway) leaves the library
 * exactly as it was.
 */
import { sameTextOf } from './textLinks.ts';
import { fromWebAnnotation, looksLikeWebAnnotation, makeDocument, parseIsnadDocument, sameJson, type IsnadArticle, type IsnadDocument } from '../export/index.ts';
import { articleKey, type ArticlePayload, type ExportSelection, type ImportResult } from '../messages.ts';
import type { ArticleMeeting, Claim } from '../nlp/types.ts';
import { findArticle, libraryTables, saveArticle, type ArticleRow, type ClaimRow, type EntityRow, type IsnadDatabase, type MeetingRow, type MentionRow, type SourceRow } from './db.ts';

export interface ExportOptions {
  /** Articles read per transaction. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

export type BuildResult = { ok: true; doc: IsnadDocument } | { ok: false; error: string };

const DEFAULT_CHUNK = 100;

/** Lets other events (messages from the popup asking for progress) run between chunks. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The row ids of the articles a selection covers, in save order. */
async function selectedIds(db: IsnadDatabase, selection: ExportSelection): Promise<number[] | string> {
  switch (selection.kind) {
    case 'all':
      return (await db.articles.toCollection().primaryKeys()).sort((a, b) => a - b);
    case 'meeting': {
      const rows = await db.meetings.where('groupId').equals(selection.id).toArray();
      if (rows.length === 0) return `no meeting '${selection.id.slice(0, 80)}' in the library`;
      return [...new Set(rows.map((m) => m.articleId))].sort((a, b) => a - b);
    }
    case 'article': {
      const article = await findArticle(db, selection.url);
      return article ? [article.id] : `no article at ${selection.url.slice(0, 200)} in the library`;
    }
  }
}

/** The selected part of the library as an Isnad document, its meetings grouped as the CLI groups them. */
export async function buildDocument(db: IsnadDatabase, selection: ExportSelection, options: ExportOptions = {}): Promise<BuildResult> {
  const chunk = Math.max(1, options.chunk ?? DEFAULT_CHUNK);
  const ids = await selectedIds(db, selection);
  if (typeof ids === 'string') return { ok: false, error: ids };
  const articles: IsnadArticle[] = [];
  options.onProgress?.(0, ids.length);
  for (let at = 0; at < ids.length; at += chunk) {
    articles.push(...(await readArticles(db, ids.slice(at, at + chunk))));
    options.onProgress?.(Math.min(at + chunk, ids.length), ids.length);
    if (at + chunk < ids.length) await yieldToEventLoop();
  }
  return { ok: true, doc: makeDocument(articles, options.now) };
}

/** Some articles with everything found in them, in one read transaction. */
async function readArticles(db: IsnadDatabase, ids: number[]): Promise<IsnadArticle[]> {
  return db.transaction('r', [db.articles, db.texts, db.sources, db.entities, db.mentions, db.claims, db.meetings, db.fingerprints], async () => {
    const rows = (await db.articles.bulkGet(ids)).filter((a): a is ArticleRow => a !== undefined);
    // Shared-text links to the other articles of the same export, by canonical URL.
    const urlOf = new Map(rows.map((a) => [a.id, a.url]));
    const links = await sameTextOf(db, rows.map((a) => a.id));
    const [texts, sources, mentions, claims, meetings, entities] = await Promise.all([
      db.texts.bulkGet(rows.map((a) => a.id)),
      db.sources.bulkGet([...new Set(rows.map((a) => a.sourceId))]),
      db.mentions.where('articleId').anyOf(ids).toArray(),
      db.claims.where('articleId').anyOf(ids).toArray(),
      db.meetings.where('articleId').anyOf(ids).toArray(),
      db.entities.bulkGet([...new Set(rows.flatMap((a) => a.entities.filter((e) => e.nameEn === undefined).map((e) => e.id)))]),
    ]);
    const sourceById = new Map(sources.filter((s): s is SourceRow => s !== undefined).map((s) => [s.id, s]));
    const nameEn = new Map(entities.filter((e): e is EntityRow => e !== undefined).map((e) => [e.id, e.nameEn]));
    const by = <T extends { articleId: number; id: number }>(list: T[]) => {
      const map = new Map<number, T[]>();
      // Save order within an article: rows were added in the analysis's order.
      for (const row of list.sort((a, b) => a.id - b.id)) map.set(row.articleId, [...(map.get(row.articleId) ?? []), row]);
      return map;
    };
    const mentionsOf = by<MentionRow>(mentions);
    const claimsOf = by<ClaimRow>(claims);
    const meetingsOf = by<MeetingRow>(meetings);
    return rows.map((row, i) => {
      const article = toIsnadArticle(row, texts[i]?.text ?? '', sourceById.get(row.sourceId), mentionsOf.get(row.id) ?? [], claimsOf.get(row.id) ?? [], meetingsOf.get(row.id) ?? [], nameEn);
      const same = (links.get(row.id) ?? []).flatMap((id) => (urlOf.has(id) ? [urlOf.get(id)!] : []));
      return same.length > 0 ? { ...article, sameTextAs: same } : article;
    });
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A publication date the Isnad format accepts: the stored value when it is ISO 8601, else its day, else null. */
function publishedOf(value: string | null): string | null {
  if (!value) return null;
  if (ISO_DATE.test(value) || (/^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(Date.parse(value)))) return value;
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function toIsnadArticle(row: ArticleRow, text: string, source: SourceRow | undefined, mentions: MentionRow[], claims: ClaimRow[], meetings: MeetingRow[], nameEn: ReadonlyMap<string, string>): IsnadArticle {
  const spans = new Map<string, { start: number; end: number; text: string }[]>();
  for (const m of mentions) spans.set(m.entityId, [...(spans.get(m.entityId) ?? []), { start: m.start, end: m.end, text: m.text }]);
  const english = (e: ArticleRow['entities'][number]) => e.nameEn ?? nameEn.get(e.id) ?? '';
  return {
    url: row.readUrl ?? row.url,
    canonicalUrl: row.url,
    urls: [...new Set(row.urls.includes(row.url) ? row.urls : [row.url, ...row.urls])],
    title: row.title,
    published: publishedOf(row.published),
    source: { host: source?.host ?? '', name: source?.name ?? '' },
    lang: row.lang,
    text,
    savedAt: new Date(row.savedAt).toISOString(),
    officials: row.entities
      .filter((e) => e.kind === 'official')
      .map((e) => ({
        id: e.id,
        name: e.name,
        nameEn: english(e),
        role: e.role,
        country: e.country,
        ...(e.roleAr ? { roleAr: e.roleAr } : {}),
        ...(e.countryAr ? { countryAr: e.countryAr } : {}),
        ...(e.roleYears ? { roleYears: e.roleYears } : {}),
        mentions: spans.get(e.id) ?? [],
      })),
    agreements: row.entities
      .filter((e) => e.kind === 'agreement')
      .map((e) => ({ id: e.id, name: e.name, nameEn: english(e), ...(e.meeting ? { meeting: e.meeting } : {}), mentions: spans.get(e.id) ?? [] })),
    claims: claims.map(
      (c): Claim => ({
        speaker: c.speaker,
        ...(c.speakers ? { speakers: c.speakers } : {}),
        ...(c.institution ? { institution: c.institution } : {}),
        reportedBy: c.reportedBy,
        verb: c.verb,
        text: c.text,
        quote: c.quote,
        start: c.start,
        end: c.end,
        ...(c.agency ? { agency: c.agency } : {}),
      }),
    ),
    meetings: meetings.map((m): ArticleMeeting => ({ id: m.key, kind: m.kind, participants: m.participants, place: m.place, date: m.date && ISO_DATE.test(m.date) ? m.date : null, ...(m.mentioned ? { mentioned: true as const } : {}) })),
    ...(row.agencies?.length ? { agencies: row.agencies } : {}),
  };
}

// ---------------------------------------------------------------- import

/** Reads a file's JSON as Isnad JSON or Isnad's W3C export; never throws. */
export function parseImport(json: unknown): { ok: true; doc: IsnadDocument; format: 'isnad' | 'w3c' } | { ok: false; errors: string[] } {
  const format = looksLikeWebAnnotation(json) ? 'w3c' : 'isnad';
  const parsed = format === 'w3c' ? fromWebAnnotation(json) : parseIsnadDocument(json);
  return parsed.ok ? { ok: true, doc: parsed.doc, format } : parsed;
}

/** Reads a file's text: JSON first, then as parseImport. */
export function parseImportText(text: string): ReturnType<typeof parseImport> {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${String((error as Error)?.message ?? error).slice(0, 200)}`] };
  }
  return parseImport(json);
}

/** Addresses the extension can show: the library is of web pages (the CLI's file URNs are not). */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/**
 * Merges a validated document into the library by canonical URL, in one transaction: a new
 * article is added, a stored one replaced by a copy saved later, left alone when equal or newer.
 * Meetings are regrouped as saving groups them. Importing the same file twice changes nothing.
 */
export async function importDocument(db: IsnadDatabase, doc: IsnadDocument, format: 'isnad' | 'w3c'): Promise<ImportResult> {
  const counts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const web = doc.articles.filter((a) => isWebAddress(a.canonicalUrl) && isWebAddress(a.url));
  const refused = doc.articles.length - web.length;
  if (refused > 0 && web.length === 0)
    return { ok: false, errors: [`none of the ${refused} articles has a web address (http or https): articles read from files by the command line cannot be shown by the extension`] };
  await db.transaction('rw', libraryTables(db), async () => {
    for (const article of web) {
      const canonicalUrl = articleKey(article.canonicalUrl);
      const incoming = { ...article, canonicalUrl, url: articleKey(article.url), urls: [...new Set(article.urls.filter(isWebAddress).map(articleKey))] };
      const existing = await findArticle(db, canonicalUrl);
      const savedAt = Date.parse(incoming.savedAt);
      if (existing) {
        if (savedAt < existing.savedAt) {
          counts.skipped++;
          continue;
        }
        const [stored] = await readArticles(db, [existing.id]);
        const merged = { ...incoming, urls: [...new Set([...stored!.urls, ...incoming.urls])] };
        if (sameJson(merged, stored)) {
          counts.unchanged++;
          continue;
        }
      }
      await saveArticle(db, payloadOf(incoming), savedAt, incoming.urls);
      counts[existing ? 'updated' : 'added']++;
    }
  });
  return { ok: true, format, ...counts, skipped: counts.skipped + refused };
}

function payloadOf(article: IsnadArticle): ArticlePayload {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    published: article.published,
    siteName: article.source.name,
    lang: article.lang,
    text: article.text,
    analysis: { officials: article.officials, agreements: article.agreements, claims: article.claims, meetings: article.meetings, ...(article.agencies ? { agencies: article.agencies } : {}) },
  };
}
