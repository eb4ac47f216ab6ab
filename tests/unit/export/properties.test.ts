/**
 * Property-based tests: thousands of generated documents, random JSON and mutated files go into
 * the readers and the merge. Nothing may throw; what is accepted must be sound; what is refused
 * must leave the library as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isArticleAddress, makeDocument, parseIsnadDocument, type IsnadArticle, type IsnadDocument } from '../../../src/export/document.ts';
import { mergeDocuments } from '../../../src/export/merge.ts';
import { fromWebAnnotation, toWebAnnotation } from '../../../src/export/webAnnotation.ts';
import type { ArticleMeeting, MeetingKind } from '../../../src/nlp/types.ts';
import { clone } from './helpers.ts';

/** Run counts that keep the whole file near 5 s: 3,000-odd inputs in all. */
const RUNS = { roundTrip: 200, random: 1000, mutated: 700, merge: 400 };

const letters = fc.constantFrom('ا', 'ل', 'م', 'ن', 'ي', 'و', 'ر', 'ة', 'ك', ' ', ' ', '\n', '"', '«', '»', '،', '=', '-', ',', 'a', '😀', '\u200f');
const text = fc.string({ unit: letters, minLength: 1, maxLength: 160 });
const name = fc.string({ unit: letters, maxLength: 20 });
const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const timestamp = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const KINDS: MeetingKind[] = ['meeting', 'talks', 'phone call', 'conference'];

/** A span inside `t`, with the text it holds. */
const spanIn = (t: string) =>
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
    const start = a % t.length;
    const end = start + 1 + (b % (t.length - start));
    return { start, end, text: t.slice(start, end) };
  });

const articleAt = (url: string): fc.Arbitrary<IsnadArticle> =>
  text.chain((t) =>
    fc
      .record({
        officials: fc.array(fc.record({ name, nameEn: name, role: name, country: name, mentions: fc.array(spanIn(t), { maxLength: 4 }) }), { maxLength: 4 }),
        agreements: fc.array(fc.record({ name, nameEn: name, mentions: fc.array(spanIn(t), { maxLength: 3 }) }), { maxLength: 2 }),
        claims: fc.array(fc.record({ span: spanIn(t), verb: name, quote: fc.option(name), speaker: fc.option(fc.nat(5)), reportedBy: fc.option(fc.nat(5)) }), { maxLength: 3 }),
        meetings: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), people: fc.uniqueArray(fc.nat(4), { maxLength: 3 }), place: fc.option(fc.constantFrom('Cairo', 'Doha', 'Sochi')), date: fc.option(isoDay) }), { maxLength: 2 }),
        title: name,
        published: fc.option(isoDay),
        savedAt: timestamp,
      })
      .map((r) => ({
        url,
        canonicalUrl: url,
        urls: [url],
        title: r.title,
        published: r.published,
        source: { host: new URL(url).hostname, name: 'وكالة' },
        lang: 'ar',
        text: t,
        savedAt: r.savedAt,
        officials: r.officials.map((o, i) => ({ id: `person-${i}`, ...o })),
        agreements: r.agreements.map((a, i) => ({ id: `deal-${i}`, ...a })),
        claims: r.claims.map((c) => ({
          speaker: c.speaker === null ? null : `person-${c.speaker}`,
          reportedBy: c.reportedBy === null ? null : `person-${c.reportedBy}`,
          verb: c.verb,
          text: c.span.text,
          quote: c.quote,
          start: c.span.start,
          end: c.span.end,
        })),
        meetings: r.meetings.map(
          (m, i): ArticleMeeting => ({ id: `m${i}`, kind: m.kind, participants: m.people.map((p) => `person-${p}`), place: m.place, date: m.date }),
        ),
      })),
  );

/** Documents whose articles come from a small pool of addresses, so that two of them overlap. */
const documentArb: fc.Arbitrary<IsnadDocument> = fc
  .uniqueArray(fc.nat(6), { maxLength: 4 })
  .chain((ids) => (ids.length ? fc.tuple(...ids.map((n) => articleAt(`https://site${n % 3}.example/news/${n}`))) : fc.constant<IsnadArticle[]>([])))
  .map((articles) => makeDocument([...articles], new Date('2024-01-01T00:00:00Z')));

// ---------------------------------------------------------------- mutation

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function allPaths(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'proto', 'nudge', 'grow', 'swap-type'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

/** One random edit somewhere in the JSON tree of `json` (a copy). */
function mutate(json: unknown, { at, op, value }: { at: number; op: string; value: unknown }): unknown {
  const copy = clone(json) as Json;
  const paths = allPaths(copy);
  const path = paths[at % paths.length]!;
  if (path.length === 0) return op === 'replace' ? value : copy;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!;
  const key = path[path.length - 1]!;
  const holder = parent as Record<string | number, Json>;
  const old = holder[key];
  switch (op) {
    case 'replace':
      holder[key] = value as Json;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete holder[key];
      break;
    case 'proto': {
      // As JSON.parse makes it: an own property named __proto__.
      const target = old && typeof old === 'object' && !Array.isArray(old) ? old : holder;
      Object.defineProperty(target, at % 2 ? '__proto__' : 'constructor', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      break;
    }
    case 'nudge':
      holder[key] = typeof old === 'number' ? old + (at % 2 ? 1 : -1) : old!;
      break;
    case 'grow':
      holder[key] = typeof old === 'string' ? old + 'ع' : Array.isArray(old) ? [...old, ...old] : old!;
      break;
    case 'swap-type':
      holder[key] = typeof old === 'string' ? at : typeof old === 'number' ? String(old) : null;
      break;
  }
  return copy;
}

/** What must hold of any accepted document, checked here without the validator. */
function sound(doc: IsnadDocument): boolean {
  const urls = new Set<string>();
  for (const a of doc.articles) {
    if (urls.has(a.canonicalUrl) || !isArticleAddress(a.canonicalUrl) || !isArticleAddress(a.url)) return false;
    urls.add(a.canonicalUrl);
    for (const s of [...a.officials.flatMap((o) => o.mentions), ...a.agreements.flatMap((g) => g.mentions), ...a.claims])
      if (!(s.start < s.end && s.end <= a.text.length && a.text.slice(s.start, s.end) === s.text)) return false;
    for (const id of [...a.officials, ...a.agreements].map((e) => e.id)) if (['__proto__', 'constructor', 'prototype'].includes(id)) return false;
  }
  return doc.meetings.every((g) => g.members.every((m) => doc.articles.some((a) => a.canonicalUrl === m.article && a.meetings.some((x) => x.id === m.meeting))));
}

const noPollution = () => expect(({} as Record<string, unknown>).polluted).toBeUndefined();

describe('properties', () => {
  it('every generated document reads back equal, as Isnad JSON and as W3C', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(parseIsnadDocument(clone(doc))).toEqual({ ok: true, doc });
        expect(fromWebAnnotation(clone(toWebAnnotation(doc)))).toEqual({ ok: true, doc });
      }),
      { numRuns: RUNS.roundTrip },
    );
  });

  it('random values are refused, never thrown on', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 3, maxKeys: 6 }), fc.jsonValue({ maxDepth: 3 })), (value) => {
        expect(parseIsnadDocument(value).ok).toBe(false);
        expect(fromWebAnnotation(value).ok).toBe(false);
      }),
      { numRuns: RUNS.random },
    );
  });

  it('a mutated Isnad file is refused or sound; never a throw', () => {
    fc.assert(
      fc.property(documentArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (doc, edits) => {
        const bad = edits.reduce<unknown>((json, edit) => mutate(json, edit), doc);
        const result = parseIsnadDocument(bad);
        if (result.ok) expect(sound(result.doc)).toBe(true);
        noPollution();
      }),
      { numRuns: RUNS.mutated },
    );
  });

  it('a mutated W3C file is refused or sound; never a throw', () => {
    fc.assert(
      fc.property(documentArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (doc, edits) => {
        const bad = edits.reduce<unknown>((json, edit) => mutate(json, edit), toWebAnnotation(doc));
        const result = fromWebAnnotation(bad);
        if (result.ok) expect(sound(result.doc)).toBe(true);
        noPollution();
      }),
      { numRuns: RUNS.mutated },
    );
  });

  it('merge is idempotent, and a refused import leaves the library as it was', () => {
    fc.assert(
      fc.property(documentArb, documentArb, fc.array(mutation, { maxLength: 2 }), (library, incoming, edits) => {
        const before = clone(library);
        const file = edits.reduce<unknown>((json, edit) => mutate(json, edit), incoming);
        const once = mergeDocuments(library, file);
        expect(library).toEqual(before);
        if (!once.ok) {
          expect(once.doc).toBe(library);
          expect(once.changed).toEqual([]);
          return;
        }
        expect(sound(once.doc)).toBe(true);
        expect(parseIsnadDocument(clone(once.doc)).ok).toBe(true);
        const twice = mergeDocuments(once.doc, file);
        expect(twice.counts.added + twice.counts.updated).toBe(0);
        expect(twice.doc).toBe(once.doc);
        expect(mergeDocuments(clone(library), clone(file)).doc).toEqual(once.doc);
        const c = once.counts;
        expect(c.added + c.updated + c.unchanged + c.skipped).toBe((file as IsnadDocument).articles.length);
      }),
      { numRuns: RUNS.merge },
    );
  });
});
