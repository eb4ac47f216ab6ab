import { describe, expect, it } from 'vitest';
import { emptyDocument, mergeDocuments } from '../../../src/export/merge.ts';
import { article, clone, sampleDocument } from './helpers.ts';
import { makeDocument } from '../../../src/export/document.ts';

describe('merge', () => {
  it('adds, then finds nothing to do the second time', () => {
    const library = emptyDocument(new Date('2023-11-02T00:00:00Z'));
    const first = mergeDocuments(library, sampleDocument());
    expect(first.counts).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0 });
    expect(first.doc.articles).toEqual(sampleDocument().articles);
    expect(first.doc.meetings).toEqual(sampleDocument().meetings);
    const second = mergeDocuments(first.doc, clone(sampleDocument()));
    expect(second.counts).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: 0 });
    expect(second.doc).toBe(first.doc);
    expect(mergeDocuments(library, sampleDocument()).doc).toEqual(first.doc);
  });

  it('replaces a copy saved earlier, keeps one saved later, and unites the addresses', () => {
    const stored = makeDocument([article('cairo')]);
    const newer = article('cairo', { title: 'عنوان معدل', url: 'https://m.news-cairo.example/x', urls: ['https://m.news-cairo.example/x'], savedAt: '2023-10-30T00:00:00.000Z' });
    const merged = mergeDocuments(stored, makeDocument([newer, article('amman')]));
    expect(merged.counts).toEqual({ added: 1, updated: 1, unchanged: 0, skipped: 0 });
    expect(merged.doc.articles[0]!.title).toBe('عنوان معدل');
    expect(merged.doc.articles[0]!.urls).toEqual([stored.articles[0]!.canonicalUrl, 'https://m.news-cairo.example/x']);
    expect(merged.changed.map((a) => a.canonicalUrl)).toEqual([stored.articles[0]!.canonicalUrl, article('amman').canonicalUrl]);

    const older = mergeDocuments(merged.doc, makeDocument([article('cairo')]));
    expect(older.counts).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 1 });
    expect(older.doc).toBe(merged.doc);
  });

  it('changes nothing when the import is refused', () => {
    const library = sampleDocument();
    const before = clone(library);
    const bad = clone(sampleDocument());
    bad.articles[0]!.officials[0]!.mentions[0]!.start = 999_999;
    const result = mergeDocuments(library, bad);
    expect(result.ok).toBe(false);
    expect(result.doc).toBe(library);
    expect(result.counts).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 0 });
    expect(library).toEqual(before);
  });
});
