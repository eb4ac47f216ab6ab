/**
 * «البيان المشترك», «البيان الختامي», «بيان ثلاثي مشترك», «الإعلان المشترك»: the statement of the
 * meeting the article reports, when no knowledge entry took the words. Run after the meetings
 * stage: with exactly one meeting reported, the statement becomes the knowledge's entry for that
 * meeting's statement when there is one (dated its day, its parties at the table, or the one of its kind the story
 * names elsewhere, dated that day, with a party at the table), else an agreement of that meeting,
 * with a readable name (the statement, the place, the date) and an `ar:` id made of the meeting's
 * date and place, so that reports of one meeting give its statement one id. With no meeting
 * reported nothing is guessed; with several, the one whose statement the knowledge lists, else the first (the story's
 * news) when it seats two countries and they issued no listed statement before; a statement of one side («بيان
 * الرئاسة») is none, nor one that names with it a country nobody at the meeting stands for.
 *
 * In: the agreements found, the meetings. Out: the agreements, the statement added (if any).
 */
import { tokenSpan, type TextContext } from '../entities/context.ts';
import { Gap } from '../text/tokens.ts';
import { normalizeKey } from '../text/normalize.ts';
import type { AgreementInfo, Knowledge } from '../knowledge/knowledge.ts';
import { addDays, datedBefore } from '../entities/dates.ts';
import { contentWordsOf, countryCodesByName } from '../entities/agreements.ts';
import type { Agreement, ArticleMeeting, Official, Span } from '../types.ts';
import { participantsKey } from '../text/participantsKey.ts';

/** «البيان», «الإعلان», and «البلاغ» as Maghrebi desks call a joint communiqué (a statement: «البلاغ المشترك»). */
const STATEMENT = new Set(['بيان', 'البيان', 'بيانا', 'اعلان', 'الاعلان', 'اعلانا', 'بلاغ', 'البلاغ', 'بلاغا']);
/** What makes a statement the meeting's: several parties' or the closing one. */
const JOINT = new Map([
  ['مشترك', 'المشترك'],
  ['المشترك', 'المشترك'],
  ['مشتركا', 'المشترك'],
  ['الختامي', 'الختامي'],
  ['ختامي', 'الختامي'],
  ['ختاميا', 'الختامي'],
  ['ثلاثي', 'الثلاثي'],
  ['الثلاثي', 'الثلاثي'],
  ['ثلاثيا', 'الثلاثي'],
]);

export function addMeetingStatement(
  ctx: TextContext,
  agreements: Agreement[],
  meetings: readonly ArticleMeeting[],
  officials: readonly Official[],
): Agreement[] {
  const reported = meetings.filter((m) => !m.mentioned);
  if (reported.length === 0) return agreements;
  // With several meetings reported (a summit, the host's talks beside it, the airport welcome), the one
  // whose statement the knowledge lists is meant, when exactly one of them has one.
  const listedFor = reported.length > 1 ? reported.filter((m) => listedStatements(ctx, m, tableOf(ctx, m, officials)).length > 0) : reported;
  // With none of them listed, the story's news, the first reported (wire copy leads with it), when it seats two
  // countries at least; unless those countries issued a statement the knowledge lists before it, which a story of
  // several meetings is as likely to recall («الإعلان المشترك» of their last summit).
  const first = reported[0]!;
  const firstTable = tableOf(ctx, first, officials);
  const lead = listedFor.length === 0 && firstTable.size >= 2 && !issuedBefore(ctx, first, firstTable) ? [first] : listedFor;
  if (lead.length !== 1) return agreements;
  const meeting = lead[0]!;
  const atTable = tableOf(ctx, meeting, officials);
  // «في بيان مشترك مع نظيريه الفرنسي والألماني»: a country named with it that has nobody at the table makes it another statement.
  const others = (from: number) => {
    for (let j = from; j < Math.min(ctx.tokens.length, from + 8); j++) {
      if (j > from && (ctx.tokens[j]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) break;
      for (const m of ctx.k.countryAdjectives.matchAt(ctx.tokens, j)) if (m.values.some((c) => !atTable.has(c))) return true;
    }
    return false;
  };
  const taken = agreements.flatMap((a) => a.mentions);
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const mentions: Span[] = [];
  let kind = '';
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.skip || head.kind !== 'word') continue;
    const stem = head.stems.find((s) => STATEMENT.has(s.text));
    if (!stem) continue;
    let last = i;
    const words: string[] = [];
    for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
      const t = tokens[j]!;
      const joint = JOINT.get(t.text);
      if (!joint || (t.gapBefore & ~Gap.Space) !== 0) break;
      words.push(joint);
      last = j;
    }
    // «الإعلان المشترك الصادر في أبريل الماضي»: one its clause dates before the meeting is an earlier one.
    // «البيان الثلاثي» after a call or a meeting of two countries is a three-party statement of another occasion.
    const threeOfTwo = words.includes('الثلاثي') && atTable.size < 3;
    if (last === i || threeOfTwo || others(last + 1) || notIssued(ctx, i) || PREDICATE.has(tokens[i - 1]?.text ?? '') || datedBefore(ctx, last, meeting.date)) continue;
    const span = tokenSpan(ctx, i, stem.prefix, last);
    if (overlaps(span)) continue;
    mentions.push(span);
    kind ||= `${stem.text.includes('اعلان') ? 'الإعلان' : 'البيان'} ${words.join(' ')}`;
    i = last;
  }
  if (mentions.length === 0) return agreements;
  // «… على الإعلان المشترك بين المغرب والولايات المتحدة وإسرائيل … الإعلان المشترك»: a statement the
  // article already named in full, of the same kind and with its parties at the table, is the one meant.
  // Else a statement the knowledge lists for this meeting (its parties at the table, its day the meeting's): that entry.
  const listed = namedBefore(ctx, agreements, kind, atTable) ?? listedStatement(ctx, meeting, atTable, kind) ?? foundOfTheDay(ctx, agreements, kind, meeting, atTable);
  if (listed) {
    const found = agreements.find((a) => a.id === listed.id);
    if (found) return agreements.map((a) => (a === found ? { ...a, mentions: [...a.mentions, ...mentions].sort((x, y) => x.start - y.start) } : a));
    return [...agreements, { id: listed.id, name: mentions[0]!.text, nameEn: listed.en, mentions }];
  }
  const where = [meeting.place, meeting.date].filter(Boolean);
  const key = meeting.date || meeting.place ? where.join(' ') : participantsKey(meeting.participants);
  const statement: Agreement = {
    id: `ar:${kind} ${key}`,
    name: where.length > 0 ? `${kind} (${where.join('، ')})` : kind,
    nameEn: `${kind.includes('الإعلان') ? 'Declaration' : 'Statement'} of the ${meeting.kind}${where.length > 0 ? ` (${where.join(', ')})` : ''}`,
    mentions,
    meeting: meeting.id,
  };
  return [...agreements, statement];
}

/**
 * «اختتمت من دون بيان مشترك», «دون التوصل إلى بيان ختامي», «منعت الطرفين من إصدار بيان ختامي»,
 * «على أن تختتم أعمالها ببيان مشترك», «مسودة بيان ختامي»: a statement not issued, still to come or in draft.
 */
function notIssued(ctx: TextContext, i: number): boolean {
  // «وأعلن البلدان حينها … في بيان مشترك»: the statement of the occasion the sentence recalls.
  for (let j = i - 1; j >= 0 && j >= i - RECALL_REACH; j--) {
    if ((ctx.tokens[j + 1]!.gapBefore & (Gap.Stop | Gap.Newline)) !== 0) break;
    if (RECALLED.has(ctx.tokens[j]!.text)) return true;
  }
  for (let j = i - 1; j >= 0 && j >= i - NOT_ISSUED_REACH; j--) {
    const t = ctx.tokens[j + 1]!;
    if ((t.gapBefore & (Gap.Stop | Gap.Newline | Gap.Comma)) !== 0) return false;
    if (NOT_ISSUED.has(ctx.tokens[j]!.text)) return true;
  }
  return false;
}

/** «الاتفاقية بمثابة إعلان مشترك», «تعد إعلانا مشتركا عن نية البلدين»: what a document is likened to, no statement of its own. */
const PREDICATE = new Set('بمثابة تعد يعد تعتبر يعتبر تشكل يشكل تمثل يمثل'.split(' ').map((w) => normalizeKey(w)));

const NOT_ISSUED = new Set(
  'دون بدون لم لن عدم مسودة مشروع منعت منع تختتم يختتم ستختتم سيصدر ستصدر يصدر تصدر سيصدران'.split(' ').map((w) => normalizeKey(w)),
);
/** «حينها», «آنذاك»: words that tell an earlier occasion, anywhere in the sentence before the statement. */
const RECALLED = new Set('حينها آنذاك وقتها حينذاك حينئذ'.split(' ').map((w) => normalizeKey(w)));
const RECALL_REACH = 15;
/** How far before a statement its denial or its future may stand («من دون أن يصدر عنها بيان مشترك»). */
const NOT_ISSUED_REACH = 5;

/** The countries of the meeting's participants. *//** The countries of the meeting's participants. */
function tableOf(ctx: TextContext, meeting: ArticleMeeting, officials: readonly Official[]): Set<string | undefined> {
  const codeByName = countryCodesByName(ctx.k);
  return new Set(officials.filter((o) => meeting.participants.includes(o.id)).map((o) => codeByName.get(o.country)));
}

/** Kind words of a statement or declaration, as the knowledge compares them. */
const STATEMENT_KINDS = new Set(['بيان', 'اعلان', 'بلاغ']);

/** The kind word the knowledge compares for the article's «الإعلان …» or «البيان …» (a «البلاغ …» is a statement). */
function kindWordOf(kind: string): string {
  return kind.includes('الإعلان') ? 'اعلان' : 'بيان';
}

/**
 * The one agreement already found that is a statement of the kind (بيان or إعلان) of the countries
 * at the table: two of them at least, and none at the table that is not its party (a third party
 * may have signed without a person the article names).
 */
function namedBefore(ctx: TextContext, agreements: readonly Agreement[], kind: string, atTable: ReadonlySet<string | undefined>): AgreementInfo | null {
  const kindWord = kindWordOf(kind);
  const table = [...atTable].filter((c): c is string => c !== undefined);
  const fitting = agreements
    .map((a) => ctx.k.agreements.get(a.id))
    .filter(
      (info): info is AgreementInfo =>
        info !== undefined && info.kinds.has(kindWord) && table.length >= 2 && table.every((c) => info.parties.includes(c)),
    );
  return fitting.length === 1 ? fitting[0]! : null;
}

/**
 * «استقبل الرئيس … وفد الاتحاد الأوروبي الذي وقع قبل ساعات … إعلانا مشتركا», the story naming «الإعلان المشترك»
 * elsewhere in a way the knowledge took: the one statement of that kind the article found, dated the meeting's day,
 * with a party at the table (the delegation's head may be of a country that did not sign).
 */
function foundOfTheDay(ctx: TextContext, agreements: readonly Agreement[], kind: string, meeting: ArticleMeeting, atTable: ReadonlySet<string | undefined>): AgreementInfo | null {
  const kindWord = kindWordOf(kind);
  const day = meeting.date ?? ctx.date;
  if (!day) return null;
  const fitting = agreements
    .map((a) => ctx.k.agreements.get(a.id))
    .filter((info): info is AgreementInfo => info !== undefined && info.kinds.has(kindWord) && info.date === day && info.parties.some((c) => atTable.has(c)));
  return fitting.length === 1 ? fitting[0]! : null;
}

/**
 * The one knowledge entry that is a statement of this meeting: dated its day (or the next), every
 * party at the table. The final statement of a summit or conference is listed without parties (the
 * members of a league, whoever came): there its city, named in the article, stands for them.
 */
function listedStatements(ctx: TextContext, meeting: ArticleMeeting, atTable: ReadonlySet<string | undefined>): AgreementInfo[] {
  // An undated meeting is the news of the article's day or the day before (reports come out the next morning).
  // (A visit reported when it is over may be told up to three days later: «البيان المشترك الصادر في ختام الزيارة».)
  const back = meeting.kind === 'visit' ? [-1, -2, -3] : [-1];
  const days = meeting.date ? [meeting.date, addDays(meeting.date, 1)] : ctx.date ? [ctx.date, ...back.map((d) => addDays(ctx.date, d))] : [];
  if (days.length === 0) return [];
  const gathering = meeting.kind === 'summit' || meeting.kind === 'conference' || meeting.kind === 'signing' || meeting.participants.length >= 3;
  let words: ReadonlySet<string> | null = null;
  const fitting: AgreementInfo[] = [];
  for (const info of statementEntries(ctx.k)) {
    if (!days.includes(info.date)) continue;
    const placed = () => info.place.length > 0 && info.place.every((w) => (words ??= contentWordsOf(ctx)).has(w));
    // A statement of many (six foreign ministers, a contact group): each report names some of them at the
    // table; two of its parties there, in its city, on its day, are enough.
    // At a conference each report may name only the host's people at the table: one of its parties there is enough.
    const present = info.parties.filter((c) => atTable.has(c)).length;
    const many = info.parties.length > 2 && gathering && placed() && present >= (meeting.kind === 'conference' ? 1 : 2);
    // A statement of no listed parties (a summit's communiqué) is not that of a signing between two in its city the day before.
    const ofMany = meeting.kind === 'summit' || meeting.kind === 'conference' || [...atTable].filter(Boolean).length >= 3;
    if (info.parties.length >= 2 ? many || info.parties.every((c) => atTable.has(c)) : info.parties.length === 0 && ofMany && placed()) fitting.push(info);
  }
  return fitting;
}

const statementEntriesCache = new WeakMap<Knowledge, AgreementInfo[]>();

/**
 * The entries that are statements or declarations, in file order, made once per knowledge: every
 * reported meeting looks through them, and they are about a quarter of the entries.
 */
function statementEntries(k: Knowledge): readonly AgreementInfo[] {
  let entries = statementEntriesCache.get(k);
  if (!entries) {
    entries = [...k.agreements.values()].filter((info) => [...info.kinds].some((kind) => STATEMENT_KINDS.has(kind)));
    statementEntriesCache.set(k, entries);
  }
  return entries;
}

/** Whether the knowledge lists a statement or declaration of exactly the countries at the table, dated before the meeting. */
function issuedBefore(ctx: TextContext, meeting: ArticleMeeting, atTable: ReadonlySet<string | undefined>): boolean {
  const before = meeting.date ?? ctx.date;
  const table = [...atTable].filter((c): c is string => c !== undefined);
  if (!before) return true;
  for (const info of statementEntries(ctx.k)) {
    if (!info.date || info.date >= before) continue;
    if (info.parties.length === table.length && table.every((c) => info.parties.includes(c))) return true;
  }
  return false;
}

/** The one statement the knowledge lists for this meeting of the kind the article calls it (a summit's communiqué beside its declaration). */
function listedStatement(ctx: TextContext, meeting: ArticleMeeting, atTable: ReadonlySet<string | undefined>, kind: string): AgreementInfo | null {
  const kindWord = kindWordOf(kind);
  const listed = listedStatements(ctx, meeting, atTable);
  // («البلاغ المشترك» is a statement: the knowledge's «البلاغ …» is one.)
  const fitting = listed.filter((info) => info.kinds.has(kindWord) || (kindWord === 'بيان' && info.kinds.has('بلاغ')));
  if (fitting.length === 1) return fitting[0]!;
  // «البيان المشترك» of two countries' talks where the knowledge lists their «الإعلان المشترك» of that day: desks
  // call one document by either word. Only between two parties: a summit may issue a communiqué and a declaration.
  return fitting.length === 0 && listed.length === 1 && listed[0]!.parties.length === 2 ? listed[0]! : null;
}
