/**
 * Which stored meeting group a newly saved article's meetings join. The NLP's groupMeetings
 * decides which reports are of one meeting; this module only keeps the library's group ids
 * stable: a group keeps the id it was given first, and an article that shows two stored groups
 * to be one meeting merges them. Pure: the database code feeds it the candidates it found by index.
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

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && v < best)) best = v;
  return best;
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
    let id = mostCommon(existing);
    if (id === null) {
      id = group.id;
      for (let n = 2; isTaken(id) || chosen.has(id); n++) id = `${group.id}-${n}`;
      created.push(id);
    } else {
      for (const other of new Set(existing)) if (other !== id && !chosen.has(other) && !renamed.has(other)) renamed.set(other, id);
    }
    chosen.add(id);
    for (const m of mine) assigned.set(m.meeting, id);
  }
  return { assigned, renamed, created };
}
