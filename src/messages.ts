/**
 * The messages between the content script, the popup and the background, as valibot schemas.
 * The background parses every message it receives with `parseMessage`: a message from a page
 * that was tampered with, or from an older build, is refused with a readable error instead of
 * reaching the database. Pure: no browser API here, so Node tests import it as it is.
 */
import * as v from 'valibot';
import type { Divergence, Relation } from './nlp/sources/crossSource.ts';
import { MEETING_KINDS, type Analysis, type Claim, type MeetingKind, type Span } from './nlp/types.ts';

/** Limits that no real article reaches: they bound what one message can make the background store. */
export const LIMITS = {
  url: 4096,
  title: 2000,
  text: 1_000_000,
  name: 500,
  mentions: 10_000,
  entities: 2000,
} as const;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check((s) => isHttpUrl(s), 'must be an http(s) URL'),
);
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

const SpanSchema = v.object({ start: offset, end: offset, text: str(LIMITS.name) });

const OfficialSchema = v.object({
  id: str(LIMITS.name),
  name: str(LIMITS.name),
  nameEn: str(LIMITS.name),
  role: str(LIMITS.name),
  country: str(LIMITS.name),
  roleAr: v.optional(str(LIMITS.name)),
  countryAr: v.optional(str(LIMITS.name)),
  roleYears: v.optional(str(40)),
  mentions: list(SpanSchema, LIMITS.mentions),
});

const AgreementSchema = v.object({
  id: str(LIMITS.name),
  name: str(LIMITS.name),
  nameEn: str(LIMITS.name),
  meeting: v.optional(str(LIMITS.name)),
  mentions: list(SpanSchema, LIMITS.mentions),
});

const ClaimSchema = v.object({
  speaker: v.nullable(str(LIMITS.name)),
  speakers: v.optional(list(str(LIMITS.name), LIMITS.entities)),
  institution: v.optional(str(LIMITS.name)),
  reportedBy: v.nullable(str(LIMITS.name)),
  verb: str(LIMITS.name),
  text: str(LIMITS.text),
  quote: v.nullable(str(LIMITS.text)),
  start: offset,
  end: offset,
  agency: v.optional(str(LIMITS.name)),
});

const MeetingSchema = v.object({
  id: str(LIMITS.name),
  kind: v.picklist(MEETING_KINDS),
  participants: list(str(LIMITS.name), LIMITS.entities),
  place: v.nullable(str(LIMITS.name)),
  date: v.nullable(str(40)),
  mentioned: v.optional(v.literal(true)),
});

export const AnalysisSchema = v.object({
  officials: list(OfficialSchema, LIMITS.entities),
  agreements: list(AgreementSchema, LIMITS.entities),
  claims: list(ClaimSchema, LIMITS.mentions),
  meetings: list(MeetingSchema, LIMITS.entities),
  agencies: v.optional(list(str(LIMITS.name), LIMITS.entities)),
});

/** What the content script sends about one article. */
export const ArticlePayloadSchema = v.object({
  /** The address the page was read at. */
  url: httpUrl,
  /** Its canonical address: the article's identity in the database. */
  canonicalUrl: httpUrl,
  title: str(LIMITS.title),
  published: v.nullable(str(64)),
  siteName: str(LIMITS.name),
  lang: str(35),
  text: str(LIMITS.text),
  analysis: AnalysisSchema,
});

/** A story as the content script reads it, for the background to analyse and store. */
export const StoryPayloadSchema = v.omit(ArticlePayloadSchema, ['analysis']);

/** A site by its host name ("www.example.com"), as the address bar shows it: no scheme, port or path. */
const host = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(253),
  v.check((s) => /^[a-z0-9.-]+$/i.test(s) && !s.startsWith('.') && !s.endsWith('.'), 'must be a host name such as www.example.com'),
  v.toLowerCase(),
);

/** What to export: the whole library, one meeting (its group id in the library) or one article. */
export const ExportSelectionSchema = v.variant('kind', [
  v.object({ kind: v.literal('all') }),
  v.object({ kind: v.literal('meeting'), id: str(LIMITS.name) }),
  v.object({ kind: v.literal('article'), url: httpUrl }),
]);
export const EXPORT_FORMATS = ['isnad', 'csv', 'w3c'] as const;
const jobId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'must be a job id'));

/**
 * Bound on an imported file sent in one message: Chromium refuses messages over 64 MiB once
 * serialised as UTF-8, and Arabic text takes two bytes a character.
 */
export const IMPORT_MAX_CHARS = 24 * 1024 * 1024;

/** Most articles one `library:page` answers with. */
export const LIBRARY_PAGE_MAX = 200;

/** Where a page of the library ends: the last article's save time and row id (the order is savedAt, then id, newest first). */
const LibraryCursorSchema = v.object({
  savedAt: v.pipe(v.number(), v.finite()),
  id: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('article:save'), article: ArticlePayloadSchema }),
  v.object({ type: v.literal('article:read'), article: StoryPayloadSchema }),
  v.object({ type: v.literal('background:wake') }),
  v.object({ type: v.literal('articles:list') }),
  v.object({ type: v.literal('article:get'), url: httpUrl }),
  v.object({ type: v.literal('article:delete'), url: httpUrl }),
  // `timeline`: also each meeting's timeline (all its reports aligned with one another: the popup asks after its first paint).
  v.object({ type: v.literal('crossSource:get'), url: httpUrl, timeline: v.optional(v.boolean()) }),
  v.object({ type: v.literal('library:byMeeting') }),
  v.object({
    type: v.literal('library:page'),
    after: v.nullable(LibraryCursorSchema),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIBRARY_PAGE_MAX)),
  }),
  v.object({ type: v.literal('entities:sourceCounts'), ids: list(str(LIMITS.name), LIMITS.entities) }),
  v.object({ type: v.literal('sites:paused:list') }),
  v.object({ type: v.literal('site:pause'), host }),
  v.object({ type: v.literal('site:resume'), host }),
  v.object({ type: v.literal('site:status'), host }),
  v.object({ type: v.literal('site:delete'), host }),
  v.object({ type: v.literal('sites:list') }),
  v.object({ type: v.literal('library:delete-all') }),
  v.object({ type: v.literal('export:start'), selection: ExportSelectionSchema, format: v.picklist(EXPORT_FORMATS) }),
  v.object({ type: v.literal('export:status'), job: jobId }),
  v.object({ type: v.literal('export:part'), job: jobId, index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)) }),
  v.object({ type: v.literal('import:run'), fileName: str(LIMITS.name), text: v.pipe(v.string(), v.maxLength(IMPORT_MAX_CHARS, 'the file is too large to import at once')) }),
]);

/**
 * Messages a content script may send. Content scripts run inside web pages, whose renderer a
 * hostile page may compromise: reading the whole library, deleting, importing, exporting and
 * pausing are for the extension's own pages (popup, options) only.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['article:read', 'background:wake', 'article:save', 'article:get', 'crossSource:get', 'entities:sourceCounts', 'site:status']);

export type ExportSelection = v.InferOutput<typeof ExportSelectionSchema>;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ArticlePayload = v.InferOutput<typeof ArticlePayloadSchema>;
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

// The NLP's Analysis must stay sendable as it is: this line stops compiling if the two drift apart.
const analysisFitsSchema: (a: Analysis) => v.InferInput<typeof AnalysisSchema> = (a) => a;
void analysisFitsSchema;

/** An article in the library list. */
export interface ArticleSummary {
  url: string;
  title: string;
  published: string | null;
  source: string;
  savedAt: number;
  officials: number;
  agreements: number;
}

export interface OfficialView {
  id: string;
  /** As this article writes the name. */
  name: string;
  nameEn: string;
  /** The role at the article's date. */
  role: string;
  country: string;
  /** The same in Arabic, and the years of the office, when known. */
  roleAr?: string;
  countryAr?: string;
  roleYears?: string;
  mentions: number;
}

export interface AgreementView {
  id: string;
  name: string;
  nameEn: string;
  mentions: number;
}

export interface ClaimView {
  speaker: string | null;
  reportedBy: string | null;
  verb: string;
  text: string;
  quote: string | null;
}

export interface MeetingView {
  kind: string;
  participants: string[];
  place: string | null;
  date: string | null;
}

/** One stored article with what was found in it, for the popup. */
export interface ArticleView {
  url: string;
  title: string;
  published: string | null;
  savedAt: number;
  source: { host: string; name: string };
  officials: OfficialView[];
  agreements: AgreementView[];
  claims: ClaimView[];
  meetings: MeetingView[];
  /** The news agencies the story credits: its copy came through them (absent when none). */
  agencies?: AgencyView[];
}

/** A news agency of the knowledge file, as the popup names it. */
export interface AgencyView {
  id: string;
  /** The credit form Arabic copy uses (واس), else its Arabic name. */
  name: string;
  nameEn: string;
  ownership: 'state' | 'public' | 'private';
}

/** An entity named by its id and as an article writes it (Arabic when known). */
export interface NamedEntity {
  id: string;
  name: string;
}

/** Another stored article reporting the same meeting. */
export interface ReportView {
  url: string;
  title: string;
  published: string | null;
  source: string;
  /** Addresses of the current article and of the other reports listed that carry the same copy (empty: independent). */
  sameTextAs?: string[];
}

/** A claim a report of the timeline carried before any other report. */
export interface FirstClaimView {
  text: string;
  quote: string | null;
  speaker: NamedEntity | null;
}

/** One report in a meeting's timeline, in order of publication. */
export interface TimelineEntryView {
  url: string;
  title: string;
  source: string;
  published: string | null;
  /** The article the popup shows. */
  current: boolean;
  /** Addresses of the other reports of the timeline that carry the same copy (empty: an independent report). */
  sameTextAs: string[];
  /** The claims no earlier report carried. */
  firstClaims: FirstClaimView[];
  /** Claims an earlier report carried that this one tells otherwise (numbers, a denial, a speaker). */
  changed?: (FirstClaimView & { relation: Exclude<Verdict, 'corroborated' | 'only-here'> })[];
  /** Claims of an earlier report of the same copy that this one cut. */
  dropped?: FirstClaimView[];
}

/** A meeting of the current article, with the other stored articles that report it. */
export interface MeetingGroupView {
  /** The group's id across articles (same id in `library:byMeeting`). */
  id: string;
  kind: MeetingKind;
  participants: NamedEntity[];
  /** The place as Arabic copy writes it, or the English name when no Arabic one is known. */
  place: string | null;
  date: string | null;
  reports: ReportView[];
  /** Reports of the meeting, the current one included, with the reports of one copy counted once. */
  independentReports?: number;
  /** Every report of the meeting, the current one included, in order of publication. */
  timeline?: TimelineEntryView[];
}

/**
 * What the other sources make of a claim: the same claim by the same speaker (corroborated), by
 * another person (also-said-by), the same quoted words given to someone else
 * (attributed-differently), a real contradiction (divergent), or nothing (only-here).
 */
export type Verdict = Relation | 'only-here';

/** What another source says that matches a claim of the current article. */
export interface OtherVersionView {
  url: string;
  title: string;
  source: string;
  published: string | null;
  text: string;
  quote: string | null;
  speaker: NamedEntity | null;
  relation: Relation;
  /** What contradicts, when the relation is divergent. */
  divergence: Divergence | null;
}

/** One claim of the current article against the other sources. */
export interface ClaimComparisonView {
  claim: ClaimView;
  speaker: NamedEntity | null;
  /** Both sides, for words given jointly («وأكد الجانبان»). */
  speakers?: NamedEntity[];
  /** The institution whose words these are, when no person speaks. */
  institution?: string;
  /** The news agency the words came through (speaker → agency → outlet), when one is credited. */
  agency?: NamedEntity;
  verdict: Verdict;
  others: OtherVersionView[];
}

/** The current article against the other stored sources. */
export interface CrossSourceView {
  meetings: MeetingGroupView[];
  /** Stored articles that carry the same copy as this one (another outlet running the same text): not independent sources. */
  sameTextAs?: ReportView[];
  claims: ClaimComparisonView[];
  /** Entity id → number of distinct stored sources (sites) that mention it. */
  sourceCounts: Record<string, number>;
}

/** Stored articles under one meeting; `meeting` is null for the articles that report none. */
export interface LibraryGroupView {
  meeting: Omit<MeetingGroupView, 'reports'> | null;
  articles: ArticleSummary[];
}

export type LibraryCursor = v.InferOutput<typeof LibraryCursorSchema>;

/** An article of the library list with the meeting it is listed under (null: it reports none). */
export interface LibraryArticleView extends ArticleSummary {
  meeting: Omit<MeetingGroupView, 'reports'> | null;
}

/** One page of the library, most recently read first; `next` asks for the page after it (null: this was the last). */
export interface LibraryPageView {
  articles: LibraryArticleView[];
  next: LibraryCursor | null;
  /** Articles in the whole library. */
  total: number;
}

export type StoryPayload = v.InferOutput<typeof StoryPayloadSchema>;

/**
 * The background's answer to a story: its analysis (made there, where the knowledge stays
 * compiled between pages) with the other names of its agreements for the hover cards; or that
 * the reader paused Isnad on this site. The article is stored after the answer.
 * The analysis travels as `WireAnalysis` (`analysisFromWire` with the story's text restores it).
 */
export type ReadResult =
  | { paused: true }
  | { paused: false; analysis: WireAnalysis; aliases: Record<string, string[]> };

/** A span whose `text` is left out when it is the story's own text at [start, end). */
export type WireSpan = Omit<Span, 'text'> & { text?: string };
/**
 * An analysis as it goes back to the page that sent the story: the text of each mention and claim
 * that is the story's own slice is left out (the page has the story), so that the answer for a
 * long story is not mostly that story's text over again (233 KB of the seeds' text: 301 KB of analysis, 144 KB on the wire).
 */
export type WireAnalysis = Omit<Analysis, 'officials' | 'agreements' | 'claims'> & {
  officials: (Omit<Analysis['officials'][number], 'mentions'> & { mentions: WireSpan[] })[];
  agreements: (Omit<Analysis['agreements'][number], 'mentions'> & { mentions: WireSpan[] })[];
  claims: (Omit<Claim, 'text'> & { text?: string })[];
};

function spanToWire<T extends { start: number; end: number; text: string }>(span: T, text: string): Omit<T, 'text'> & { text?: string } {
  if (text.slice(span.start, span.end) !== span.text) return span;
  const { text: _same, ...rest } = span;
  return rest;
}

function spanFromWire<T extends { start: number; end: number; text?: string }>(span: T, text: string): T & { text: string } {
  return span.text === undefined ? { ...span, text: text.slice(span.start, span.end) } : (span as T & { text: string });
}

/** `analysis` for the page whose story `text` it was made from. */
export function analysisToWire(analysis: Analysis, text: string): WireAnalysis {
  return {
    ...analysis,
    officials: analysis.officials.map((o) => ({ ...o, mentions: o.mentions.map((m) => spanToWire(m, text)) })),
    agreements: analysis.agreements.map((a) => ({ ...a, mentions: a.mentions.map((m) => spanToWire(m, text)) })),
    claims: analysis.claims.map((c) => spanToWire(c, text)),
  };
}

/** The analysis again, from its wire form and the story `text` it was made from. */
export function analysisFromWire(wire: WireAnalysis, text: string): Analysis {
  return {
    ...wire,
    officials: wire.officials.map((o) => ({ ...o, mentions: o.mentions.map((m) => spanFromWire(m, text)) })),
    agreements: wire.agreements.map((a) => ({ ...a, mentions: a.mentions.map((m) => spanFromWire(m, text)) })),
    claims: wire.claims.map((c) => spanFromWire(c, text)),
  };
}

/** What the background answers to each message. */
export interface Responses {
  'article:save': { created: boolean };
  'article:read': ReadResult;
  /** Sent by a content script as soon as it decides to read a page: starts the worker (and its knowledge) while the story is taken out. */
  'background:wake': { awake: true };
  'articles:list': ArticleSummary[];
  'article:get': ArticleView | null;
  'article:delete': { deleted: boolean };
  'crossSource:get': CrossSourceView | null;
  'library:byMeeting': LibraryGroupView[];
  'library:page': LibraryPageView;
  'entities:sourceCounts': Record<string, number>;
  'sites:paused:list': string[];
  'site:pause': { paused: true };
  'site:resume': { paused: false };
  'site:status': { paused: boolean };
  'site:delete': { deleted: number };
  'sites:list': SiteSummary[];
  'library:delete-all': { deleted: number };
  'export:start': { job: string };
  'export:status': ExportStatus;
  'export:part': { data: string };
  'import:run': ImportResult;
}

/** A site of the library, for the options page. */
export interface SiteSummary {
  host: string;
  name: string;
  articles: number;
}

/** Where an export stands: being built (articles done of total), ready in `parts` strings, or failed. */
export type ExportStatus =
  | { state: 'running'; done: number; total: number }
  | { state: 'ready'; parts: number; chars: number; fileName: string; mime: string; articles: number }
  | { state: 'failed'; error: string };

/** What an import did: articles added, replaced by a newer copy, equal already, or kept because the stored copy is newer. */
export type ImportResult =
  | { ok: true; format: 'isnad' | 'w3c'; added: number; updated: number; unchanged: number; skipped: number }
  | { ok: false; errors: string[] };

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

/** Parses a received message; throws InvalidMessageError saying what is wrong. */
export function parseMessage(input: unknown): Message {
  const result = v.safeParse(MessageSchema, input);
  if (result.success) return result.output;
  // Only a string type is quoted: an object whose toString is not a function («{"toString": ""}») cannot be converted.
  const given = typeof input === 'object' && input !== null && 'type' in input ? (input as { type: unknown }).type : undefined;
  const type = typeof given === 'string' ? given : given === undefined ? '?' : `(${typeof given})`;
  // The first few issues say enough; a huge bad payload must not make a huge error.
  // A line quotes the value received: a huge string must not make a huge error either.
  const issues = v
    .summarize(result.issues)
    .split('\n')
    .slice(0, 6)
    .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line))
    .join('\n');
  throw new InvalidMessageError(`Isnad: malformed '${type.slice(0, 40)}' message: ${issues}`);
}

function isHttpUrl(s: string): boolean {
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export { articleKey } from './articleKey.ts';
