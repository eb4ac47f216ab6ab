import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../../src/export/csv.ts';
import { select } from '../../../src/export/select.ts';
import { ANNOTATION_CONTEXT, fromWebAnnotation, toWebAnnotation } from '../../../src/export/webAnnotation.ts';
import { article, clone, sampleDocument } from './helpers.ts';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('W3C Web Annotation', () => {
  it('is a collection of annotations with quote and position selectors', () => {
    const doc = sampleDocument();
    const w3c = toWebAnnotation(doc);
    expect(w3c['@context'][0]).toBe(ANNOTATION_CONTEXT);
    expect(w3c.type).toBe('AnnotationCollection');
    const mentions = doc.articles.flatMap((a) => [...a.officials, ...a.agreements].flatMap((e) => e.mentions)).length;
    const claims = doc.articles.flatMap((a) => a.claims).length;
    expect(w3c.total).toBe(mentions + claims);
    expect(w3c.first.items).toHaveLength(w3c.total);
    const first = w3c.first.items[0]!;
    expect(first.motivation).toBe('highlighting');
    const official = doc.articles[0]!.officials[0]!;
    expect(first.body[0]).toEqual({ id: `urn:isnad:entity:${official.id}`, purpose: 'identifying' });
    const [quote, position] = first.target.selector;
    expect(doc.articles[0]!.text.slice(position.start, position.end)).toBe(quote.exact);
    expect(quote.exact).toBe(official.mentions[0]!.text);
    expect(quote.suffix).toBe(doc.articles[0]!.text.slice(position.end, position.end + 32));
    expect(w3c.first.items.filter((a) => a.motivation === 'commenting')).toHaveLength(claims);
  });

  it('reads its own export back exactly, also through JSON text', () => {
    const doc = sampleDocument();
    expect(fromWebAnnotation(toWebAnnotation(doc))).toEqual({ ok: true, doc });
    expect(fromWebAnnotation(clone(toWebAnnotation(doc)))).toEqual({ ok: true, doc });
  });

  it('refuses an annotation that no longer fits its article', () => {
    const moved = clone(toWebAnnotation(sampleDocument()));
    moved.first.items[0]!.target.selector[1].start += 2;
    const r1 = fromWebAnnotation(moved);
    expect(r1.ok).toBe(false);
    expect(!r1.ok && r1.errors[0]).toMatch(/officials\.0\.mentions\.0/);

    const elsewhere = clone(toWebAnnotation(sampleDocument()));
    elsewhere.first.items[3]!.target.source = 'https://elsewhere.example/';
    expect(fromWebAnnotation(elsewhere)).toEqual({ ok: false, errors: ['first.items.3.target.source: no article https://elsewhere.example/ in isnadDocument'] });

    const plain = { '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [] } };
    expect(fromWebAnnotation(plain).ok).toBe(false);
  });
});

describe('CSV', () => {
  it('has a BOM, CRLF lines, one row per mention and per claim', () => {
    const doc = sampleDocument();
    const csv = toCsv(doc);
    expect(csv.startsWith('\uFEFFkind,article_url,')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const mentions = doc.articles.flatMap((a) => [...a.officials, ...a.agreements].flatMap((e) => e.mentions)).length;
    const claims = doc.articles.flatMap((a) => a.claims);
    expect(rows).toHaveLength(1 + mentions + claims.length);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const claimRows = rows.filter((r) => r[0] === 'claim');
    expect(claimRows.map((r) => r[12])).toEqual(claims.map((c) => c.text));
    // Rows follow the text of each article.
    const starts = rows.slice(1).filter((r) => r[1] === doc.articles[0]!.canonicalUrl).map((r) => Number(r[13]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('names both speakers of joint words, and the institution that speaks', () => {
    const doc = sampleDocument();
    const first = doc.articles[0]!;
    const base = first.claims[0]!;
    const [a, b] = first.officials;
    first.claims = [
      { ...base, speaker: a!.id, speakers: [a!.id, b!.id] },
      { ...base, speaker: null, institution: 'وزارة الخارجية الروسية' },
    ];
    const rows = readCsv(toCsv(doc).slice(1)).filter((r) => r[0] === 'claim' && r[1] === first.canonicalUrl);
    const id = CSV_COLUMNS.indexOf('entity_id');
    const name = CSV_COLUMNS.indexOf('name');
    expect(rows[0]![id]).toBe(`${a!.id} + ${b!.id}`);
    expect(rows[0]![name]).toBe(`${a!.name} + ${b!.name}`);
    expect(rows[1]![name]).toBe('وزارة الخارجية الروسية');
  });

  it('quotes as RFC 4180 says and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvCell('سطر\nسطر')).toBe('"سطر\nسطر"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
    expect(csvCell(12)).toBe('12');

    const hostile = article('cairo', { title: '=cmd|" /C calc"!A0' });
    const rows = readCsv(toCsv({ ...sampleDocument(), articles: [hostile] }).slice(1));
    expect(rows[1]![2]).toBe(`'=cmd|" /C calc"!A0`);
  });
});

describe('selection', () => {
  it('takes one meeting with the articles that report it, or one article', () => {
    const doc = sampleDocument();
    const meeting = select(doc, { kind: 'meeting', id: doc.meetings[0]!.id });
    expect(meeting.ok && meeting.doc.articles.map((a) => a.canonicalUrl).sort()).toEqual(doc.meetings[0]!.articles);

    const url = doc.articles[1]!.canonicalUrl;
    const one = select(doc, { kind: 'article', url: `${url}#comments` });
    expect(one.ok && one.doc.articles).toEqual([doc.articles[1]]);
    expect(one.ok && one.doc.meetings[0]!.members).toEqual([doc.meetings[0]!.members.find((m) => m.article === url)]);

    expect(select(doc, { kind: 'all' })).toEqual({ ok: true, doc });
    expect(select(doc, { kind: 'meeting', id: 'nope' }).ok).toBe(false);
    expect(select(doc, { kind: 'article', url: 'https://nope.example/' }).ok).toBe(false);
  });
});
