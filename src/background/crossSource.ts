/**
 * The current article against the other stored sources: the meetings it reports and who else
 * reports them, claim by claim what the others say, and how many outlets name each of its
 * officials and agreements. Everything is found through indexes (participant and day, entity
 * and source): the cost grows with the reports of one meeting, not with the library.
 */
import type { ArticleSummary, ClaimComparisonView, LibraryArticleView, LibraryCursor, LibraryPageView, CrossSourceView, LibraryGroupView, MeetingGroupView, NamedEntity, OtherVersionView, Verdict } from '../messages.ts';
import { compareClaims, groupMeetings, strongest, type ClaimMatch, type MeetingGroup } from '../nlp/sources/crossSource.ts';
import places from '../nlp/knowledge/places.json' with { type: 'json' };
import type { MeetingKind } from '../nlp/types.ts';
import { independentCount } from '../nlp/sources/sharedText.ts';
import { AGENCIES } from '../nlp/statements/credits.ts';
import { meetingTimeline } from '../nlp/sources/timeline.ts';
import { sameTextOf } from './textLinks.ts';
import { candidateReports, findArticle, reportOf, type ArticleRow, type ClaimRow, type IsnadDatabase, type MeetingRow, type SourceRow } from './db.ts';

/** English place name (as the NLP stores it) → the first Arabic spelling of the knowledge file. */
const ARABIC_PLACE = new Map<string, string>((places as { places: { en: string; ar: string[] }[] }).places.map((p) => [p.en, p.ar[0] ?? p.en]));

const AGENCY_NAME = new Map(AGENCIES.map((a) => [a.id, a.credits[0] ?? a.ar[0] ?? a.en]));
/** How Arabic copy credits an agency (واس), as the popup names it. */
const agencyName = (id: string) => AGENCY_NAME.get(id) ?? id;

export function placeName(place: string | null): string | null {
  return place === null ? null : (ARABIC_PLACE.get(place) ?? place);
}

/** Number of distinct stored sources (sites) mentioning each entity. */
export async function sourceCounts(db: IsnadDatabase, ids: readonly string[]): Promise<Record<string, number>> {
  const unique = [...new Set(ids)];
  const counts = await Promise.all(unique.map((id) => db.entitySources.where('entityId').equals(id).count()));
  return Object.fromEntries(unique.map((id, i) => [id, counts[i]!]));
}

/** Arabic names of entities: as `preferred` (the article at hand) writes them, else as the library last saw them. */
async function namesOf(db: IsnadDatabase, ids: readonly string[], preferred: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const missing = [...new Set(ids)].filter((id) => {
    const name = preferred.get(id);
    if (name) names.set(id, name);
    return !name;
  });
  const rows = await db.entities.bulkGet(missing);
  missing.forEach((id, i) => names.set(id, rows[i]?.name || rows[i]?.nameEn || id));
  return names;
}

/** The claim's verdict: what matters most among the other sources' versions (a contradiction first). */
function verdictOf(matches: readonly ClaimMatch[]): Verdict {
  return strongest(matches.map((m) => m.relation)) ?? 'only-here';
}

const named = (id: string | null, names: ReadonlyMap<string, string>): NamedEntity | null => (id === null ? null : { id, name: names.get(id) ?? id });

/**
 * `options.timeline` adds each meeting's timeline: it aligns every report of the meeting with every
 * other (the comparison aligns only the current article with the others), which about doubles the
 * time, so the popup asks for it after its first paint and the content script never does.
 */
export async function crossSourceView(db: IsnadDatabase, url: string, options: { timeline?: boolean } = {}): Promise<CrossSourceView | null> {
  return db.transaction('r', [db.articles, db.sources, db.entities, db.entitySources, db.claims, db.meetings, db.fingerprints], async () => {
    const article = await findArticle(db, url);
    if (!article) return null;
    const [meetings, claims] = await Promise.all([
      db.meetings.where('articleId').equals(article.id).toArray(),
      db.claims.where('articleId').equals(article.id).toArray(),
    ]);
    const current = reportOf(article.id, meetings, article.entities);
    const groups = groupMeetings([current, ...(await candidateReports(db, article.id, meetings))]).filter((g) =>
      g.articles.includes(current.article),
    );
    const otherIds = [...new Set(groups.flatMap((g) => g.articles))].filter((a) => a !== current.article).map(Number);
    // Reports of the same copy (linked when saved): one source published several times.
    const links = await sameTextOf(db, [article.id, ...otherIds]);
    const sameAsCurrent = new Set(links.get(article.id) ?? []);
    const copies = (await db.articles.bulkGet([...sameAsCurrent])).filter((a): a is ArticleRow => a !== undefined);
    const others = (await db.articles.bulkGet(otherIds)).filter((a): a is ArticleRow => a !== undefined);
    const sources = new Map<number, SourceRow>();
    (await db.sources.bulkGet([...new Set([article.sourceId, ...others.map((a) => a.sourceId), ...copies.map((a) => a.sourceId)])])).forEach((s) => s && sources.set(s.id, s));
    const sourceName = (a: ArticleRow) => sources.get(a.sourceId)?.name || sources.get(a.sourceId)?.host || '';
    const byId = new Map(others.map((a) => [a.id, a]));

    // Other sources only: a second article of the same outlet does not corroborate it, nor
    // another outlet's run of the same copy (corroboration means independent reports).
    const otherSources = others.filter((a) => a.sourceId !== article.sourceId && !sameAsCurrent.has(a.id));
    const otherClaims = await Promise.all(others.map((a) => db.claims.where('articleId').equals(a.id).toArray()));
    const claimsByArticle = new Map<number, ClaimRow[]>(others.map((a, i) => [a.id, otherClaims[i]!]));
    const ordered = claims.sort((a, b) => a.start - b.start);
    const comparisons = compareClaims(
      ordered,
      otherSources.map((a) => ({ article: String(a.id), claims: (claimsByArticle.get(a.id) ?? []).sort((x, y) => x.start - y.start) })),
    );

    const ownNames = new Map(article.entities.map((e) => [e.id, e.name]));
    const names = await namesOf(
      db,
      [...groups.flatMap((g) => g.participants), ...ordered.flatMap((c) => [...(c.speaker ? [c.speaker] : []), ...(c.speakers ?? [])])],
      ownNames,
    );
    const speakerName = (id: string | null, row: ArticleRow): NamedEntity | null => {
      if (id === null) return null;
      return { id, name: row.entities.find((e) => e.id === id)?.name ?? names.get(id) ?? id };
    };

    const claimViews: ClaimComparisonView[] = comparisons.map(({ claim, matches }) => {
      const seen = new Set<string>();
      const versions: OtherVersionView[] = [];
      // The closest claim of each other article (matches come best first).
      for (const match of matches) {
        const row = byId.get(Number(match.article));
        if (!row || seen.has(match.article)) continue;
        seen.add(match.article);
        versions.push({
          url: row.url,
          title: row.title,
          source: sourceName(row),
          published: row.published,
          text: match.claim.text,
          quote: match.claim.quote,
          speaker: speakerName(match.claim.speaker, row),
          relation: match.relation,
          divergence: match.divergence,
        });
      }
      const { speaker, reportedBy, verb, text, quote, agency } = claim;
      return {
        claim: { speaker, reportedBy, verb, text, quote },
        speaker: named(speaker, names),
        ...(claim.speakers ? { speakers: claim.speakers.map((id) => named(id, names)!) } : {}),
        ...(claim.institution ? { institution: claim.institution } : {}),
        ...(agency ? { agency: { id: agency, name: agencyName(agency) } } : {}),
        verdict: verdictOf(matches),
        others: versions,
      };
    });

    const shared = (id: string) => (links.get(Number(id)) ?? []).map(String);
    const rowOf = (id: string) => (id === current.article ? article : byId.get(Number(id)));
    const meetingViews: MeetingGroupView[] = groups.map((g) => {
      const present = g.articles.filter((a) => rowOf(a) !== undefined);
      const urlsOf = (id: string) => shared(id).filter((o) => present.includes(o)).map((o) => rowOf(o)!.url);
      const claimsOf = (id: string) => (id === current.article ? ordered : (claimsByArticle.get(Number(id)) ?? []).sort((x, y) => x.start - y.start));
      const timeline = options.timeline ? meetingTimeline(present.map((id) => ({ article: id, published: rowOf(id)!.published, claims: claimsOf(id) })), shared) : null;
      return {
        ...groupHead(g, names),
        reports: g.articles
          .filter((a) => a !== current.article)
          .map((a) => byId.get(Number(a)))
          .filter((a): a is ArticleRow => a !== undefined)
          .map((a) => ({ url: a.url, title: a.title, published: a.published, source: sourceName(a), sameTextAs: urlsOf(String(a.id)) })),
        independentReports: independentCount(present, shared),
        ...(timeline ? { timeline: timeline.map((entry) => {
          const row = rowOf(entry.article)!;
          return {
            url: row.url,
            title: row.title,
            source: sourceName(row),
            published: row.published,
            current: entry.article === current.article,
            sameTextAs: entry.sameTextAs.map((o) => rowOf(o)!.url),
            firstClaims: entry.firstClaims.map((i) => claimsOf(entry.article)[i]!).map((c) => ({ text: c.text, quote: c.quote, speaker: speakerName(c.speaker, row) })),
            changed: entry.changed.map(({ index, relation }) => {
              const c = claimsOf(entry.article)[index]!;
              return { text: c.text, quote: c.quote, speaker: speakerName(c.speaker, row), relation };
            }),
            dropped: entry.dropped.map(({ article, index }) => {
              const c = claimsOf(article)[index]!;
              return { text: c.text, quote: c.quote, speaker: speakerName(c.speaker, rowOf(article)!) };
            }),
          };
        }) } : {}),
        // The library's id for the meeting, so that the popup can point at the same group there.
        id: meetings.find((m) => g.members.some((x) => x.article === current.article && x.meeting === m.key))?.groupId ?? g.id,
      };
    });

    return {
      meetings: meetingViews,
      sameTextAs: copies.map((a) => ({ url: a.url, title: a.title, published: a.published, source: sourceName(a) })),
      claims: claimViews,
      sourceCounts: await sourceCounts(
        db,
        article.entities.map((e) => e.id),
      ),
    };
  });
}

function groupHead(g: Pick<MeetingGroup, 'id' | 'kind' | 'participants' | 'place' | 'date'>, names: ReadonlyMap<string, string>): Omit<MeetingGroupView, 'reports'> {
  return { id: g.id, kind: g.kind, participants: g.participants.map((p) => named(p, names)!), place: placeName(g.place), date: g.date };
}

/**
 * Every stored article under the meeting it reports (by the group ids given at save time), an
 * article reporting several under the one most sources report; the articles with no meeting last.
 */
export async function libraryByMeeting(db: IsnadDatabase, summaries: readonly ArticleSummary[], articleIds: ReadonlyMap<string, number>): Promise<LibraryGroupView[]> {
  const meetings = await db.meetings.toArray();
  const members = new Map<string, MeetingRow[]>();
  // Lists grown in place: copying them on every row made ten thousand articles take seconds.
  for (const m of meetings) {
    if (!m.groupId) continue;
    const list = members.get(m.groupId);
    if (list) list.push(m);
    else members.set(m.groupId, [m]);
  }
  const size = (groupId: string) => new Set(members.get(groupId)!.map((m) => m.articleId)).size;
  const mainGroup = new Map<number, string>();
  for (const m of [...meetings].sort((a, b) => a.id - b.id)) {
    if (!m.groupId) continue;
    const held = mainGroup.get(m.articleId);
    if (held === undefined || size(m.groupId) > size(held)) mainGroup.set(m.articleId, m.groupId);
  }
  const names = await namesOf(db, [...new Set(meetings.flatMap((m) => m.participants))], new Map());
  const grouped = new Map<string | null, ArticleSummary[]>();
  for (const summary of summaries) {
    const id = articleIds.get(summary.url);
    const group = (id !== undefined && mainGroup.get(id)) || null;
    const list = grouped.get(group);
    if (list) list.push(summary);
    else grouped.set(group, [summary]);
  }
  const views: LibraryGroupView[] = [...grouped].map(([groupId, articles]) => ({
    meeting: groupId === null ? null : groupHead(headOf(groupId, members.get(groupId)!), names),
    articles,
  }));
  // Newest meeting first; the articles that report no meeting at the end.
  return views.sort((a, b) => (b.meeting?.date ?? (b.meeting ? '0' : '')).localeCompare(a.meeting?.date ?? (a.meeting ? '0' : '')));
}

/**
 * One page of the library, most recently read first (savedAt, then row id, both descending),
 * each article with the meeting it is listed under. Reads `limit` article rows (one more to
 * know whether a next page exists) through the savedAt index, and only the meetings of those
 * articles and of their groups: the cost grows with the page, not with the library.
 *
 * Paging is by cursor (the last row's savedAt and id), so that articles saved while the reader
 * pages are neither repeated nor shift the rest: a new or revisited article goes to the top,
 * which the reader sees on the next opening.
 */
export async function libraryPage(db: IsnadDatabase, after: LibraryCursor | null, limit: number): Promise<LibraryPageView> {
  return db.transaction('r', [db.articles, db.sources, db.meetings, db.entities], async () => {
    const newestFirst = after
      ? db.articles
          .where('savedAt')
          .belowOrEqual(after.savedAt)
          .reverse()
          // Rows saved at the cursor's very millisecond come in descending id order: skip those up to the cursor.
          .filter((a) => a.savedAt < after.savedAt || a.id < after.id)
      : db.articles.orderBy('savedAt').reverse();
    const [found, total] = await Promise.all([newestFirst.limit(limit + 1).toArray(), db.articles.count()]);
    const rows = found.slice(0, limit);
    const last = rows[rows.length - 1];
    const next = found.length > limit && last ? { savedAt: last.savedAt, id: last.id } : null;

    const sources = new Map<number, SourceRow>();
    (await db.sources.bulkGet([...new Set(rows.map((a) => a.sourceId))])).forEach((s) => s && sources.set(s.id, s));
    // One exact lookup per article and per group (see candidateReports on anyOf).
    const own = await Promise.all(rows.map((a) => db.meetings.where('articleId').equals(a.id).toArray()));
    const groupIds = [...new Set(own.flat().flatMap((m) => (m.groupId ? [m.groupId] : [])))];
    const members = new Map<string, MeetingRow[]>();
    (await Promise.all(groupIds.map((g) => db.meetings.where('groupId').equals(g).toArray()))).forEach((list, i) => members.set(groupIds[i]!, list));
    const size = (groupId: string) => new Set(members.get(groupId)!.map((m) => m.articleId)).size;
    const names = await namesOf(db, [...new Set([...members.values()].flat().flatMap((m) => m.participants))], new Map());
    const heads = new Map<string, Omit<MeetingGroupView, 'reports'>>();
    const head = (groupId: string) => {
      let view = heads.get(groupId);
      if (!view) heads.set(groupId, (view = groupHead(headOf(groupId, members.get(groupId)!), names)));
      return view;
    };

    const articles: LibraryArticleView[] = rows.map((a, i) => {
      // The group most articles report, as in libraryByMeeting: an article is listed once.
      let main: string | null = null;
      for (const m of [...own[i]!].sort((x, y) => x.id - y.id)) if (m.groupId && (main === null || size(m.groupId) > size(main))) main = m.groupId;
      return {
        url: a.url,
        title: a.title,
        published: a.published,
        source: sources.get(a.sourceId)?.name ?? '',
        savedAt: a.savedAt,
        officials: a.entities.filter((e) => e.kind === 'official').length,
        agreements: a.entities.filter((e) => e.kind === 'agreement').length,
        meeting: main === null ? null : head(main),
      };
    });
    return { articles, next, total };
  });
}

/** What the stored reports of one meeting agree on: most common kind, place and date, every participant. */
function headOf(id: string, rows: readonly MeetingRow[]): Pick<MeetingGroup, 'id' | 'kind' | 'participants' | 'place' | 'date'> {
  const common = <T>(values: T[]): T | null => {
    const counts = new Map<T, number>();
    for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0]?.[0] ?? null;
  };
  return {
    id,
    kind: common<MeetingKind>(rows.map((r) => r.kind)) ?? 'meeting',
    participants: [...new Set(rows.flatMap((r) => r.participants))].sort(),
    place: common(rows.map((r) => r.place)),
    date: common(rows.map((r) => r.date ?? null)) ?? common(rows.map((r) => r.published)),
  };
}
