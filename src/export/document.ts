/**
 * Isnad JSON: the file in which a reader's library leaves the extension or the CLI and comes back.
 * It holds everything the pipeline produced for each article, plus the article's text (so every
 * offset can be checked and every highlight redrawn), and the meetings grouped across sources.
 *
 * ```json
 * { "format": "isnad", "version": 1, "exportedAt": "2026-01-01T12:00:00.000Z",
 *   "articles": [ { "url", "canonicalUrl", "urls", "title", "published", "source": { "host", "name" },
 *                   "lang", "text", "savedAt", "officials", "agreements", "claims", "meetings",
 *                   "agencies"?, "sameTextAs"? } ],
 *   "meetings": [ { "id", "kind", "participants", "place", "date", "articles", "members" } ] }
 * ```
 *
 * - `canonicalUrl` is the article's identity (merging goes by it); `url` the address it was last
 *   read at; `urls` every address it was read at. Addresses are http(s), or `urn:isnad:file:<name>`
 *   for an article read from a file that gave no address.
 * - `published` is `YYYY-MM-DD`, a full ISO 8601 timestamp as the page gave it, or null.
 *   `savedAt` and `exportedAt` are ISO 8601 timestamps.
 * - `officials`, `agreements`, `claims`, `meetings` are the pipeline's own objects (src/nlp/types.ts);
 *   offsets index `text` in UTF-16 code units and `text.slice(start, end)` equals each mention's text
 *   and each claim's text.
 * - `agencies` (optional): the news agencies the story credits; a claim may carry `agency`, the one
 *   its words came through. `sameTextAs` (optional): canonical URLs of the other articles of the
 *   file that carry the same copy (an import finds them again from the texts, and keeps them).
 * - `meetings` at the top are groups (one event reported by several articles): `articles` lists
 *   canonical URLs, `members` says which meeting of which article is in the group.
 *
 * Reading is strict: unknown keys, out-of-range offsets, oversize fields, non-web addresses and
 * keys such as `__proto__` are refused with messages that say where. Another `version` is migrated
 * when a migration is known, refused with a clear message otherwise.
 */
import * as v from 'valibot';
import { LIMITS } from '../messages.ts';
import { groupMeetings, officialCountries } from '../nlp/sources/group.ts';
import { MEETING_KINDS, type Agreement, type ArticleMeeting, type Claim, type MeetingKind, type Official } from '../nlp/types.ts';

export const ISNAD_FORMAT = 'isnad';
export const ISNAD_VERSION = 1;

export interface IsnadSource {
  /** Host name of the outlet, e.g. "www.aljazeera.net"; '' when unknown. */
  host: string;
  name: string;
}

export interface IsnadArticle {
  url: string;
  canonicalUrl: string;
  urls: string[];
  title: string;
  published: string | null;
  source: IsnadSource;
  lang: string;
  text: string;
  savedAt: string;
  officials: Official[];
  agreements: Agreement[];
  claims: Claim[];
  meetings: ArticleMeeting[];
  /** The news agencies the story credits (ids of agencies.json); absent when none. */
  agencies?: string[];
  /** Canonical URLs of the other articles of the document that carry the same copy; absent when none. */
  sameTextAs?: string[];
}

/** One meeting across articles. */
export interface IsnadMeeting {
  id: string;
  kind: MeetingKind;
  participants: string[];
  place: string | null;
  date: string | null;
  /** Canonical URLs of the articles that report it. */
  articles: string[];
  /** Which meeting (its id within the article) of which article is part of the group. */
  members: { article: string; meeting: string }[];
}

export interface IsnadDocument {
  format: typeof ISNAD_FORMAT;
  version: typeof ISNAD_VERSION;
  exportedAt: string;
  articles: IsnadArticle[];
  meetings: IsnadMeeting[];
}

export type ParseResult = { ok: true; doc: IsnadDocument } | { ok: false; errors: string[] };

/** Bounds that keep a hostile file from exhausting memory; a real library stays far below them. */
export const EXPORT_LIMITS = {
  ...LIMITS,
  articles: 20_000,
  meetings: 50_000,
  urlsPerArticle: 100,
  /** All article texts together, in characters. */
  totalText: 200_000_000,
  /** Nesting depth of any JSON value read. */
  depth: 32,
  /** Values (objects, arrays, strings, numbers…) in one file. */
  values: 50_000_000,
  /** Errors reported for one file: the first ones say enough. */
  errors: 20,
} as const;

/** Keys that would reach an object's prototype if some later code copied them into a plain object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------- schema

const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max, `more than ${max} items`));
const offset = v.pipe(v.number(), v.integer('must be an integer'), v.minValue(0, 'must not be negative'));

/** An identifier that is data, never a key: no control characters, no prototype names. */
const id = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.name),
  v.check((s) => !FORBIDDEN_KEYS.has(s), 'is a reserved name'),
  v.check((s) => !/[\u0000-\u001f\u007f]/.test(s), 'holds control characters'),
);

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'must be a date YYYY-MM-DD'));
const timestamp = v.pipe(
  v.string(),
  v.regex(ISO_TIMESTAMP, 'must be an ISO 8601 timestamp'),
  v.check((s) => Number.isFinite(Date.parse(s)), 'is not a real time'),
);
const published = v.pipe(
  v.string(),
  v.check((s) => ISO_DATE.test(s) || (ISO_TIMESTAMP.test(s) && Number.isFinite(Date.parse(s))), 'must be YYYY-MM-DD or an ISO 8601 timestamp'),
);

/** Web pages, or the URN the CLI gives a file read without an address: never javascript:, data: … */
export function isArticleAddress(s: string): boolean {
  if (/^urn:isnad:file:[^\s\u0000-\u001f]+$/.test(s)) return true;
  try {
    const { protocol } = new URL(s);
    return (protocol === 'http:' || protocol === 'https:') && !/[\s\u0000-\u001f]/.test(s);
  } catch {
    return false;
  }
}
const address = v.pipe(v.string(), v.maxLength(LIMITS.url), v.check(isArticleAddress, 'must be an http(s) URL or urn:isnad:file:NAME'));

const SpanSchema = v.strictObject({ start: offset, end: offset, text: str(LIMITS.name) });

const OfficialSchema = v.strictObject({
  id,
  name: str(LIMITS.name),
  nameEn: str(LIMITS.name),
  role: str(LIMITS.name),
  country: str(LIMITS.name),
  roleAr: v.optional(str(LIMITS.name)),
  countryAr: v.optional(str(LIMITS.name)),
  roleYears: v.optional(str(40)),
  mentions: list(SpanSchema, LIMITS.mentions),
});

const AgreementSchema = v.strictObject({
  id,
  name: str(LIMITS.name),
  nameEn: str(LIMITS.name),
  meeting: v.optional(str(LIMITS.name)),
  mentions: list(SpanSchema, LIMITS.mentions),
});

const ClaimSchema = v.strictObject({
  speaker: v.nullable(id),
  speakers: v.optional(list(id, LIMITS.entities)),
  institution: v.optional(str(LIMITS.name)),
  reportedBy: v.nullable(id),
  verb: str(LIMITS.name),
  text: str(LIMITS.text),
  quote: v.nullable(str(LIMITS.text)),
  start: offset,
  end: offset,
  agency: v.optional(id),
});

const kind = v.picklist(MEETING_KINDS, `must be one of ${MEETING_KINDS.join(', ')}`);

const ArticleMeetingSchema = v.strictObject({
  id,
  kind,
  participants: list(id, LIMITS.entities),
  place: v.nullable(str(LIMITS.name)),
  date: v.nullable(isoDate),
  mentioned: v.optional(v.literal(true)),
});

export const ArticleSchema = v.strictObject({
  url: address,
  canonicalUrl: address,
  urls: v.pipe(list(address, EXPORT_LIMITS.urlsPerArticle), v.check((urls) => new Set(urls).size === urls.length, 'must not list an address twice')),
  title: str(LIMITS.title),
  published: v.nullable(published),
  source: v.strictObject({ host: str(255), name: str(LIMITS.name) }),
  lang: str(35),
  text: str(LIMITS.text),
  savedAt: timestamp,
  officials: list(OfficialSchema, LIMITS.entities),
  agreements: list(AgreementSchema, LIMITS.entities),
  claims: list(ClaimSchema, LIMITS.mentions),
  meetings: list(ArticleMeetingSchema, LIMITS.entities),
  agencies: v.optional(list(id, LIMITS.entities)),
  sameTextAs: v.optional(list(address, EXPORT_LIMITS.urlsPerArticle)),
});

export const MeetingGroupSchema = v.strictObject({
  id,
  kind,
  participants: list(id, LIMITS.entities),
  place: v.nullable(str(LIMITS.name)),
  date: v.nullable(isoDate),
  articles: list(address, EXPORT_LIMITS.articles),
  members: list(v.strictObject({ article: address, meeting: id }), EXPORT_LIMITS.articles),
});

export const IsnadDocumentSchema = v.strictObject({
  format: v.literal(ISNAD_FORMAT),
  version: v.literal(ISNAD_VERSION),
  exportedAt: timestamp,
  articles: list(ArticleSchema, EXPORT_LIMITS.articles),
  meetings: list(MeetingGroupSchema, EXPORT_LIMITS.meetings),
});

// The document's types and the schema must agree: these lines stop compiling if they drift apart.
const documentFitsSchema: (d: IsnadDocument) => v.InferInput<typeof IsnadDocumentSchema> = (d) => d;
const schemaFitsDocument: (d: v.InferOutput<typeof IsnadDocumentSchema>) => IsnadDocument = (d) => d;
void documentFitsSchema;
void schemaFitsDocument;

// ---------------------------------------------------------------- migration

/** Turns a document of version `n` into one of version `n + 1`; keyed by `n`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Version 1 is the first format: nothing to migrate from yet. A new version adds its step here. */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map();

/** Brings a document to the current version, or says why it cannot. */
export function migrate(doc: Record<string, unknown>, migrations: ReadonlyMap<number, Migration> = MIGRATIONS): { ok: true; doc: Record<string, unknown> } | { ok: false; error: string } {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, error: `version: must be a whole number, got ${describe(version)}` };
  if (version > ISNAD_VERSION)
    return { ok: false, error: `version: this file is Isnad format version ${version}, made by a newer Isnad; this one reads versions up to ${ISNAD_VERSION}. Update Isnad to import it.` };
  let current = doc;
  for (let n = version; n < ISNAD_VERSION; n++) {
    const step = migrations.get(n);
    if (!step) return { ok: false, error: `version: Isnad format version ${version} is not known and cannot be migrated to version ${ISNAD_VERSION}` };
    current = step(current);
    if (!isRecord(current) || current.version !== n + 1) return { ok: false, error: `version: the migration from version ${n} did not produce version ${n + 1}` };
  }
  return { ok: true, doc: current };
}

// ---------------------------------------------------------------- parsing

/**
 * Reads an Isnad JSON document (as `JSON.parse` returns it). Never throws: whatever is wrong is
 * said in `errors`, at most a few dozen lines, each starting with where it is.
 */
export function parseIsnadDocument(json: unknown, migrations: ReadonlyMap<number, Migration> = MIGRATIONS): ParseResult {
  try {
    const shape = checkJsonShape(json);
    if (shape) return { ok: false, errors: [shape] };
    if (!isRecord(json)) return { ok: false, errors: ['not an Isnad document: expected a JSON object'] };
    if (json.format !== ISNAD_FORMAT) return { ok: false, errors: [`format: not an Isnad document (expected "format": "isnad", got ${describe(json.format)})`] };
    const migrated = migrate(json, migrations);
    if (!migrated.ok) return { ok: false, errors: [migrated.error] };
    const parsed = v.safeParse(IsnadDocumentSchema, migrated.doc);
    if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues) };
    const errors = checkConsistency(parsed.output);
    return errors.length ? { ok: false, errors } : { ok: true, doc: parsed.output };
  } catch (error) {
    // A getter that throws, a proxy, a stack overflow: refused like any other bad input.
    return { ok: false, errors: [`unreadable input: ${String((error as Error)?.message ?? error).slice(0, 200)}`] };
  }
}

export function issuesToErrors(issues: readonly v.BaseIssue<unknown>[]): string[] {
  const errors = issues.slice(0, EXPORT_LIMITS.errors).map((issue) => `${v.getDotPath(issue) ?? '(document)'}: ${issue.message}`);
  if (issues.length > EXPORT_LIMITS.errors) errors.push(`… and ${issues.length - EXPORT_LIMITS.errors} more`);
  return errors;
}

/**
 * What the schema cannot say: offsets inside the text and holding what they claim, identities
 * unique, groups pointing at articles and meetings that exist, a bounded total size.
 */
function checkConsistency(doc: IsnadDocument): string[] {
  const errors: string[] = [];
  const add = (message: string) => {
    if (errors.length < EXPORT_LIMITS.errors) errors.push(message);
  };
  const byUrl = new Map<string, IsnadArticle>();
  let totalText = 0;
  doc.articles.forEach((article, i) => {
    const at = `articles.${i}`;
    totalText += article.text.length;
    if (byUrl.has(article.canonicalUrl)) add(`${at}.canonicalUrl: ${article.canonicalUrl} appears twice`);
    byUrl.set(article.canonicalUrl, article);
    const span = (where: string, s: { start: number; end: number; text: string }) => {
      if (s.end <= s.start || s.end > article.text.length) add(`${where}: offsets ${s.start}–${s.end} are not inside the text (${article.text.length} characters)`);
      else if (article.text.slice(s.start, s.end) !== s.text) add(`${where}: text.slice(${s.start}, ${s.end}) is not ${JSON.stringify(s.text.slice(0, 40))}`);
    };
    for (const [key, entities] of [['officials', article.officials], ['agreements', article.agreements]] as const) {
      const ids = new Set<string>();
      entities.forEach((entity, j) => {
        if (ids.has(entity.id)) add(`${at}.${key}.${j}.id: ${entity.id} appears twice`);
        ids.add(entity.id);
        entity.mentions.forEach((m, k) => span(`${at}.${key}.${j}.mentions.${k}`, m));
      });
    }
    article.claims.forEach((c, j) => span(`${at}.claims.${j}`, c));
    const meetingIds = new Set<string>();
    article.meetings.forEach((m, j) => {
      if (meetingIds.has(m.id)) add(`${at}.meetings.${j}.id: ${m.id} appears twice`);
      meetingIds.add(m.id);
    });
  });
  if (totalText > EXPORT_LIMITS.totalText) add(`articles: ${totalText} characters of text in all, more than ${EXPORT_LIMITS.totalText}`);
  const groupIds = new Set<string>();
  doc.meetings.forEach((group, i) => {
    const at = `meetings.${i}`;
    if (groupIds.has(group.id)) add(`${at}.id: ${group.id} appears twice`);
    groupIds.add(group.id);
    group.articles.forEach((url, j) => {
      if (!byUrl.has(url)) add(`${at}.articles.${j}: no article ${url} in this document`);
    });
    group.members.forEach((member, j) => {
      const article = byUrl.get(member.article);
      if (!article) add(`${at}.members.${j}.article: no article ${member.article} in this document`);
      else if (!article.meetings.some((m) => m.id === member.meeting)) add(`${at}.members.${j}.meeting: article ${member.article} reports no meeting ${member.meeting}`);
    });
  });
  return errors;
}

/**
 * Refuses, before any schema runs, what JSON cannot hold or what could hurt later code: keys that
 * reach a prototype, nesting beyond any real document, values JSON has no word for.
 * Iterative, so a deeply nested hostile value cannot overflow the stack; a cycle (only possible in
 * memory, never in JSON text) ends at the depth limit. Returns the error or null.
 */
export function checkJsonShape(root: unknown): string | null {
  // Paths are linked to their parent and spelled out only for the error: most values are fine.
  interface Item {
    value: unknown;
    key: string | number | null;
    parent: Item | null;
    depth: number;
  }
  const where = (item: Item): string => {
    const keys: (string | number)[] = [];
    for (let at: Item | null = item; at && at.key !== null; at = at.parent) keys.push(at.key);
    return keys.length ? keys.reverse().join('.') : '(document)';
  };
  const stack: Item[] = [{ value: root, key: null, parent: null, depth: 0 }];
  let budget = EXPORT_LIMITS.values;
  while (stack.length) {
    const item = stack.pop()!;
    if (--budget < 0) return `(document): more than ${EXPORT_LIMITS.values} values`;
    const { value, depth } = item;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return `${where(item)}: not a finite number`;
      continue;
    }
    if (typeof value !== 'object') return `${where(item)}: a ${typeof value} is not JSON`;
    if (depth >= EXPORT_LIMITS.depth) return `${where(item)}: nested deeper than ${EXPORT_LIMITS.depth} levels`;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: item, depth: depth + 1 });
      continue;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return `${where(item)}: not a plain JSON object`;
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string') return `${where(item)}: has a symbol key`;
      if (FORBIDDEN_KEYS.has(key)) return `${where(item)}: the key "${key}" is not accepted`;
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: item, depth: depth + 1 });
    }
  }
  return null;
}

// ---------------------------------------------------------------- building

/** The meetings across articles, grouped as the extension and the CLI group them. */
export function meetingGroupsOf(articles: readonly IsnadArticle[]): IsnadMeeting[] {
  return groupMeetings(articles.map((a) => ({ article: a.canonicalUrl, published: a.published, meetings: a.meetings, countries: officialCountries(a.officials) }))).map((g) => ({
    id: g.id,
    kind: g.kind,
    participants: g.participants,
    place: g.place,
    date: g.date,
    articles: g.articles,
    members: g.members,
  }));
}

/** A document of these articles, their meetings grouped. */
export function makeDocument(articles: IsnadArticle[], exportedAt: Date = new Date()): IsnadDocument {
  return { format: ISNAD_FORMAT, version: ISNAD_VERSION, exportedAt: exportedAt.toISOString(), articles, meetings: meetingGroupsOf(articles) };
}

/** The address the CLI gives an article read from a file that says nothing of where it was published. */
export function fileAddress(fileName: string): string {
  return `urn:isnad:file:${encodeURIComponent(fileName)}`;
}

// ---------------------------------------------------------------- small helpers

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 60);
  } catch {
    return typeof value;
  }
}

/** Structural equality of JSON values, whatever the key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
