/**
 * Merging an imported document into a library, article by canonical URL.
 *
 * - A new article is added; one already there is replaced by the imported copy, unless the stored
 *   copy was saved later (the reader's newer analysis wins), and its addresses are united.
 * - Importing the same file twice changes nothing the second time, and merging equal inputs
 *   gives equal results: the merge is idempotent and deterministic.
 * - An import that does not validate changes nothing: the library is returned as it was.
 * - Meeting groups are derived data: when any article changed they are grouped again over the
 *   whole library, as the extension and the CLI group them.
 */
import { meetingGroupsOf, parseIsnadDocument, sameJson, type IsnadArticle, type IsnadDocument } from './document.ts';

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Imported copies older than the stored ones, which were kept. */
  skipped: number;
}

export interface MergeResult {
  ok: boolean;
  /** Why the import was refused (empty when `ok`). */
  errors: string[];
  /** The library after the merge; the very `existing` object when nothing changed or the import was refused. */
  doc: IsnadDocument;
  counts: MergeCounts;
  /** The articles added or replaced, for a store that writes only what changed. */
  changed: IsnadArticle[];
}

export function mergeDocuments(existing: IsnadDocument, incoming: unknown): MergeResult {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const parsed = parseIsnadDocument(incoming);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, doc: existing, counts, changed: [] };

  const result = existing.articles.slice();
  const index = new Map(result.map((a, i) => [a.canonicalUrl, i]));
  const changed: IsnadArticle[] = [];
  for (const article of parsed.doc.articles) {
    const at = index.get(article.canonicalUrl);
    if (at === undefined) {
      index.set(article.canonicalUrl, result.length);
      result.push(article);
      changed.push(article);
      counts.added++;
      continue;
    }
    const stored = result[at]!;
    if (Date.parse(article.savedAt) < Date.parse(stored.savedAt)) {
      counts.skipped++;
      continue;
    }
    const merged = { ...article, urls: [...new Set([...stored.urls, ...article.urls])] };
    if (sameJson(merged, stored)) {
      counts.unchanged++;
      continue;
    }
    result[at] = merged;
    changed.push(merged);
    counts.updated++;
  }
  if (changed.length === 0) return { ok: true, errors: [], doc: existing, counts, changed };
  return { ok: true, errors: [], doc: { ...existing, articles: result, meetings: meetingGroupsOf(result) }, counts, changed };
}

/** An empty library to merge into. */
export function emptyDocument(exportedAt: Date = new Date()): IsnadDocument {
  return { format: 'isnad', version: 1, exportedAt: exportedAt.toISOString(), articles: [], meetings: [] };
}
