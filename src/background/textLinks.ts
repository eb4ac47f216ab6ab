/**
 * Shared text in the library: each stored article keeps its text's fingerprint (MinHash and LSH
 * band keys, `src/nlp/sources/sharedText.ts`) in the fingerprints table (v5), whose multi-entry
 * index on the band keys is the inverted index. When an article is saved, the stored articles
 * sharing a band with it are read and compared: those of the same copy are linked both ways
 * (`sameText` on each row). The cost grows with the articles that share a band, not with the
 * library. A deleted article's links are dropped from its partners; readers still ignore ids of
 * articles that are gone.
 */
import { bandKeys, fingerprint, sameText, SharedTextIndex } from '../nlp/sources/sharedText.ts';
import type { FingerprintRow, IsnadDatabase } from './db.ts';

/** Fingerprints and links one article's text, replacing what was stored for it; returns the linked article ids. */
export async function linkSharedText(db: IsnadDatabase, articleId: number, text: string, title?: string): Promise<number[]> {
  await unlinkSharedText(db, articleId);
  const fp = fingerprint(text, title);
  if (!fp) return [];
  const bands = bandKeys(fp);
  // One exact look-up per band (see candidateReports on anyOf), keys only: rows are read once per
  // distinct candidate, not once per band they share.
  const found = await Promise.all(bands.map((band) => db.fingerprints.where('bands').equals(band).primaryKeys()));
  const candidates = [...new Set(found.flat())].filter((id) => id !== articleId);
  const rows = candidates.length > 0 ? await db.fingerprints.bulkGet(candidates) : [];
  const partners = rows.filter((row): row is FingerprintRow => row !== undefined && sameText(fp, row));
  const ids = partners.map((p) => p.articleId).sort((a, b) => a - b);
  await db.fingerprints.put({ articleId, size: fp.size, minhash: fp.minhash, bands, sameText: ids });
  if (partners.length > 0) await db.fingerprints.bulkPut(partners.map((p) => ({ ...p, sameText: [...new Set([...p.sameText, articleId])].sort((a, b) => a - b) })));
  return ids;
}

/** Removes an article's fingerprint and its links from its partners (before a re-save or a delete). */
export async function unlinkSharedText(db: IsnadDatabase, articleId: number): Promise<void> {
  const old = await db.fingerprints.get(articleId);
  if (!old) return;
  await db.fingerprints.delete(articleId);
  if (old.sameText.length === 0) return;
  const partners = (await db.fingerprints.bulkGet(old.sameText)).filter((p): p is FingerprintRow => p !== undefined);
  await db.fingerprints.bulkPut(partners.map((p) => ({ ...p, sameText: p.sameText.filter((id) => id !== articleId) })));
}

/** The stored articles that share their text with each of `articleIds` (ids of articles still stored are the caller's to check). */
export async function sameTextOf(db: IsnadDatabase, articleIds: readonly number[]): Promise<Map<number, number[]>> {
  const rows = await db.fingerprints.bulkGet([...articleIds]);
  return new Map(articleIds.map((id, i) => [id, rows[i]?.sameText ?? []]));
}

/** Every fingerprint row of a set of texts, linked, in article id order: the v4 → v5 upgrade. */
export function fingerprintAll(texts: readonly { articleId: number; text: string; title?: string }[]): FingerprintRow[] {
  const index = new SharedTextIndex<number>();
  const rows = new Map<number, FingerprintRow>();
  for (const { articleId, text, title } of [...texts].sort((a, b) => a.articleId - b.articleId)) {
    const fp = fingerprint(text, title);
    if (!fp) continue;
    const row: FingerprintRow = { articleId, size: fp.size, minhash: fp.minhash, bands: bandKeys(fp), sameText: [] };
    for (const other of index.matches(fp)) {
      row.sameText.push(other);
      rows.get(other)!.sameText.push(articleId);
    }
    index.add(articleId, fp);
    rows.set(articleId, row);
  }
  return [...rows.values()];
}
