/**
 * The database schemas as earlier versions of Isnad shipped them, frozen here (not taken from
 * db.ts, which only ever holds the current chain) so that upgrade tests open a real old database.
 */
import { Dexie } from 'dexie';

const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    sources: '++id, &host',
    articles: '++id, &url, *urls, sourceId, published, savedAt',
    entities: 'id, kind, nameEn',
    mentions: '++id, articleId, entityId, [entityId+articleId]',
    claims: '++id, articleId, speaker, reportedBy',
    meetings: '++id, articleId, groupId, *participants, date',
  },
  2: {
    mentions: '++id, articleId, entityId, [entityId+articleId], [entityId+sourceId]',
    meetings: '++id, articleId, groupId, *participants, date, *participantDays',
    entitySources: '[entityId+sourceId], entityId',
  },
  3: { pausedSites: 'host' },
  4: { texts: 'articleId' },
};

/** A Dexie database named `name` declared with the schemas of versions 1 to `version` as shipped (not yet opened). */
export function shippedDatabase(name: string, version: 1 | 2 | 3 | 4): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) db.version(v).stores(SHIPPED[v]!);
  return db;
}
