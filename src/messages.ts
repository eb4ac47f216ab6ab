/**
 * The messages between the content script, the popup and the background, as valibot schemas.
 * The background parses every message it receives with `parseMessage`: a message from a page
 * that was tampered with, or from an older build, is refused with a readable error instead of
 * reaching the database. Pure: no browser API here, so Node tests import it as it is.
 */
import * as v from 'valibot';
import type { Divergence } from './nlp/crossSource.ts';
import type { Analysis, MeetingKind } from './nlp/types.ts';

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
  mentions: list(SpanSchema, LIMITS.mentions),
});

const AgreementSchema = v.object({
  id: str(LIMITS.name),
  name: str(LIMITS.name),
  nameEn: str(LIMITS.name),
  mentions: list(SpanSchema, LIMITS.mentions),
});

const ClaimSchema = v.object({
  speaker: v.nullable(str(LIMITS.name)),
  reportedBy: v.nullable(str(LIMITS.name)),
  verb: str(LIMITS.name),
  text: str(LIMITS.text),
  quote: v.nullable(str(LIMITS.text)),
  start: offset,
  end: offset,
});

const MeetingSchema = v.object({
  id: str(LIMITS.name),
  kind: v.picklist(['meeting', 'talks', 'phone call', 'conference']),
  participants: list(str(LIMITS.name), LIMITS.entities),
  place: v.nullable(str(LIMITS.name)),
  date: v.nullable(str(40)),
});

export const AnalysisSchema = v.object({
  officials: list(OfficialSchema, LIMITS.entities),
  agreements: list(AgreementSchema, LIMITS.entities),
  claims: list(ClaimSchema, LIMITS.mentions),
  meetings: list(MeetingSchema, LIMITS.entities),
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

export const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('article:save'), article: ArticlePayloadSchema }),
  v.object({ type: v.literal('articles:list') }),
  v.object({ type: v.literal('article:get'), url: httpUrl }),
  v.object({ type: v.literal('article:delete'), url: httpUrl }),
  v.object({ type: v.literal('crossSource:get'), url: httpUrl }),
  v.object({ type: v.literal('library:byMeeting') }),
  v.object({ type: v.literal('entities:sourceCounts'), ids: list(str(LIMITS.name), LIMITS.entities) }),
]);

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
}

export type Verdict = 'corroborated' | 'only-here' | 'divergent';

/** What another source says that matches a claim of the current article. */
export interface OtherVersionView {
  url: string;
  title: string;
  source: string;
  published: string | null;
  text: string;
  quote: string | null;
  speaker: NamedEntity | null;
  relation: 'corroborated' | 'divergent';
  divergence: Divergence | null;
}

/** One claim of the current article against the other sources. */
export interface ClaimComparisonView {
  claim: ClaimView;
  speaker: NamedEntity | null;
  verdict: Verdict;
  others: OtherVersionView[];
}

/** The current article against the other stored sources. */
export interface CrossSourceView {
  meetings: MeetingGroupView[];
  claims: ClaimComparisonView[];
  /** Entity id → number of distinct stored sources (sites) that mention it. */
  sourceCounts: Record<string, number>;
}

/** Stored articles under one meeting; `meeting` is null for the articles that report none. */
export interface LibraryGroupView {
  meeting: Omit<MeetingGroupView, 'reports'> | null;
  articles: ArticleSummary[];
}

/** What the background answers to each message. */
export interface Responses {
  'article:save': { created: boolean };
  'articles:list': ArticleSummary[];
  'article:get': ArticleView | null;
  'article:delete': { deleted: boolean };
  'crossSource:get': CrossSourceView | null;
  'library:byMeeting': LibraryGroupView[];
  'entities:sourceCounts': Record<string, number>;
}

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

/** Parses a received message; throws InvalidMessageError saying what is wrong. */
export function parseMessage(input: unknown): Message {
  const result = v.safeParse(MessageSchema, input);
  if (result.success) return result.output;
  const type = typeof input === 'object' && input !== null && 'type' in input ? String((input as { type: unknown }).type) : '?';
  // The first few issues say enough; a huge bad payload must not make a huge error.
  const issues = v.summarize(result.issues).split('\n').slice(0, 6).join('\n');
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

/** The form in which article addresses are stored and looked up: parsed, no fragment. */
export function articleKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
