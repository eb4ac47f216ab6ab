/**
 * What to export: everything, one meeting (a group id) or one article (its canonical URL, or any
 * address it was read at). A selection is itself a valid document: groups keep only the articles
 * and members that are in it.
 */
import { articleKey } from '../articleKey.ts';
import type { IsnadArticle, IsnadDocument, IsnadMeeting } from './document.ts';

export type Selection = { kind: 'all' } | { kind: 'meeting'; id: string } | { kind: 'article'; url: string };

export type SelectResult = { ok: true; doc: IsnadDocument } | { ok: false; error: string };

export function select(doc: IsnadDocument, selection: Selection): SelectResult {
  switch (selection.kind) {
    case 'all':
      return { ok: true, doc };
    case 'meeting': {
      const group = doc.meetings.find((m) => m.id === selection.id);
      if (!group) return { ok: false, error: `no meeting '${selection.id}' in this document (it has ${doc.meetings.length})` };
      const wanted = new Set(group.articles);
      return { ok: true, doc: { ...doc, articles: doc.articles.filter((a) => wanted.has(a.canonicalUrl)), meetings: [group] } };
    }
    case 'article': {
      const article = findArticle(doc.articles, selection.url);
      if (!article) return { ok: false, error: `no article at '${selection.url}' in this document` };
      return { ok: true, doc: { ...doc, articles: [article], meetings: restrictGroups(doc.meetings, new Set([article.canonicalUrl])) } };
    }
  }
}

/** The article whose canonical URL, or one of whose addresses, is `url` (a fragment does not count). */
export function findArticle(articles: readonly IsnadArticle[], url: string): IsnadArticle | undefined {
  const key = articleKey(url);
  return articles.find((a) => a.canonicalUrl === key) ?? articles.find((a) => a.urls.includes(key) || a.url === key);
}

function restrictGroups(groups: readonly IsnadMeeting[], articles: ReadonlySet<string>): IsnadMeeting[] {
  return groups
    .filter((g) => g.members.some((m) => articles.has(m.article)))
    .map((g) => ({ ...g, articles: g.articles.filter((a) => articles.has(a)), members: g.members.filter((m) => articles.has(m.article)) }));
}

