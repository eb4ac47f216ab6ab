/**
 * What the options page does to the library: list its sites, delete one site or everything, and
 * keep the list of sites on which the reader paused Isnad. Each change is one transaction.
 */
import type { SiteSummary } from '../messages.ts';
import { libraryTables, refreshEntitySources, type IsnadDatabase } from './db.ts';
import { unlinkSharedText } from './textLinks.ts';

/** Every site with at least one stored article, most articles first. */
export async function listSites(db: IsnadDatabase): Promise<SiteSummary[]> {
  return db.transaction('r', [db.sources, db.articles], async () => {
    const sources = await db.sources.toArray();
    const counts = await Promise.all(sources.map((s) => db.articles.where('sourceId').equals(s.id).count()));
    return sources
      .map((s, i) => ({ host: s.host, name: s.name, articles: counts[i]! }))
      .filter((s) => s.articles > 0)
      .sort((a, b) => b.articles - a.articles || a.host.localeCompare(b.host));
  });
}

/** Removes every article of a site and everything found in them; returns how many articles went. */
export async function deleteSite(db: IsnadDatabase, host: string): Promise<{ deleted: number }> {
  return db.transaction('rw', libraryTables(db), async () => {
    const source = await db.sources.where('host').equals(host).first();
    if (!source) return { deleted: 0 };
    const articles = await db.articles.where('sourceId').equals(source.id).toArray();
    const ids = articles.map((a) => a.id);
    await Promise.all([
      db.mentions.where('articleId').anyOf(ids).delete(),
      db.claims.where('articleId').anyOf(ids).delete(),
      db.meetings.where('articleId').anyOf(ids).delete(),
      db.articles.bulkDelete(ids),
      db.texts.bulkDelete(ids),
    ]);
    // One after another: articles of one site may be linked to each other.
    for (const id of ids) await unlinkSharedText(db, id);
    await refreshEntitySources(db, source.id, [...new Set(articles.flatMap((a) => a.entities.map((e) => e.id)))]);
    await db.sources.delete(source.id);
    return { deleted: ids.length };
  });
}

/** Empties the library (the paused sites, a setting, stay). */
export async function deleteAll(db: IsnadDatabase): Promise<{ deleted: number }> {
  return db.transaction('rw', libraryTables(db), async () => {
    const deleted = await db.articles.count();
    await Promise.all(libraryTables(db).map((table) => table.clear()));
    return { deleted };
  });
}

export async function pausedSites(db: IsnadDatabase): Promise<string[]> {
  return (await db.pausedSites.orderBy('host').primaryKeys()) as string[];
}

export async function pauseSite(db: IsnadDatabase, host: string, now: number): Promise<{ paused: true }> {
  await db.pausedSites.put({ host, since: now });
  return { paused: true };
}

export async function resumeSite(db: IsnadDatabase, host: string): Promise<{ paused: false }> {
  await db.pausedSites.delete(host);
  return { paused: false };
}

/** Whether Isnad is paused on a host: the host itself or a site it belongs to ("news.example" pauses "www.news.example"). */
export async function siteStatus(db: IsnadDatabase, host: string): Promise<{ paused: boolean }> {
  const found = await db.pausedSites.bulkGet(sitesOf(host));
  return { paused: found.some((row) => row !== undefined) };
}

/** The host and every site it belongs to ("www.news.example" → itself and "news.example"). */
function sitesOf(host: string): string[] {
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.')).filter((h) => h.includes('.') || h === host);
}

/**
 * The paused sites, read once and kept in memory: every page's story asks before it is
 * analysed, and a database read there would delay the highlights. Only the background writes
 * the list (site:pause, site:resume), and it calls `forget()` after each change.
 */
export class PausedSites {
  private hosts: Promise<ReadonlySet<string>> | null = null;

  constructor(private readonly db: IsnadDatabase) {}

  async has(host: string): Promise<boolean> {
    const hosts = await this.load();
    return sitesOf(host).some((h) => hosts.has(h));
  }

  /** Reads the list now, ahead of the first question (a failure is left for that question to meet). */
  warm(): void {
    this.load().catch(() => {});
  }

  /** Read the list again on the next question. */
  forget(): void {
    this.hosts = null;
  }

  private load(): Promise<ReadonlySet<string>> {
    if (!this.hosts) {
      const loading = this.db.pausedSites
        .toCollection()
        .primaryKeys()
        .then((keys) => new Set(keys as string[]));
      // A failed read is not kept: the next question tries again.
      this.hosts = loading.catch((error: unknown) => {
        if (this.hosts === loading) this.hosts = null;
        throw error;
      });
    }
    return this.hosts;
  }
}
