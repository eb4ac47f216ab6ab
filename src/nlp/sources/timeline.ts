/**
 * A meeting's coverage over time: its reports in order of publication, and for each the claims
 * it carried first (a claim stated by several reports, as `alignClaims` groups them, belongs to
 * the earliest; a claim only one report states belongs to it). Reports of the same copy are
 * told apart by `sameTextAs`. The same rule serves the CLI and the popup.
 */
import { alignClaims, type ArticleClaims, type Relation } from './align.ts';

export interface TimelineInput extends ArticleClaims {
  /** `YYYY-MM-DD` or a full ISO timestamp, as the page gives it; null when unknown. */
  published: string | null;
}

export interface TimelineEntry {
  article: string;
  published: string | null;
  /** Indexes in the article's claims of the claims no earlier report carried. */
  firstClaims: number[];
  /** The other reports of the timeline that carry the same copy. */
  sameTextAs: string[];
  /**
   * Claims an earlier report carried that this one tells otherwise: other numbers, a denial or
   * another assessment (divergent), the same words given to another person (attributed-differently)
   * or said by another person (also-said-by), as the alignment relates them.
   */
  changed: { index: number; relation: Exclude<Relation, 'corroborated'> }[];
  /**
   * Claims of an earlier report of the same copy that this one no longer carries (a cut
   * paragraph): the earlier report and the claim's index in its claims.
   */
  dropped: { article: string; index: number }[];
}

const HAS_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Publication order: by day as the page wrote it, then by instant when both give a time (a
 * report dated by day only comes after the timed ones of its day), then as given. Unknown
 * dates come last.
 */
export function byPublication<T extends { published: string | null }>(reports: readonly T[]): T[] {
  const day = (p: string | null) => (p && /^\d{4}-\d{2}-\d{2}/.test(p) ? p.slice(0, 10) : '\uffff');
  const instant = (p: string | null) => {
    const ms = p && HAS_TIME.test(p) ? Date.parse(p) : NaN;
    return Number.isNaN(ms) ? Infinity : ms;
  };
  return reports
    .map((r, i) => ({ r, i, d: day(r.published), t: instant(r.published) }))
    .sort((a, b) => a.d.localeCompare(b.d) || (a.t === b.t ? 0 : a.t < b.t ? -1 : 1) || a.i - b.i)
    .map((x) => x.r);
}

/** The timeline of one meeting's reports; `shared` gives an article's same-copy others. */
export function meetingTimeline(reports: readonly TimelineInput[], shared: (article: string) => readonly string[] = () => []): TimelineEntry[] {
  const ordered = byPublication(reports);
  const rank = new Map(ordered.map((r, i) => [r.article, i]));
  const first = new Map<string, Set<number>>(ordered.map((r) => [r.article, new Set(r.claims.map((_, i) => i))]));
  const changed = new Map<string, TimelineEntry['changed']>(ordered.map((r) => [r.article, []]));
  for (const group of alignClaims(ordered)) {
    const earliest = Math.min(...group.claims.map((c) => rank.get(c.article) ?? Infinity));
    for (const c of group.claims) {
      if (rank.get(c.article) === earliest) continue;
      first.get(c.article)?.delete(c.index);
      if (group.verdict !== 'corroborated') changed.get(c.article)?.push({ index: c.index, relation: group.verdict });
    }
  }
  const present = new Set(ordered.map((r) => r.article));
  // Which articles carry each claim (by its aligned group; a claim in no group only its own).
  const carriers = new Map<string, Set<string>>();
  for (const group of alignClaims(ordered)) {
    const articles = new Set(group.claims.map((c) => c.article));
    for (const c of group.claims) carriers.set(`${c.article}#${c.index}`, articles);
  }
  const dropped = (r: TimelineInput): TimelineEntry['dropped'] => {
    const out: TimelineEntry['dropped'] = [];
    for (const earlier of shared(r.article)) {
      const e = ordered.find((x) => x.article === earlier);
      if (!e || (rank.get(earlier) ?? Infinity) >= (rank.get(r.article) ?? -1)) continue;
      e.claims.forEach((_, index) => {
        if (!carriers.get(`${earlier}#${index}`)?.has(r.article)) out.push({ article: earlier, index });
      });
    }
    return out;
  };
  return ordered.map((r) => ({
    article: r.article,
    published: r.published,
    firstClaims: [...first.get(r.article)!].sort((a, b) => a - b),
    sameTextAs: shared(r.article).filter((o) => o !== r.article && present.has(o)),
    changed: changed.get(r.article)!.sort((a, b) => a.index - b.index),
    dropped: dropped(r),
  }));
}
