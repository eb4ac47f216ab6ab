/**
 * Which stored meeting group a newly saved article's meetings join. The NLP's groupMeetings
 * decides which reports are of one meeting and names the group (kind, date, place, cast), as the
 * CLI does: the library and `isnad analyze` show one meeting under one id. When a new report
 * changes what a group is (a participant more, two groups found to be one), the stored group is
 * renamed, its rows kept. Pure: the database code feeds it the stored reports it found by index,
 * with every other member of their groups.
 */
import { groupMeetings, type ArticleMeetings } from '../nlp/sources/crossSource.ts';

/** An article's meetings as stored, with the group each meeting (by its key) belongs to. */
export interface StoredReport extends ArticleMeetings {
  groupIds: Map<string, string | null>;
}

export interface GroupAssignment {
  /** Meeting key of the new article → group id. */
  assigned: Map<string, string>;
  /** Stored group ids that become another (two groups found to be one meeting). */
  renamed: Map<string, string>;
  /** Ids made up for groups that had none. */
  created: string[];
}

/**
 * How many days apart two reports of one meeting may be dated: groupMeetings accepts ±1 day
 * between meeting dates and up to 3 days between a meeting and an undated report's publication.
 */
export const DAY_WINDOW = 3;

const DAY_MS = 86_400_000;

function shiftDay(day: string, days: number): string | null {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? null : new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** The day a meeting is looked up by: its own date, else its article's publication day. */
export function meetingDay(meeting: { date: string | null; published: string | null }): string | null {
  const day = meeting.date ?? meeting.published;
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day.slice(0, 10)) ? day.slice(0, 10) : null;
}

/** `participant|day` keys: on the day itself, or (`nearby`) on every day a report of the same meeting may carry. */
export function participantDays(participants: readonly string[], day: string | null, nearby = false): string[] {
  if (!day) return [];
  const days: string[] = [];
  for (let d = nearby ? -DAY_WINDOW : 0; d <= (nearby ? DAY_WINDOW : 0); d++) {
    const shifted = shiftDay(day, d);
    if (shifted) days.push(shifted);
  }
  return [...new Set(participants)].flatMap((p) => days.map((d) => `${p}|${d}`));
}

export function assignGroups(current: StoredReport, stored: readonly StoredReport[], isTaken: (id: string) => boolean): GroupAssignment {
  const byArticle = new Map(stored.map((r) => [r.article, r]));
  const assigned = new Map<string, string>();
  const renamed = new Map<string, string>();
  const created: string[] = [];
  const chosen = new Set<string>();
  for (const group of groupMeetings([current, ...stored])) {
    const mine = group.members.filter((m) => m.article === current.article);
    if (mine.length === 0) continue;
    const existing = group.members
      .filter((m) => m.article !== current.article)
      .map((m) => byArticle.get(m.article)?.groupIds.get(m.meeting) ?? null)
      .filter((id): id is string => id !== null);
    const theirs = new Set(existing);
    // The group's own name, unless an unrelated stored group already has it.
    let id = group.id;
    for (let n = 2; (isTaken(id) && !theirs.has(id)) || chosen.has(id); n++) id = `${group.id}-${n}`;
    if (!theirs.has(id)) created.push(id);
    for (const other of theirs) if (other !== id && !renamed.has(other)) renamed.set(other, id);
    chosen.add(id);
    for (const m of mine) assigned.set(m.meeting, id);
  }
  return { assigned, renamed, created };
}
