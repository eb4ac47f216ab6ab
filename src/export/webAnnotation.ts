/**
 * W3C Web Annotation (JSON-LD) export, and reading Isnad's own export back.
 *
 * Shape: one `AnnotationCollection` whose `first` page embeds every annotation (`AnnotationPage`
 * with `items`), so one file is self-contained. Per article, in order: every mention of an
 * official or agreement (motivation `highlighting`), then every claim (motivation `commenting`).
 * Each targets `{ source: <canonical URL>, selector: [TextQuoteSelector, TextPositionSelector] }`.
 * Bodies: the entity as a resource `urn:isnad:entity:<id>` (purpose `identifying`), its kind as a
 * `tagging` TextualBody and its name/role as `describing` TextualBodies; a claim's body is its
 * speaker (when known) and a `commenting` TextualBody naming speaker and verb.
 *
 * Annotations cannot carry the article text, its metadata or the meeting groups, so the collection
 * holds them in `isnadDocument`, a JSON literal (JSON-LD 1.1 `@json`) in Isnad's own vocabulary;
 * a claim's speaker, relay, verb and quote ride in `isnadClaim`. With both, `fromWebAnnotation`
 * rebuilds the Isnad document exactly, then validates it as `parseIsnadDocument` does.
 */
import * as v from 'valibot';
import {
  checkJsonShape,
  EXPORT_LIMITS,
  ISNAD_FORMAT,
  isRecord,
  issuesToErrors,
  parseIsnadDocument,
  type IsnadArticle,
  type IsnadDocument,
  type Migration,
  type ParseResult,
  MIGRATIONS,
} from './document.ts';
import type { Agreement, Claim, Official } from '../nlp/types.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Isnad's vocabulary: the terms it adds to the Web Annotation context. */
export const ISNAD_CONTEXT = {
  '@version': 1.1,
  isnad: 'urn:isnad:vocab:',
  isnadDocument: { '@id': 'isnad:document', '@type': '@json' },
  isnadClaim: { '@id': 'isnad:claim', '@type': '@json' },
} as const;

const QUOTE_CONTEXT = 32;

export const entityIri = (id: string) => `urn:isnad:entity:${encodeURIComponent(id)}`;

/** What `isnadDocument` holds for one article: everything but the spans, which are annotations. */
type ArticleRecord = Omit<IsnadArticle, 'officials' | 'agreements' | 'claims'> & { entities: EntityRecord[] };
type EntityRecord = ({ kind: 'official' } & Omit<Official, 'mentions'>) | ({ kind: 'agreement' } & Omit<Agreement, 'mentions'>);

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  body: Record<string, unknown>[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  isnadClaim?: { speaker: string | null; speakers?: string[]; institution?: string; reportedBy: string | null; verb: string; quote: string | null; agency?: string };
}
export interface AnnotationCollection {
  '@context': [typeof ANNOTATION_CONTEXT, typeof ISNAD_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  created: string;
  total: number;
  isnadDocument: { format: typeof ISNAD_FORMAT; version: number; exportedAt: string; articles: ArticleRecord[]; meetings: IsnadDocument['meetings'] };
  first: { type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

// ---------------------------------------------------------------- writing

export function toWebAnnotation(doc: IsnadDocument): AnnotationCollection {
  const items: Annotation[] = [];
  const articles: ArticleRecord[] = [];
  for (const article of doc.articles) {
    const { officials, agreements, claims, ...meta } = article;
    const entities: EntityRecord[] = [
      ...officials.map(({ mentions: _m, ...o }) => ({ kind: 'official' as const, ...o })),
      ...agreements.map(({ mentions: _m, ...a }) => ({ kind: 'agreement' as const, ...a })),
    ];
    articles.push({ ...meta, entities });
    for (const o of officials) for (const m of o.mentions) items.push(mentionAnnotation(article, 'official', o, m));
    for (const a of agreements) for (const m of a.mentions) items.push(mentionAnnotation(article, 'agreement', a, m));
    for (const c of claims) items.push(claimAnnotation(article, c));
  }
  return {
    '@context': [ANNOTATION_CONTEXT, ISNAD_CONTEXT],
    id: `urn:isnad:export:${doc.exportedAt}`,
    type: 'AnnotationCollection',
    label: `Isnad export: ${doc.articles.length} article${doc.articles.length === 1 ? '' : 's'}`,
    created: doc.exportedAt,
    total: items.length,
    isnadDocument: { format: doc.format, version: doc.version, exportedAt: doc.exportedAt, articles, meetings: doc.meetings },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function target(article: IsnadArticle, start: number, end: number): Annotation['target'] {
  const text = article.text;
  return {
    source: article.canonicalUrl,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: text.slice(end, end + QUOTE_CONTEXT) },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}

function mentionAnnotation(article: IsnadArticle, kind: 'official' | 'agreement', entity: Official | Agreement, span: { start: number; end: number }): Annotation {
  const english = [entity.nameEn, 'role' in entity ? [entity.role, entity.country].filter(Boolean).join(', ') : ''].filter(Boolean).join(' — ');
  const body: Record<string, unknown>[] = [
    { id: entityIri(entity.id), purpose: 'identifying' },
    { type: 'TextualBody', purpose: 'tagging', value: kind },
    { type: 'TextualBody', purpose: 'describing', value: entity.name, language: 'ar', format: 'text/plain' },
  ];
  if (english) body.push({ type: 'TextualBody', purpose: 'describing', value: english, language: 'en', format: 'text/plain' });
  return {
    id: annotationId(article.canonicalUrl, kind, entity.id, span.start, span.end),
    type: 'Annotation',
    motivation: 'highlighting',
    body,
    target: target(article, span.start, span.end),
  };
}

function claimAnnotation(article: IsnadArticle, claim: Claim): Annotation {
  const speaker = claim.speaker ? article.officials.find((o) => o.id === claim.speaker) : undefined;
  const who = speaker ? speaker.nameEn || speaker.name : (claim.speaker ?? 'unattributed');
  const body: Record<string, unknown>[] = [];
  if (claim.speaker) body.push({ id: entityIri(claim.speaker), purpose: 'identifying' });
  body.push({ type: 'TextualBody', purpose: 'commenting', value: `${who}: ${claim.verb}`, format: 'text/plain' });
  return {
    id: annotationId(article.canonicalUrl, 'claim', claim.speaker ?? '', claim.start, claim.end),
    type: 'Annotation',
    motivation: 'commenting',
    body,
    target: target(article, claim.start, claim.end),
    isnadClaim: {
      speaker: claim.speaker,
      ...(claim.speakers ? { speakers: claim.speakers } : {}),
      ...(claim.institution ? { institution: claim.institution } : {}),
      ...(claim.agency ? { agency: claim.agency } : {}),
      reportedBy: claim.reportedBy,
      verb: claim.verb,
      quote: claim.quote,
    },
  };
}

/** A stable IRI for an annotation: the same span of the same article gets the same id in every export. */
function annotationId(url: string, kind: string, entity: string, start: number, end: number): string {
  return `urn:isnad:annotation:${hash(`${url}\u0000${kind}\u0000${entity}\u0000${start}\u0000${end}`)}`;
}

/** Two FNV-1a passes with different seeds: 64 bits, enough to tell a library's spans apart. */
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------- reading

const selectorSchema = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: v.string(), prefix: v.optional(v.string()), suffix: v.optional(v.string()) }),
  v.object({ type: v.literal('TextPositionSelector'), start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);

const AnnotationSchema = v.object({
  type: v.literal('Annotation'),
  motivation: v.picklist(['highlighting', 'commenting'], 'must be highlighting or commenting (an Isnad export)'),
  body: v.pipe(v.array(v.record(v.string(), v.unknown())), v.maxLength(16)),
  target: v.object({ source: v.pipe(v.string(), v.maxLength(EXPORT_LIMITS.url)), selector: v.pipe(v.array(selectorSchema), v.minLength(1), v.maxLength(4)) }),
  isnadClaim: v.optional(
    v.object({
      speaker: v.nullable(v.string()),
      speakers: v.optional(v.array(v.string())),
      institution: v.optional(v.string()),
      agency: v.optional(v.string()),
      reportedBy: v.nullable(v.string()),
      verb: v.string(),
      quote: v.nullable(v.string()),
    }),
  ),
});

const EntityRecordSchema = v.variant('kind', [
  v.object({
    kind: v.literal('official'),
    id: v.string(),
    name: v.string(),
    nameEn: v.string(),
    role: v.string(),
    country: v.string(),
    roleAr: v.optional(v.string()),
    countryAr: v.optional(v.string()),
    roleYears: v.optional(v.string()),
  }),
  v.object({ kind: v.literal('agreement'), id: v.string(), name: v.string(), nameEn: v.string(), meeting: v.optional(v.string()) }),
]);

const CollectionSchema = v.object({
  '@context': v.pipe(
    v.union([v.string(), v.array(v.unknown())]),
    v.check((c) => c === ANNOTATION_CONTEXT || (Array.isArray(c) && c.includes(ANNOTATION_CONTEXT)), `must name ${ANNOTATION_CONTEXT}`),
  ),
  type: v.literal('AnnotationCollection', 'must be an AnnotationCollection'),
  isnadDocument: v.object(
    {
      format: v.literal(ISNAD_FORMAT),
      version: v.number(),
      exportedAt: v.unknown(),
      articles: v.pipe(v.array(v.looseObject({ canonicalUrl: v.string(), entities: v.pipe(v.array(EntityRecordSchema), v.maxLength(EXPORT_LIMITS.entities * 2)) })), v.maxLength(EXPORT_LIMITS.articles)),
      meetings: v.unknown(),
    },
    'missing: this is not an Isnad export (no isnadDocument with the articles)',
  ),
  first: v.object({ type: v.literal('AnnotationPage'), items: v.pipe(v.array(v.unknown()), v.maxLength(EXPORT_LIMITS.articles * 100)) }),
});

/**
 * Reads a Web Annotation collection that Isnad exported back into an Isnad document. Never throws;
 * an annotation that does not fit its article (unknown source, entity or offsets) refuses the file.
 */
export function fromWebAnnotation(json: unknown, migrations: ReadonlyMap<number, Migration> = MIGRATIONS): ParseResult {
  try {
    const shape = checkJsonShape(json);
    if (shape) return { ok: false, errors: [shape] };
    const parsed = v.safeParse(CollectionSchema, json);
    if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues) };
    const { isnadDocument, first } = parsed.output;

    interface Builder {
      article: Record<string, unknown>;
      officials: Map<string, Official>;
      agreements: Map<string, Agreement>;
      claims: Claim[];
    }
    const builders = new Map<string, Builder>();
    const articleMeta = isnadDocument.articles as Record<string, unknown>[];
    for (const record of articleMeta) {
      const { entities, ...meta } = record as { entities: v.InferOutput<typeof EntityRecordSchema>[] } & Record<string, unknown>;
      const officials = new Map<string, Official>();
      const agreements = new Map<string, Agreement>();
      for (const e of entities) {
        if (e.kind === 'official') {
          const { kind: _k, ...official } = e;
          officials.set(e.id, { ...official, mentions: [] });
        } else {
          const { kind: _k, ...agreement } = e;
          agreements.set(e.id, { ...agreement, mentions: [] });
        }
      }
      if (builders.has(String(meta.canonicalUrl))) return { ok: false, errors: [`isnadDocument.articles: ${String(meta.canonicalUrl)} appears twice`] };
      builders.set(String(meta.canonicalUrl), { article: meta, officials, agreements, claims: [] });
    }

    const errors: string[] = [];
    first.items.forEach((item, i) => {
      if (errors.length >= EXPORT_LIMITS.errors) return;
      const at = `first.items.${i}`;
      const a = v.safeParse(AnnotationSchema, item);
      if (!a.success) return void errors.push(...issuesToErrors(a.issues).slice(0, 3).map((e) => `${at}.${e}`));
      const annotation = a.output;
      const builder = builders.get(annotation.target.source);
      if (!builder) return void errors.push(`${at}.target.source: no article ${annotation.target.source.slice(0, 200)} in isnadDocument`);
      const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
      if (!quote || !position) return void errors.push(`${at}.target.selector: needs a TextQuoteSelector and a TextPositionSelector`);
      const span = { start: position.start, end: position.end, text: quote.exact };
      if (annotation.motivation === 'commenting') {
        const c = annotation.isnadClaim;
        if (!c) return void errors.push(`${at}: a claim needs isnadClaim`);
        builder.claims.push({
          speaker: c.speaker,
          ...(c.speakers ? { speakers: c.speakers } : {}),
          ...(c.institution ? { institution: c.institution } : {}),
          reportedBy: c.reportedBy,
          verb: c.verb,
          text: span.text,
          quote: c.quote,
          start: span.start,
          end: span.end,
          ...(c.agency ? { agency: c.agency } : {}),
        });
        return;
      }
      const entityId = identifiedEntity(annotation.body);
      const kind = annotation.body.find((b) => b.purpose === 'tagging')?.value;
      const entity = kind === 'official' ? builder.officials.get(entityId ?? '') : kind === 'agreement' ? builder.agreements.get(entityId ?? '') : undefined;
      if (!entity) return void errors.push(`${at}.body: names no ${typeof kind === 'string' ? kind.slice(0, 20) : 'entity'} ${String(entityId).slice(0, 100)} of its article`);
      entity.mentions.push(span);
    });
    if (errors.length) return { ok: false, errors: errors.slice(0, EXPORT_LIMITS.errors) };

    const doc = {
      format: isnadDocument.format,
      version: isnadDocument.version,
      exportedAt: isnadDocument.exportedAt,
      articles: [...builders.values()].map((b) => {
        const { meetings, ...meta } = b.article;
        return { ...meta, officials: [...b.officials.values()], agreements: [...b.agreements.values()], claims: b.claims, meetings };
      }),
      meetings: isnadDocument.meetings,
    };
    const result = parseIsnadDocument(doc, migrations);
    // Paths point into the rebuilt document; say so, so that nobody looks for them in the file.
    return result.ok ? result : { ok: false, errors: result.errors.map((e) => `isnadDocument (rebuilt) ${e}`) };
  } catch (error) {
    return { ok: false, errors: [`unreadable input: ${String((error as Error)?.message ?? error).slice(0, 200)}`] };
  }
}

function identifiedEntity(body: Record<string, unknown>[]): string | null {
  const iri = body.find((b) => b.purpose === 'identifying')?.id;
  if (typeof iri !== 'string' || !iri.startsWith('urn:isnad:entity:')) return null;
  try {
    return decodeURIComponent(iri.slice('urn:isnad:entity:'.length));
  } catch {
    return null;
  }
}

/** Does this JSON look like a Web Annotation collection (rather than Isnad JSON)? */
export function looksLikeWebAnnotation(json: unknown): boolean {
  return isRecord(json) && ('@context' in json || json.type === 'AnnotationCollection');
}
