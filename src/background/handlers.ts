/**
 * One handler per message. No browser API here: main.ts passes the database, the extension's
 * id and a clock, so Node tests drive these with fake-indexeddb.
 */
import { articleKey, parseMessage, type ArticleSummary, type ArticleView, type Message, type MessageOf, type Responses } from '../messages.ts';
import { crossSourceView, libraryByMeeting, sourceCounts } from './crossSource.ts';
import { findArticle, refreshEntitySources, saveArticle, type IsnadDatabase } from './db.ts';

export interface HandlerContext {
  db: IsnadDatabase;
  /** This extension's id: messages from anywhere else are refused. */
  extensionId: string;
  now?: () => number;
}

/** Who sent a message (the part of runtime.MessageSender that matters here). */
export interface Sender {
  id?: string;
}

export class ForeignSenderError extends Error {
  override name = 'ForeignSenderError';
}

/** Returns the onMessage listener body: validates the sender and the message, then answers it. */
export function createHandler(context: HandlerContext): (message: unknown, sender: Sender) => Promise<unknown> {
  const now = context.now ?? Date.now;
  return async (input, sender) => {
    if (sender.id !== context.extensionId) throw new ForeignSenderError('Isnad: message refused: not sent by this extension');
    const message = parseMessage(input);
    return dispatch(context.db, message, now);
  };
}

async function dispatch(db: IsnadDatabase, message: Message, now: () => number): Promise<Responses[Message['type']]> {
  switch (message.type) {
    case 'article:save':
      return onSave(db, message, now());
    case 'articles:list':
      return listArticles(db);
    case 'article:get':
      return getArticle(db, message.url);
    case 'article:delete':
      return deleteArticle(db, message.url);
    case 'crossSource:get':
      return crossSourceView(db, message.url);
    case 'library:byMeeting': {
      const { summaries, ids } = await summarize(db);
      return libraryByMeeting(db, summaries, ids);
    }
    case 'entities:sourceCounts':
      return sourceCounts(db, message.ids);
  }
}

async function onSave(db: IsnadDatabase, { article }: MessageOf<'article:save'>, now: number): Promise<Responses['article:save']> {
  const normalized = { ...article, url: articleKey(article.url), canonicalUrl: articleKey(article.canonicalUrl) };
  const { created } = await saveArticle(db, normalized, now);
  return { created };
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
      officials: article.entities
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => e.kind === 'official')
        .map(({ e, i }) => ({ id: e.id, name: e.name, nameEn: nameEn(i), role: e.role, country: e.country, mentions: counts.get(e.id) ?? 0 }))
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
  return db.transaction('rw', [db.articles, db.mentions, db.claims, db.meetings, db.entitySources], async () => {
    const article = await findArticle(db, url);
    if (!article) return { deleted: false };
    await Promise.all([
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
