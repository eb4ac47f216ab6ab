/**
 * Articles from different sources reporting one meeting, grouped. The same rule serves
 * the CLI (a batch) and the background (one new article against what is stored).
 *
 * Two reports are of one meeting when they are both calls or both face to face (a visit,
 * talks, a summit, a signing may be one event told in other words), their dates agree
 * (within a day; an undated report by its publication date), their places do not
 * disagree, and they share a participant (two when a place or a date is missing): one
 * source says Putin–Pompeo, another Lavrov–Pompeo, same day, same city; two reports each of its
 * own day's meeting, a day apart, are two meetings unless both may last days (a visit, a summit). Two summits of
 * one city and day are one, whoever each outlet names; two calls of one person on one
 * day with different people are two; a summit and a visit or talks around it on another day
 * are one only when they share two people. Meetings only mentioned (recalled, planned) are
 * not reports and never group. A group never holds two meetings of one
 * article: an article that tells a meeting and a phone call keeps them apart. A report
 * that names nobody joins only one with its own city and day.
 */
import { daysBetween } from '../entities/dates.ts';
import type { ArticleMeeting, IsoDate, MeetingKind } from '../types.ts';
import { participantsKey } from '../text/participantsKey.ts';

export interface ArticleMeetings {
  article: string;
  published?: string | null;
  meetings: ArticleMeeting[];
  /** The country each official of the article serves (by id), when the caller knows it: it tells two visitors of one host apart. */
  countries?: Readonly<Record<string, string>>;
}

export interface MeetingGroup {
  id: string;
  kind: MeetingKind;
  participants: string[];
  place: string | null;
  date: IsoDate | null;
  articles: string[];
  /** The article meetings in the group, as `article` and the article's meeting id. */
  members: { article: string; meeting: string }[];
}

interface Report {
  article: string;
  published: string | null;
  meeting: ArticleMeeting;
  countries: Readonly<Record<string, string>>;
}

/** Kinds of event that may last more than a day. */
const MULTI_DAY: ReadonlySet<MeetingKind> = new Set(['visit', 'summit', 'conference']);

/** Days apart two reports of a visit may date it (its first day and its last). */
const VISIT_DAYS = 4;
/** Days within which an undated report may be of a dated meeting (published after it). */
const UNDATED_WINDOW = 3;
/** Days after a dated meeting within which a report giving neither the day nor the place of its own may be of it. */
const UNPLACED_WINDOW = 2;
/** Days apart two reports with neither a date nor a place for their meeting may be published and be of one. */
const UNPLACED_UNDATED_WINDOW = 1;
/** Participants from whom on a summit is one of many leaders, not a bilateral summit. */
const MANY = 4;
/** Below any tie by a shared participant (which scores at least 1). */
const UNNAMED_AFFINITY = 0.5;

/** The `countries` of ArticleMeetings from an article's officials. */
export function officialCountries(officials: readonly { id: string; country: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of officials ?? []) if (o && typeof o.id === 'string' && typeof o.country === 'string' && o.country !== '') out[o.id] = o.country;
  return out;
}

/** The countries a report's people stand for. */
function countriesOf(r: Report): Set<string> {
  return new Set(r.meeting.participants.map((p) => r.countries[p]).filter((c): c is string => typeof c === 'string' && c !== ''));
}

/** A summit or a conference: a table where each outlet names its own leaders. */
function isGathering(r: Report): boolean {
  return r.meeting.kind === 'summit' || r.meeting.kind === 'conference';
}

function datesAgree(a: Report, b: Report): boolean {
  const da = a.meeting.date;
  const db = b.meeting.date;
  if (da && db) {
    const apart = Math.abs(daysBetween(da, db) ?? 99);
    // A day apart, each told as its own day's news by a report of that day: two meetings
    // (an envoy's talks on consecutive days), not one that an outlet dated a day off.
    // A visit or a summit lasts days; a meeting, talks or a call is one sitting.
    // («القمة السعودية الأمريكية» of two leaders at one palace is one sitting, not a summit of many that lasts days.)
    const sitting = (r: Report) => !MULTI_DAY.has(r.meeting.kind) || (isGathering(r) && countriesOf(r).size <= 2);
    if (apart === 1 && a.published === da && b.published === db && (sitting(a) || sitting(b))) return false;
    // A state visit lasts days, and the report of its end («عاد … بعد زيارة استمرت عدة أيام») is dated the day it ended.
    if (a.meeting.kind === 'visit' && b.meeting.kind === 'visit') return apart <= VISIT_DAYS;
    return apart <= 1;
  }
  if (da || db) {
    const [dated, undated] = da ? [a, b] : [b, a];
    if (!undated.published) return false;
    const gap = daysBetween(dated.meeting.date!, undated.published);
    // A report that gives neither the day nor the place of its meeting is of a dated one only if published within two
    // days of it: ministers met in Madrid on a Friday are not their Cairo session of the Tuesday before.
    const window = undated.meeting.place ? UNDATED_WINDOW : UNPLACED_WINDOW;
    return gap !== null && gap >= 0 && gap <= window;
  }
  if (!a.published || !b.published) return false;
  // Neither dated nor placed, two reports tie by their people and publication days alone: the envoys' talks in
  // Davos and their round in Abu Dhabi three days on are two events. Only reports of the same or the next day.
  const window = !a.meeting.place && !b.meeting.place ? UNPLACED_UNDATED_WINDOW : UNDATED_WINDOW;
  return Math.abs(daysBetween(a.published, b.published) ?? 99) <= window;
}

/** Two dated reports whose days do not agree, one of them a sitting (not a visit or a gathering that lasts days). */
function daysApart(a: Report, b: Report): boolean {
  if (!a.meeting.date || !b.meeting.date || datesAgree(a, b)) return false;
  return !MULTI_DAY.has(a.meeting.kind) || !MULTI_DAY.has(b.meeting.kind);
}

/**
 * A call is never the same event as a face-to-face one; all face-to-face kinds may be (a visit told
 * as talks, a summit as a meeting). Talks told with no word of how they were held («أكد بلينكن
 * لنظيره الروسي اليوم …») may be the call another outlet reports, on the same day, between the same two.
 */
function kindsAgree(a: Report, b: Report): boolean {
  const [x, y] = [a.meeting.kind, b.meeting.kind];
  if ((x === 'phone call') === (y === 'phone call')) return true;
  if (!(x === 'talks' || y === 'talks') || a.meeting.date === null || a.meeting.date !== b.meeting.date) return false;
  // The same two people, no more: talks of a delegation on the day of a call are a face-to-face event.
  const [pa, pb] = [a.meeting.participants, b.meeting.participants];
  return pa.length === 2 && pb.length === 2 && pa.every((p) => pb.includes(p));
}

/**
 * Whether two reports may be of one event at all: not two places on days that do not agree (a visit of
 * several days is told on each of them, and one outlet may give a wrong place, but not both at once).
 */
function compatible(a: Report, b: Report): boolean {
  const [pa, pb] = [a.meeting.place, b.meeting.place];
  return datesAgree(a, b) || !pa || !pb || pa === pb;
}

/** How strongly two reports are of one meeting; 0 when they are not. */
function affinity(a: Report, b: Report): number {
  if (a.article === b.article || !kindsAgree(a, b) || !datesAgree(a, b)) return 0;

  const pa = a.meeting.place;
  const pb = b.meeting.place;
  const theirs = new Set(b.meeting.participants);
  const shared = a.meeting.participants.filter((p) => theirs.has(p)).length;
  // A summit and a visit or talks on another day around it (the crown prince's talks with Erdogan two days
  // before the Jeddah summit he chaired) share one host, not the event: two shared people at least.
  // A state visit or a signing told on another day than a summit is another event of the visit (Xi's state
  // visit and the Arab–China summit of the next day); a meeting a day off may be the summit in another time zone.
  // Two undated reports published the same day tell that day's news: the same day as far as they say.
  const sameDayTold = (a.meeting.date && a.meeting.date === b.meeting.date) || (!a.meeting.date && !b.meeting.date && a.published !== null && a.published === b.published);
  const summitApart = (a.meeting.kind === 'summit') !== (b.meeting.kind === 'summit') && !sameDayTold;
  const other = a.meeting.kind === 'summit' ? b.meeting.kind : a.meeting.kind;
  if (summitApart && (shared < 2 || other === 'visit' || other === 'signing' || other === 'conference')) return 0;
  if (otherGuests(a, b)) return 0;
  // A summit of a few and a visit to its host the same day by a guest of a country the summit report does not name
  // (the UAE's president with Jordan's king and Bahrain's king, and with Greece's prime minister, in Abu Dhabi that
  // day): the host is all they share, and each names a country the other does not.
  if ((a.meeting.kind === 'summit') !== (b.meeting.kind === 'summit') && shared === 1 && otherTables(a, b)) return 0;
  const dated = a.meeting.date !== null && b.meeting.date !== null;
  // Two people are not face to face in two cities on one day: on the same day, two shared
  // participants outweigh a place one outlet gives wrongly (the city of the next meeting, a capital
  // standing for its government).
  // The city of a summit of many is never the one an outlet gets wrong: it and a signing or talks in another
  // city are two events of the day (the Riyadh summit and the Doha signing of Trump and the emir of Qatar).
  const summitOfMany = [a, b].some((r) => r.meeting.kind === 'summit' && r.meeting.participants.length >= MANY) && a.meeting.kind !== b.meeting.kind;
  if (pa && pb && pa !== pb && !(dated && a.meeting.date === b.meeting.date && shared >= 2 && !summitOfMany)) return 0;
  const call = a.meeting.kind === 'phone call';
  // A call has no place: both dated, it is as complete as a report can be.
  const complete = dated && (call || (pa && pb));
  const samePlace = pa !== null && pa === pb;
  const sameDay = dated && a.meeting.date === b.meeting.date;
  // «عقد وزيرا خارجية البلدين اجتماعا في العاصمة الصينية الخميس»: a report naming nobody
  // joins one of the same city on the same day, weakest of all ties.
  const unnamed = a.meeting.participants.length === 0 || b.meeting.participants.length === 0;
  if (complete && unnamed && samePlace && sameDay) return UNNAMED_AFFINITY;
  // A summit in one city on one day is one summit, whichever leaders each outlet names.
  const summits = a.meeting.kind === 'summit' && b.meeting.kind === 'summit';
  if (summits && samePlace && sameDay && shared === 0) return UNNAMED_AFFINITY;
  // Each outlet names its own leaders at a summit: one shared on the same day is enough.
  if (shared < (complete || (summits && sameDay) ? 1 : 2)) return 0;
  // Two calls of one person on one day with two different people are two calls.
  if (call && shared < 2 && Math.min(a.meeting.participants.length, b.meeting.participants.length) > 1) return 0;
  // The same kind told by both (two summits, two visits) is a little more of one event than a summit and a meeting.
  return shared + (samePlace ? 1 : 0) + (sameDay ? 1 : 0) + (a.meeting.kind === b.meeting.kind ? SAME_KIND : 0);
}

/** Less than any shared person, place or day: it only breaks ties. */
const SAME_KIND = 0.5;

/**
 * Two visits to one host, each by a guest from another country (the emir of Qatar receiving Egypt's
 * president one day and Lebanon's the next): each report names the people of two countries, and only
 * one of them is the other's. Not for gatherings, where each outlet names its own leaders.
 */
/** The most countries a report of a host and a guest names (a guest with an organisation's head beside him: three). */
const GUEST_TABLE = 3;

function otherGuests(a: Report, b: Report): boolean {
  if (isGathering(a) || isGathering(b)) return false;
  const [ca, cb] = [countriesOf(a), countriesOf(b)];
  // Each names two countries or more, the host's among them, and each names a guest's country the other does not
  // (Saudi Arabia's minister at Baabda one day, Kuwait's with the GCC's secretary-general the next). A report naming
  // one side only (its own delegation) tells no such thing, nor one whose countries all appear in the other's.
  // (Not a table of many: three countries at most each, and only the host's in common.)
  if (ca.size < 2 || cb.size < 2 || ca.size > GUEST_TABLE || cb.size > GUEST_TABLE) return false;
  return [...ca].filter((c) => cb.has(c)).length === 1;
}

/** Whether each report names a country the other does not, and two countries or more (its host's and its guests'). */
function otherTables(a: Report, b: Report): boolean {
  const [ca, cb] = [countriesOf(a), countriesOf(b)];
  if (ca.size < 2 || cb.size < 2) return false;
  return [...ca].some((c) => !cb.has(c)) && [...cb].some((c) => !ca.has(c));
}

function mostCommon<T>(values: T[], order: (a: T, b: T) => number): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of [...counts].sort((x, y) => order(x[0], y[0]))) {
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}

const byText = (a: unknown, b: unknown) => String(a).localeCompare(String(b));
const KIND_ORDER: MeetingKind[] = ['phone call', 'summit', 'signing', 'visit', 'meeting', 'conference', 'talks'];

/** A readable id that any two runs over the same reports give alike. */
export function groupId(kind: MeetingKind, date: string | null, place: string | null, participants: readonly string[]): string {
  const slug = (place ?? 'unplaced').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${kind === 'phone call' ? 'call' : 'meeting'}-${date ?? 'undated'}-${slug}-${participantsKey(participants) || 'unnamed'}`;
}

export function groupMeetings(items: readonly ArticleMeetings[]): MeetingGroup[] {
  const reports: Report[] = [];
  const sorted = [...(items ?? [])].filter((i) => i && typeof i.article === 'string').sort((a, b) => byText(a.article, b.article));
  for (const item of sorted) {
    const meetings = Array.isArray(item.meetings) ? [...item.meetings].sort((a, b) => byText(a.id, b.id)) : [];
    // A meeting only mentioned (recalled, planned) is not a report of it.
    const countries = item.countries && typeof item.countries === 'object' ? item.countries : {};
    for (const meeting of meetings) if (!meeting.mentioned) reports.push({ article: item.article, published: item.published?.slice(0, 10) ?? null, meeting, countries });
  }
  // Union of the closest pairs first; a cluster takes one meeting per article.
  const pairs: { a: number; b: number; score: number }[] = [];
  for (let a = 0; a < reports.length; a++)
    for (let b = a + 1; b < reports.length; b++) {
      const score = affinity(reports[a]!, reports[b]!);
      if (score > 0) pairs.push({ a, b, score });
    }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const cluster = reports.map((_, i) => i);
  const find = (i: number): number => (cluster[i] === i ? i : (cluster[i] = find(cluster[i]!)));
  const articlesOf = reports.map((r) => new Set([r.article]));
  const membersOf = reports.map((_, i) => [i]);
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    if ([...articlesOf[rb]!].some((x) => articlesOf[ra]!.has(x))) continue;
    // An undated report must not bridge two events: no report of one cluster is of another place and day than a
    // report of the other (Kerry and Lavrov in Doha on the 3rd and in Kuala Lumpur on the 5th).
    // Nor a report that names only the host bridge two visitors' visits.
    // Nor any report join two dated reports of a sitting whose days do not agree, which no pair of them would join
    // (Kerry and Lavrov in New York on the 21st and on the 23rd, bridged by an undated report of the Quartet that week).
    if (membersOf[ra]!.some((x) => membersOf[rb]!.some((y) => !compatible(reports[x]!, reports[y]!) || otherGuests(reports[x]!, reports[y]!) || daysApart(reports[x]!, reports[y]!)))) continue;
    cluster[rb] = ra;
    for (const x of articlesOf[rb]!) articlesOf[ra]!.add(x);
    membersOf[ra]!.push(...membersOf[rb]!);
  }
  const members = new Map<number, Report[]>();
  reports.forEach((r, i) => {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), r]);
  });
  const groups: MeetingGroup[] = [];
  const ids = new Set<string>();
  for (const list of members.values()) {
    const participants = [...new Set(list.flatMap((r) => r.meeting.participants))].sort();
    const place = mostCommon(list.map((r) => r.meeting.place).filter((p): p is string => !!p), byText);
    const date = mostCommon(list.map((r) => r.meeting.date).filter((d): d is string => !!d), byText);
    const kind = mostCommon(list.map((r) => r.meeting.kind), (a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b)) ?? 'meeting';
    let id = groupId(kind, date, place, participants);
    for (let n = 2; ids.has(id); n++) id = `${groupId(kind, date, place, participants)}-${n}`;
    ids.add(id);
    groups.push({
      id,
      kind,
      participants,
      place,
      date,
      articles: [...new Set(list.map((r) => r.article))].sort(),
      members: list.map((r) => ({ article: r.article, meeting: r.meeting.id })),
    });
  }
  groups.sort((a, b) => byText(a.date ?? '9999', b.date ?? '9999') || byText(a.id, b.id));
  return groups;
}
