/**
 * CSV for spreadsheets: one row per mention of an official or agreement and one per claim, in the
 * order they occur in each article. RFC 4180 (comma, CRLF, fields with a comma, quote or line
 * break quoted, quotes doubled), UTF-8 with a byte-order mark so that Excel reads Arabic as Arabic.
 *
 * A cell that begins with = + - @ (or a tab or carriage return) gets a leading apostrophe: a
 * spreadsheet would otherwise run it as a formula, and article text is written by strangers.
 */
import type { IsnadArticle, IsnadDocument } from './document.ts';

export const CSV_COLUMNS = [
  'kind',
  'article_url',
  'title',
  'source',
  'published',
  'entity_id',
  'name',
  'name_en',
  'role',
  'country',
  'verb',
  'reported_by',
  'text',
  'start',
  'end',
  'quote',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised if a spreadsheet would read it as a formula, quoted if RFC 4180 asks. */
export function csvCell(value: string | number): string {
  let cell = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(doc: IsnadDocument): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const article of doc.articles) for (const row of rowsOf(article)) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

function rowsOf(article: IsnadArticle): Row[] {
  const common = {
    article_url: article.canonicalUrl,
    title: article.title,
    source: article.source.name || article.source.host,
    published: article.published ?? '',
  };
  const officials = new Map(article.officials.map((o) => [o.id, o]));
  const rows: { at: number; order: number; row: Row }[] = [];
  for (const o of article.officials)
    for (const m of o.mentions)
      rows.push({
        at: m.start,
        order: 0,
        row: { kind: 'official', ...common, entity_id: o.id, name: o.name, name_en: o.nameEn, role: o.role, country: o.country, verb: '', reported_by: '', text: m.text, start: m.start, end: m.end, quote: '' },
      });
  for (const a of article.agreements)
    for (const m of a.mentions)
      rows.push({
        at: m.start,
        order: 0,
        row: { kind: 'agreement', ...common, entity_id: a.id, name: a.name, name_en: a.nameEn, role: '', country: '', verb: '', reported_by: '', text: m.text, start: m.start, end: m.end, quote: '' },
      });
  for (const c of article.claims) {
    const speaker = c.speaker ? officials.get(c.speaker) : undefined;
    rows.push({
      at: c.start,
      order: 1,
      row: {
        kind: 'claim',
        ...common,
        // Words given to both sides name both; an institution's words name the institution.
        entity_id: (c.speakers ?? (c.speaker ? [c.speaker] : [])).join(' + '),
        name: c.speakers ? c.speakers.map((id) => officials.get(id)?.name ?? id).join(' + ') : (speaker?.name ?? c.institution ?? ''),
        name_en: speaker?.nameEn ?? '',
        role: speaker?.role ?? '',
        country: speaker?.country ?? '',
        verb: c.verb,
        reported_by: c.reportedBy ?? '',
        text: c.text,
        start: c.start,
        end: c.end,
        quote: c.quote ?? '',
      },
    });
  }
  // Stable sort: reading order, a claim after the mentions that begin where it begins.
  return rows.sort((x, y) => x.at - y.at || x.order - y.order).map((r) => r.row);
}
