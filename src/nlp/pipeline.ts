/**
 * The pipeline on a given compiled knowledge: text in, annotations out. Pure and
 * deterministic; it never throws and stays linear in the length of the text.
 * (`analyze.ts` binds it to the shipped knowledge files.)
 */
import { recognizeAgreements } from './entities/agreements.ts';
import { addTruceReferences } from './entities/truceReferences.ts';
import { extractClaims, type JointSide } from './statements/claims.ts';
import { assignJointSpeakers } from './statements/jointSpeakers.ts';
import { addMeetingStatement } from './statements/meetingStatements.ts';
import { addSignedDocuments } from './statements/signedDocuments.ts';
import { addDraftResolutions } from './statements/draftResolutions.ts';
import { creditClaims } from './statements/credits.ts';
import { findDates } from './entities/dates.ts';
import { findMeetings, intendedDay, type Headline } from './statements/meetings.ts';
import { boilerplateRanges, markBoilerplate } from './text/boilerplate.ts';
import { articleDate, type TextContext } from './entities/context.ts';
import type { Knowledge } from './knowledge/knowledge.ts';
import { normalize } from './text/normalize.ts';
import { recognizeOfficials } from './entities/officials.ts';
import { tokenize } from './text/tokens.ts';
import { emptyAnalysis, type Agreement, type Analysis, type ArticleMeta, type Claim, type Official, type Span } from './types.ts';

/**
 * Beyond this many characters the rest of a text is not read: no news story is that
 * long, and a runaway page must not freeze the tab it is analysed in.
 */
export const MAX_ANALYZED_CHARS = 500_000;

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Officials and agreements of an Arabic news text, by `knowledge`; `meta.published` dates the roles. */
export function analyzeWith(text: string, meta: ArticleMeta, knowledge: Knowledge): Analysis {
  try {
    if (typeof text !== 'string' || !ARABIC_LETTER.test(text.slice(0, MAX_ANALYZED_CHARS))) return emptyAnalysis();
    const norm = normalize(text.length > MAX_ANALYZED_CHARS ? text.slice(0, MAX_ANALYZED_CHARS) : text);
    const tokens = tokenize(norm.text);
    markBoilerplate(tokens, boilerplateRanges(norm.text));
    const ctx: TextContext = { norm, tokens, k: knowledge, date: articleDate(meta?.published) };
    const officials = recognizeOfficials(ctx);
    const agreements = addTruceReferences(ctx, recognizeAgreements(ctx, officials));
    const found = withoutOverlaps(officials, withoutClauses(agreements, officials));
    const joint = new Map<Claim, JointSide>();
    const claims = extractClaims(ctx, found.officials, undefined, joint);
    const meetings = findMeetings(ctx, found.officials, claims, headline(meta?.title, ctx));
    const agreementsOfMeeting = oneEntryPerId(addDraftResolutions(ctx, addSignedDocuments(ctx, addMeetingStatement(ctx, found.agreements, meetings, found.officials), meetings), meetings));
    const credited = creditClaims(ctx, assignJointSpeakers(ctx, claims, joint, meetings, found.officials));
    return {
      ...found,
      agreements: agreementsOfMeeting,
      claims: credited.claims,
      meetings,
      ...(credited.agencies.length > 0 ? { agencies: credited.agencies } : {}),
    };
  } catch {
    // A bug must cost the reader the annotations of one page, never the page.
    return emptyAnalysis();
  }
}

/**
 * One entry per agreement: the stages after recognition («البيان الثلاثي المشترك», «وقع الجانبان مذكرة …») may
 * each link words to an entry another stage already found. Two entries with one id are one agreement, and the
 * stored and exported article must not list it twice: its mentions are joined, in text order, under the first.
 */
function oneEntryPerId(agreements: readonly Agreement[]): Agreement[] {
  const byId = new Map<string, Agreement>();
  for (const a of agreements) {
    const first = byId.get(a.id);
    if (!first) byId.set(a.id, a);
    else {
      const known = new Set(first.mentions.map((m) => `${m.start}:${m.end}`));
      const mentions = [...first.mentions, ...a.mentions.filter((m) => !known.has(`${m.start}:${m.end}`))].sort((x, y) => x.start - y.start);
      byId.set(a.id, { ...first, mentions });
    }
  }
  return [...byId.values()];
}

/**
 * What the meetings stage needs of the headline: the day it gives («… يبحثان في الرياض أمس»),
 * when that day has happened, and where the story starts when the text begins with the headline.
 */
function headline(title: string | undefined, story: TextContext): Headline {
  if (typeof title !== 'string' || !ARABIC_LETTER.test(title)) return { date: null, storyStart: 0 };
  const norm = normalize(title.slice(0, 1000));
  const tokens = tokenize(norm.text);
  if (tokens.length === 0) return { date: null, storyStart: 0 };
  const ctx: TextContext = { ...story, norm, tokens };
  // («… عزمه الاعتراف بدولة فلسطين الاثنين»: a day after a word of intent is the intended act's, which a bare weekday
  // would otherwise date to the last one past.)
  const date = findDates(ctx, 0, tokens.length - 1, story.date).find((d) => d.date && !d.future && !d.earlier && !intendedDay(ctx, d.token))?.date ?? null;
  // A saved .txt starts with its headline line: the story begins after it.
  const begins = story.norm.text.trimStart().startsWith(norm.text.trim());
  const storyStart = begins ? story.tokens.findIndex((t) => t.start >= story.norm.text.indexOf(norm.text.trim()) + norm.text.trim().length) : 0;
  return { date, storyStart: storyStart < 0 ? story.tokens.length : storyStart };
}

/** A relative word that opens a clause describing an agreement: «البيان الختامي للقمة التي استضافها …». */
const RELATIVE = /(^|\s)(الذي|التي|اللذين|اللتين|اللذان|اللتان)\s/;

/**
 * «البيان الختامي للقمة التي استضافها الرئيس الإيراني إبراهيم رئيسي في طهران»: a description
 * whose relative clause names a person told the recogniser which agreement it is, but the
 * clause is not the agreement's name. The mention ends before the clause, and the person in it
 * stays an official. A name that holds a person («خطة ترامب») has no relative word before them.
 */
function withoutClauses(agreements: Agreement[], officials: Official[]): Agreement[] {
  const people = officials.flatMap((o) => o.mentions);
  const cut = (m: Span): Span => {
    const inside = people.filter((p) => p.start > m.start && p.end <= m.end);
    if (inside.length === 0) return m;
    const first = Math.min(...inside.map((p) => p.start));
    const clause = RELATIVE.exec(m.text.slice(0, first - m.start));
    if (!clause) return m;
    const text = m.text.slice(0, clause.index).trimEnd();
    return text.length > 0 ? { ...m, end: m.start + text.length, text } : m;
  };
  return agreements.map((a) => (a.mentions.some((m) => people.some((p) => p.start > m.start && p.end <= m.end)) ? { ...a, mentions: a.mentions.map(cut) } : a));
}

/**
 * Where two mentions overlap (an official's name inside an agreement's, «خطة ترامب»),
 * the longer one stays; an entity left without mentions goes. Each recogniser already
 * keeps its own mentions apart, so one sweep in text order is enough.
 */
function withoutOverlaps(officials: Official[], agreements: Agreement[]): { officials: Official[]; agreements: Agreement[] } {
  const all: Span[] = [];
  for (const owner of [...officials, ...agreements]) all.push(...owner.mentions);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set<Span>();
  let current: Span | null = null;
  for (const span of all) {
    // (One span of two agreements, «مذكرتي التفاهم»: one mention of both.)
    if (span === current) continue;
    if (current && span.start < current.end) {
      const shorter = span.end - span.start > current.end - current.start ? current : span;
      dropped.add(shorter);
      if (shorter === current) current = span;
    } else current = span;
  }
  if (dropped.size === 0) return { officials, agreements };
  const prune = <T extends { mentions: Span[] }>(list: T[]) =>
    list.map((e) => ({ ...e, mentions: e.mentions.filter((m) => !dropped.has(m)) })).filter((e) => e.mentions.length > 0);
  return { officials: prune(officials), agreements: prune(agreements) };
}
