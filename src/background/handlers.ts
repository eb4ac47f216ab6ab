/**
 * One handler per message. No browser API here: main.ts passes the database, the extension's
 * id and a clock, so Node tests drive these with fake-indexeddb.
 */
import { analyze } from '../nlp/analyze.ts';
import agreementsFile from '../nlp/knowledge/agreements.json' with { type: 'json' };
import type { AgreementEntry } from '../nlp/knowledge/knowledgeTypes.ts';
import { AGENCIES } from '../nlp/statements/credits.ts';
import type { Analysis } from '../nlp/types.ts';
import { analysisToWire, articleKey, CONTENT_SCRIPT_MESSAGES, parseMessage, type ArticleSummary, type AgencyView, type ArticleView, type Message, type MessageOf, type Responses } from '../messages.ts';
import { crossSourceView, libraryByMeeting, libraryPage, sourceCounts } from './crossSource.ts';
import { findArticle, refreshEntitySources, saveArticle, type IsnadDatabase } from './db.ts';
import { importDocument, parseImportText } from './exchange.ts';
import { ExportJobs } from './exportJobs.ts';
import { deleteAll, deleteSite, listSites, PausedSites, pausedSites, pauseSite, resumeSite, siteStatus } from './library.ts';
import { asStorageError } from './storageErrors.ts';
import { unlinkSharedText } from './textLinks.ts';

export interface HandlerContext {
  db: IsnadDatabase;
  /** This extension's id: messages from anywhere else are refused. */
  extensionId: string;
  /**
   * The origin of the extension's own pages ("chrome-extension://<id>", "moz-extension://<uuid>"):
   * only they may send the messages a content script may not. Defaults to Chromium's.
   */
  extensionOrigin?: string;
  now?: () => number;
  /** Articles per chunk when exporting (tests make it small). */
  exportChunk?: number;
  /** Tells the reader of a failure no sender waits for (a page's article could not be stored). */
  onBackgroundError?: (message: string) => void;
}

/** Who sent a message (the part of runtime.MessageSender that matters here). */
export interface Sender {
  id?: string;
  /** The sending page or frame: a web page for a content script, an extension page for the popup. */
  url?: string;
}

export class ForeignSenderError extends Error {
  override name = 'ForeignSenderError';
}

/** What each message does to the library, for errors ("saving the article failed: …"). */
const ACTIONS: Partial<Record<Message['type'], string>> = {
  'article:save': 'saving the article',
  'article:delete': 'deleting the article',
  'site:delete': 'deleting the site',
  'library:delete-all': 'deleting the library',
  'site:pause': 'pausing the site',
  'site:resume': 'resuming the site',
  'import:run': 'the import',
};

/** Returns the onMessage listener body: validates the sender and the message, then answers it. */
export function createHandler(context: HandlerContext): (message: unknown, sender: Sender) => Promise<unknown> {
  const now = context.now ?? Date.now;
  const origin = context.extensionOrigin ?? `chrome-extension://${context.extensionId}`;
  const state: HandlerState = { jobs: new ExportJobs(context.db, now, context.exportChunk), paused: new PausedSites(context.db) };
  if (context.onBackgroundError) reportBackgroundError = context.onBackgroundError;
  return async (input, sender) => {
    if (sender.id !== context.extensionId) throw new ForeignSenderError('Isnad: message refused: not sent by this extension');
    const message = parseMessage(input);
    if (!CONTENT_SCRIPT_MESSAGES.has(message.type) && !fromExtensionPage(sender, origin))
      throw new ForeignSenderError(`Isnad: message '${message.type}' refused: only Isnad's own pages may send it`);
    try {
      return await dispatch(context.db, message, now, state);
    } catch (error) {
      throw asStorageError(error, ACTIONS[message.type] ?? 'reading the library');
    }
  };
}

function fromExtensionPage(sender: Sender, origin: string): boolean {
  if (typeof sender.url !== 'string') return false;
  const expected = schemeAndHost(origin);
  return expected !== null && schemeAndHost(sender.url) === expected;
}

/** "chrome-extension://id": URL.origin is "null" for such schemes in some engines, so it is built by hand. */
function schemeAndHost(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

/** What one handler keeps between messages (the worker may be stopped at any time: nothing here is the only copy). */
interface HandlerState {
  jobs: ExportJobs;
  paused: PausedSites;
}

async function dispatch(db: IsnadDatabase, message: Message, now: () => number, { jobs, paused }: HandlerState): Promise<Responses[Message['type']]> {
  switch (message.type) {
    case 'article:save':
      return onSave(db, message, now());
    case 'article:read':
      return onRead(db, message, now(), paused);
    case 'background:wake':
      // Starting the worker is the point (main.ts compiles the knowledge when it starts); the
      // paused sites are read meanwhile, so that the article that follows waits for neither.
      paused.warm();
      return { awake: true };
    case 'articles:list':
      return listArticles(db);
    case 'article:get':
      return getArticle(db, message.url);
    case 'article:delete':
      return deleteArticle(db, message.url);
    case 'crossSource:get':
      return crossSourceView(db, message.url, { timeline: message.timeline === true });
    case 'library:byMeeting': {
      const { summaries, ids } = await summarize(db);
      return libraryByMeeting(db, summaries, ids);
    }
    case 'library:page':
      return libraryPage(db, message.after, message.limit);
    case 'entities:sourceCounts':
      // Counted after the article being stored, so that the page that asks counts itself.
      await pendingSave;
      return sourceCounts(db, message.ids);
    case 'sites:paused:list':
      return pausedSites(db);
    case 'site:pause':
      try {
        return await pauseSite(db, message.host, now());
      } finally {
        paused.forget();
      }
    case 'site:resume':
      try {
        return await resumeSite(db, message.host);
      } finally {
        paused.forget();
      }
    case 'site:status':
      return siteStatus(db, message.host);
    case 'site:delete':
      return deleteSite(db, message.host);
    case 'sites:list':
      return listSites(db);
    case 'library:delete-all':
      return deleteAll(db);
    case 'export:start':
      return jobs.start(message.selection, message.format);
    case 'export:status':
      return jobs.status(message.job);
    case 'export:part':
      return jobs.part(message.job, message.index);
    case 'import:run': {
      const parsed = parseImportText(message.text);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      return importDocument(db, parsed.doc, parsed.format);
    }
  }
}

async function onSave(db: IsnadDatabase, { article }: MessageOf<'article:save'>, now: number): Promise<Responses['article:save']> {
  const normalized = { ...article, url: articleKey(article.url), canonicalUrl: articleKey(article.canonicalUrl) };
  const { created } = await saveArticle(db, normalized, now);
  return { created };
}

/** The newest article:read save still running (its failure is reported where it happens). */
let pendingSave: Promise<unknown> = Promise.resolve();

/** Resolves when the articles that pages sent have been stored (tests compare the library after). */
export async function backgroundWritesSettled(): Promise<void> {
  await pendingSave;
}

let reportBackgroundError: (message: string) => void = (message) => console.warn(message);

/** A page's article that could not be stored: no one awaits that save, so the reader is told. */
function reportStorageError(error: unknown): void {
  const said = asStorageError(error, 'saving the article');
  reportBackgroundError(said instanceof Error ? said.message : String(said));
}

/**
 * A story from a page: analysed here and sent back to be painted at once. It is stored after
 * the answer has gone (a task later, so that no storage work delays the reply), and the
 * highlights never wait for the disk.
 */
async function onRead(db: IsnadDatabase, { article }: MessageOf<'article:read'>, now: number, paused: PausedSites): Promise<Responses['article:read']> {
  if (await paused.has(hostOf(article.url))) return { paused: true };
  const analysis = analyze(article.text, { title: article.title, published: article.published ?? undefined, url: article.canonicalUrl });
  const previous = pendingSave;
  pendingSave = previous
    .then(afterReply)
    .then(() => onSave(db, { type: 'article:save', article: { ...article, analysis } }, now))
    .catch((error: unknown) => reportStorageError(error));
  return { paused: false, analysis: analysisToWire(analysis, article.text), aliases: agreementAliases(analysis) };
}

/** Resolves a task later: by then the answer of the current message has been sent. */
function afterReply(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

/** The other Arabic names the knowledge lists for each agreement found. */
function agreementAliases(analysis: Analysis): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const a of analysis.agreements) out[a.id] = [...(aliasIndex().get(a.id) ?? [])];
  return out;
}

let aliases: Map<string, readonly string[]> | null = null;
function aliasIndex(): Map<string, readonly string[]> {
  // (The agreements file itself, not the knowledge source: the build bundles no other knowledge file here.)
  aliases ??= new Map((agreementsFile as { agreements: AgreementEntry[] }).agreements.map((a) => [a.id, a.ar ?? []]));
  return aliases;
}

/** Every stored article, most recently read first. */
export async function listArticles(db: IsnadDatabase): Promise<ArticleSummary[]> {
  return (await summarize(db)).summaries;
}

/** The library's summaries, with each one's row id by URL. */
async function summarize(db: IsnadDatabase): Promise<{ summaries: ArticleSummary[]; ids: Map<string, number> }> {
  const [articles, sources] = await Promise.all([db.articles.orderBy('savedAt').reverse().toArray(), db.sources.toArray()]);
  const sourceName = new Map(sources.map((s) => [s.id, s.name]));
  const ids = new Map(articles.map((a) => [a.url, a.id]));
  const summaries = articles.map((a) => ({
    url: a.url,
    title: a.title,
    published: a.published,
    source: sourceName.get(a.sourceId) ?? '',
    savedAt: a.savedAt,
    officials: a.entities.filter((e) => e.kind === 'official').length,
    agreements: a.entities.filter((e) => e.kind === 'agreement').length,
  }));
  return { summaries, ids };
}

/** One article with its entities (mention counts from the mentions table), claims and meetings. */
const AGENCY_BY_ID = new Map(AGENCIES.map((a) => [a.id, a]));

function agencyView(id: string): AgencyView {
  const a = AGENCY_BY_ID.get(id);
  return { id, name: a?.credits[0] ?? a?.ar[0] ?? id, nameEn: a?.en ?? id, ownership: a?.ownership ?? 'private' };
}

export async function getArticle(db: IsnadDatabase, url: string): Promise<ArticleView | null> {
  return db.transaction('r', [db.articles, db.sources, db.entities, db.mentions, db.claims, db.meetings], async () => {
    const article = await findArticle(db, url);
    if (!article) return null;
    const [source, mentions, claims, meetings] = await Promise.all([
      db.sources.get(article.sourceId),
      db.mentions.where('articleId').equals(article.id).toArray(),
      db.claims.where('articleId').equals(article.id).toArray(),
      db.meetings.where('articleId').equals(article.id).toArray(),
    ]);
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    const entities = await db.entities.bulkGet(article.entities.map((e) => e.id));
    const nameEn = (i: number) => entities[i]?.nameEn ?? '';
    const byMentions = <T extends { mentions: number }>(a: T, b: T) => b.mentions - a.mentions;
    return {
      url: article.url,
      title: article.title,
      published: article.published,
      savedAt: article.savedAt,
      source: { host: source?.host ?? '', name: source?.name ?? '' },
      ...(article.agencies?.length ? { agencies: article.agencies.map(agencyView) } : {}),
      officials: article.entities
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => e.kind === 'official')
        .map(({ e, i }) => ({
          id: e.id,
          name: e.name,
          nameEn: nameEn(i),
          role: e.role,
          country: e.country,
          ...(e.roleAr ? { roleAr: e.roleAr } : {}),
          ...(e.countryAr ? { countryAr: e.countryAr } : {}),
          ...(e.roleYears ? { roleYears: e.roleYears } : {}),
          mentions: counts.get(e.id) ?? 0,
        }))
        .sort(byMentions),
      agreements: article.entities
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => e.kind === 'agreement')
        .map(({ e, i }) => ({ id: e.id, name: e.name, nameEn: nameEn(i), mentions: counts.get(e.id) ?? 0 }))
        .sort(byMentions),
      claims: claims
        .sort((a, b) => a.start - b.start)
        .map(({ speaker, reportedBy, verb, text, quote }) => ({ speaker, reportedBy, verb, text, quote })),
      meetings: meetings.map(({ kind, participants, place, date }) => ({ kind, participants, place, date })),
    };
  });
}

/** Removes an article and everything found in it (entities stay: other articles may name them). */
export async function deleteArticle(db: IsnadDatabase, url: string): Promise<Responses['article:delete']> {
  return db.transaction('rw', [db.articles, db.texts, db.mentions, db.claims, db.meetings, db.entitySources, db.fingerprints], async () => {
    const article = await findArticle(db, url);
    if (!article) return { deleted: false };
    await Promise.all([
      unlinkSharedText(db, article.id),
      db.texts.delete(article.id),
      db.mentions.where('articleId').equals(article.id).delete(),
      db.claims.where('articleId').equals(article.id).delete(),
      db.meetings.where('articleId').equals(article.id).delete(),
      db.articles.delete(article.id),
    ]);
    await refreshEntitySources(
      db,
      article.sourceId,
      article.entities.map((e) => e.id),
    );
    return { deleted: true };
  });
}
