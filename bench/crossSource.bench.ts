/**
 * Benchmark of the popup's view of one article against the library, run with
 * `npx tsx bench/crossSource.bench.ts [articles]` (10,000 by default). Fills a fake-indexeddb
 * database through `saveArticle` (one transaction per article, grouping included) with
 * synthetic articles: 40 outlets, 400 officials, 3,000 meetings over three years, each reported
 * by 1–6 outlets, claims taken from the meeting's statements with the outlets' own variations,
 * 5 KB of text each. Then times, for articles of much-reported meetings, what the popup does:
 * `article:get` + `crossSource:get` + rendering the article's view to an HTML string; and the
 * popup's library: its first paint (`library:page`, the first 60 articles newest first, and
 * rendering them under their meetings), the next page, and for comparison the messages that
 * read every article row (`articles:list`, `library:byMeeting`; the options page uses the first).
 * Prints medians; a script that prints figures, not a timed test: machines differ.
 */
import 'fake-indexeddb/auto';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { crossSourceView } from '../src/background/crossSource.ts';
import { openDatabase, saveArticle } from '../src/background/db.ts';
import { createHandler, getArticle } from '../src/background/handlers.ts';
import type { ArticlePayload, LibraryPageView } from '../src/messages.ts';
import type { Claim, MeetingKind, Official } from '../src/nlp/types.ts';
import { ArticleDetails } from '../src/popup/ArticleDetails.tsx';
import { Library, LIBRARY_PAGE } from '../src/popup/Library.tsx';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const OUTLETS = 40;
const OFFICIALS = 400;
const MEETINGS = Math.max(10, Math.round(ARTICLES * 0.3));
const RUNS = 41;

/** Deterministic pseudo-random numbers (mulberry32): the same library on every run. */
let seed = 0x15a4d;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const WORDS =
  'الوزير الرئيس المبعوث المحادثات الجانبين التعاون الأمن الاقتصاد الحدود اللاجئين الطاقة الاستثمار التسوية الحوار الأزمة الاتفاق الوفد العاصمة المنطقة الدولية الإقليمية المشتركة المستقبل السلام التنمية الملفات الوضع الإنساني المساعدات العقوبات الانتخابات الدستور اللجنة المفاوضات الجولة المقبلة البيان الختامي المصالح الثنائية الشراكة'.split(
    ' ',
  );
const PLACES = ['Moscow', 'Sochi', 'Geneva', 'Cairo', 'Riyadh', 'Doha', 'Muscat', 'Ankara', 'Tehran', 'Paris', 'Beirut', 'Amman', 'Baghdad', 'Astana', 'Vienna', null];
const KINDS: MeetingKind[] = ['meeting', 'talks', 'talks', 'meeting', 'phone call', 'conference'];

const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const officialIds = Array.from({ length: OFFICIALS }, (_, i) => `official-${i}`);
const officialName = (id: string) => `الاسم ${id.slice(9)} العائلة`;
const agreementIds = Array.from({ length: 60 }, (_, i) => `agreement-${i}`);

interface Event {
  kind: MeetingKind;
  date: string;
  place: string | null;
  participants: string[];
  statements: { speaker: string; text: string }[];
}

const start = Date.UTC(2021, 0, 1);
const events: Event[] = Array.from({ length: MEETINGS }, () => {
  const participants = [...new Set(Array.from({ length: int(2, 4) }, () => pick(officialIds)))];
  return {
    kind: pick(KINDS),
    date: new Date(start + int(0, 1095) * 86_400_000).toISOString().slice(0, 10),
    place: pick(PLACES),
    participants,
    statements: Array.from({ length: int(6, 12) }, () => ({ speaker: pick(participants), text: `إن ${sentence(int(10, 24))}` })),
  };
});

/** One outlet's report of one or two meetings. */
function articleOf(n: number): ArticlePayload {
  const outlet = n % OUTLETS;
  const reported = [pick(events), ...(random() < 0.25 ? [pick(events)] : [])];
  const text = sentence(800).slice(0, 5000);
  const claims: Claim[] = reported.flatMap((e) =>
    e.statements
      .filter(() => random() < 0.6)
      .map((s, i) => {
        // Outlets reword: a word dropped, another added; sometimes the number or the speaker differs.
        const words = s.text.split(' ').filter(() => random() > 0.1);
        if (random() < 0.3) words.push(pick(WORDS));
        if (random() < 0.1) words.push(`${int(2, 9)} ساعات`);
        const speaker = random() < 0.05 ? pick(officialIds) : random() < 0.05 ? null : s.speaker;
        const body = words.join(' ');
        return { speaker, reportedBy: null, verb: 'وقال', text: body, quote: random() < 0.3 ? body.slice(3, 60) : null, start: i * 300, end: i * 300 + body.length };
      }),
  );
  const people = [...new Set([...reported.flatMap((e) => e.participants), ...Array.from({ length: int(1, 5) }, () => pick(officialIds))])];
  const officials: Official[] = people.map((id, i) => ({
    id,
    name: officialName(id),
    nameEn: `Official ${id}`,
    role: 'Foreign Minister',
    country: 'Country',
    mentions: Array.from({ length: int(1, 5) }, (_, k) => ({ start: i * 400 + k * 50, end: i * 400 + k * 50 + 12, text: officialName(id) })),
  }));
  const agreements = Array.from({ length: int(0, 2) }, () => pick(agreementIds)).map((id) => ({
    id,
    name: `اتفاق ${id}`,
    nameEn: id,
    mentions: [{ start: 4000, end: 4010, text: 'اتفاق' }],
  }));
  const first = reported[0]!;
  const published = new Date(Date.parse(first.date) + int(0, 1) * 86_400_000).toISOString().slice(0, 10);
  const url = `https://outlet-${outlet}.example/news/${n}`;
  return {
    url,
    canonicalUrl: url,
    title: sentence(10),
    published: `${published}T10:00:00+03:00`,
    siteName: `المصدر ${outlet}`,
    lang: 'ar',
    text,
    analysis: {
      officials,
      agreements,
      claims,
      // Some outlets do not date the meeting: it is found by the publication day.
      meetings: reported.map((e, i) => ({ id: `m${i}`, kind: e.kind, participants: e.participants.filter(() => random() > 0.15), place: random() < 0.8 ? e.place : null, date: random() < 0.7 ? e.date : null })),
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const db = openDatabase('isnad-bench');
await db.delete();
await db.open();
const filling = performance.now();
const urls: string[] = [];
for (let n = 0; n < ARTICLES; n++) {
  const article = articleOf(n);
  urls.push(article.url);
  await saveArticle(db, article, n);
}
const fillMs = performance.now() - filling;
console.log(`library: ${ARTICLES} articles, ${await db.claims.count()} claims, ${await db.mentions.count()} mentions, ${await db.meetings.count()} meetings; filled in ${(fillMs / 1000).toFixed(1)} s (${(fillMs / ARTICLES).toFixed(2)} ms per save)`);

// Articles of meetings that several outlets report: the popup's heaviest case.
const sample: string[] = [];
for (const url of urls.filter((_, i) => i % 97 === 0)) {
  const view = await crossSourceView(db, url);
  if (view && view.meetings.some((m) => m.reports.length >= 2)) sample.push(url);
  if (sample.length >= RUNS) break;
}

const query: number[] = [];
const render: number[] = [];
let reports = 0;
let versions = 0;
for (let round = 0; round < 2; round++) {
  for (const url of sample) {
    const started = performance.now();
    const [article, cross] = await Promise.all([getArticle(db, url), crossSourceView(db, url)]);
    const queried = performance.now();
    const html = renderToString(h(ArticleDetails, { article: article!, cross, onOpen: () => {} }));
    const rendered = performance.now();
    // The first round warms up.
    if (round === 0 || html.length === 0) continue;
    query.push(queried - started);
    render.push(rendered - queried);
    reports += cross!.meetings.reduce((n, m) => n + m.reports.length, 0);
    versions += cross!.claims.reduce((n, c) => n + c.others.length, 0);
  }
}
const total = query.map((q, i) => q + render[i]!);
console.log(`sampled ${sample.length} articles of meetings reported by ≥3 outlets: ${(reports / sample.length).toFixed(1)} other reports, ${(versions / sample.length).toFixed(1)} other versions of claims per article`);
console.log(`median article:get + crossSource:get: ${median(query).toFixed(1)} ms`);
console.log(`median render to string:            ${median(render).toFixed(1)} ms`);
console.log(`median total:                       ${median(total).toFixed(1)} ms (max ${Math.max(...total).toFixed(1)} ms)`);

// The popup's library as it opens: the first page, read and rendered; then the next page.
const handle = createHandler({ db, extensionId: 'bench' });
const popup = { id: 'bench', url: 'chrome-extension://bench/src/popup/popup.html' };
const LIST_RUNS = 9;
{
  const first: number[] = [];
  const firstRender: number[] = [];
  const next: number[] = [];
  let shown = 0;
  for (let i = 0; i <= LIST_RUNS * 2; i++) {
    const started = performance.now();
    const page = (await handle({ type: 'library:page', after: null, limit: LIBRARY_PAGE }, popup)) as LibraryPageView;
    const read = performance.now();
    const html = renderToString(h(Library, { library: { articles: page.articles, total: page.total, more: page.next !== null }, selected: null, onChoose: () => {}, onMore: () => {} }));
    const rendered = performance.now();
    await handle({ type: 'library:page', after: page.next, limit: LIBRARY_PAGE }, popup);
    const second = performance.now();
    shown = (html.match(/<li>/g) ?? []).length;
    // The first runs warm up.
    if (i < LIST_RUNS) continue;
    first.push(read - started);
    firstRender.push(rendered - read);
    next.push(second - rendered);
  }
  const paint = first.map((q, i) => q + firstRender[i]!);
  console.log(`median library first paint (library:page of ${LIBRARY_PAGE} + render, ${ARTICLES} articles): ${median(paint).toFixed(1)} ms (read ${median(first).toFixed(1)}, render ${median(firstRender).toFixed(1)}; max ${Math.max(...paint).toFixed(1)}; ${shown} shown)`);
  console.log(`median library next page (library:page after the first ${LIBRARY_PAGE}):`.padEnd(36) + ` ${median(next).toFixed(1)} ms`);
}
for (const type of ['articles:list', 'library:byMeeting'] as const) {
  const times: number[] = [];
  for (let i = 0; i <= LIST_RUNS; i++) {
    const started = performance.now();
    await handle({ type }, popup);
    // The first run warms up.
    if (i > 0) times.push(performance.now() - started);
  }
  console.log(`median whole library (${type}, ${ARTICLES} articles, not on the popup's path):`.padEnd(36) + ` ${median(times).toFixed(1)} ms`);
}
await db.delete();
