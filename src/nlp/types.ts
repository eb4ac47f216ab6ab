/**
 * The contract of the NLP core: what `analyze(text, meta)` returns.
 * Every consumer (content script, background, popup, CLI, tests, benchmarks)
 * reads these types; nothing here depends on a browser or on Node.
 *
 * Offsets are UTF-16 code-unit indexes into the exact text given to `analyze`
 * (as JavaScript strings index), so `text.slice(start, end) === span.text`.
 */

/** A stretch of the analysed text. */
export interface Span {
  start: number;
  end: number;
  /** The original characters, `text.slice(start, end)`, before any normalisation. */
  text: string;
}

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/** What the caller knows about the article besides its text. */
export interface ArticleMeta {
  title?: string;
  /** Publication date (`YYYY-MM-DD` or a full ISO timestamp); roles and relative dates resolve against it. */
  published?: string;
  url?: string;
}

/**
 * A person holding a public office.
 * `id` is a stable slug of the English name (`sergey-lavrov`) for people in the
 * knowledge files, or `ar:` + the normalised Arabic name for people found by title only.
 */
export interface Official {
  id: string;
  /** The name as the article writes it in full (first full mention). */
  name: string;
  /** English name; empty when the person is not in the knowledge files. */
  nameEn: string;
  /** English role at the article's date, e.g. "Foreign Minister". */
  role: string;
  /** English country or organisation name, e.g. "Russia", "United Nations"; empty when unknown. */
  country: string;
  /** The role and country in Arabic, for an Arabic interface («وزير الخارجية», «روسيا»); absent when unknown. */
  roleAr?: string;
  countryAr?: string;
  /** The years of the office shown, e.g. "2019–" (absent when unknown). */
  roleYears?: string;
  mentions: Span[];
}

/** A treaty, UN resolution, deal or plan. */
export interface Agreement {
  id: string;
  name: string;
  nameEn: string;
  mentions: Span[];
  /**
   * For the statement of the meeting the article reports («البيان المشترك») when no knowledge
   * entry lists it: that meeting's id. Its `id` is `ar:` + the statement, the meeting's place and date.
   */
  meeting?: string;
}

/** An attributed statement, filled by the claims stage. */
export interface Claim {
  /** Entity id of the person whose words these are (the first of `speakers`); null when only an institution or nobody is named. */
  speaker: string | null;
  /**
   * Every person the words are given to, when more than one: «وأكد الجانبان …» gives them to
   * both sides of the meeting reported. Absent for one speaker or none.
   */
  speakers?: string[];
  /**
   * The institution that speaks when no person does: «أعلنت الخارجية الروسية», «وأكد البيان
   * الختامي», «قال المتحدث باسم الرئاسة» with no name. Its readable Arabic name. Absent otherwise.
   */
  institution?: string;
  /** Entity id of the person who relayed them (نقل X عن Y: X), or null. */
  reportedBy: string | null;
  /** The speech verb as written, e.g. "وأضاف". */
  verb: string;
  /** The claim's text. */
  text: string;
  /** The words inside quotation marks, when there are any. */
  quote: string | null;
  start: number;
  end: number;
  /**
   * The news agency the words came through (id of `knowledge/agencies.json`): one the claim's
   * sentence cites («وفق ما نقلت وكالة …»), else the one the story credits (dateline, «(واس)»,
   * sign-off). Absent when no agency is credited. With `speaker` and the outlet: the chain.
   */
  agency?: string;
}

/**
 * What kind of occasion: face to face (a meeting, talks, a visit, a summit, a conference,
 * a signing, all of which may be one event told in other words) or a phone call (never
 * the same event as a face-to-face one).
 */
export const MEETING_KINDS = ['meeting', 'talks', 'visit', 'summit', 'conference', 'signing', 'phone call'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A meeting, talks, visit, summit, signing or call that the article tells of. */
export interface ArticleMeeting {
  id: string;
  kind: MeetingKind;
  participants: string[];
  place: string | null;
  date: IsoDate | null;
  /**
   * Only mentioned, not reported: an earlier occasion recalled («منذ لقائهما في …») or one
   * planned for later. Kept apart: it never groups across sources nor lends its cast to the
   * meeting the article reports. Absent when the article reports it.
   */
  mentioned?: true;
}

/** Everything the pipeline finds in one article. */
export interface Analysis {
  officials: Official[];
  agreements: Agreement[];
  claims: Claim[];
  meetings: ArticleMeeting[];
  /** The news agencies the story credits (ids of `knowledge/agencies.json`), first credited first; absent when none. */
  agencies?: string[];
}

export const emptyAnalysis = (): Analysis => ({ officials: [], agreements: [], claims: [], meetings: [] });
