import { analyze } from '../nlp/analyze.ts';
import { alignClaims, groupId, groupMeetings, officialCountries, type ArticleMeetings, type ClaimGroup, type MeetingGroup } from '../nlp/sources/crossSource.ts';
import type { Analysis } from '../nlp/types.ts';
import { findSharedText, independentCount } from '../nlp/sources/sharedText.ts';
import { meetingTimeline } from '../nlp/sources/timeline.ts';
import { readArticle, type ArticleInput } from './readArticle.ts';

const USAGE = `isnad — officials, agreements, claims and meetings in Arabic news

usage:
  isnad analyze [--json] [--published YYYY-MM-DD] FILE...   run the pipeline on .txt (first line is the title) or .html files
  isnad eval [--gold PATH]                                   score the pipeline against the gold annotations
  isnad eval --shared [DIR]                                  score shared text and credits against DIR/gold.json (tests/corpus/shared)
  isnad corpus DIR [-o OUT.json]                              analyse a folder of .txt/.html articles into one Isnad JSON document
  isnad export --format json|csv|w3c [--meeting ID | --article URL] IN.json [-o OUT]
                                                              export a document (or part of it) as Isnad JSON, CSV or W3C Web Annotation
  isnad import IN.json|IN.jsonld... [--into LIB.json] [-o OUT.json]
                                                              validate, migrate and merge Isnad JSON or Isnad's W3C export
  isnad help                                                  this text
`;

/** The CLI entry: returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return analyzeCommand(rest);
    case 'eval': {
      const { runEval } = await import('./eval.ts');
      return runEval(rest);
    }
    case 'corpus': {
      const { runCorpus } = await import('./corpus.ts');
      return runCorpus(rest);
    }
    case 'export': {
      const { runExport } = await import('./export.ts');
      return runExport(rest);
    }
    case 'import': {
      const { runImport } = await import('./export.ts');
      return runImport(rest);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`isnad: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

export interface AnalyzedArticle extends Omit<ArticleInput, 'url'>, Analysis {}

/** The JSON document `isnad analyze --json` prints (shape documented in the README). */
export interface AnalyzeOutput {
  articles: (Omit<AnalyzedArticle, 'meetings' | 'agencies'> & { meetings: string[]; mentionedMeetings: string[]; agencies: string[]; sameTextAs: string[] })[];
  /**
   * Groups of reports of one meeting, each with its `claimGroups` (claims of different files that
   * state the same thing, as the popup aligns them: `index` is the claim's position in that
   * article's `claims`); then the meetings articles only recall or announce (`mentioned: true`).
   */
  meetings: (Omit<MeetingGroup, 'members'> & {
    claimGroups?: ClaimGroup[];
    mentioned?: true;
    /** Its reports with the reports of one copy counted once. */
    independentReports?: number;
    /**
     * Its reports in order of publication, each with the indexes of the claims no earlier report
     * carried, and of those an earlier report carried that it tells otherwise (`changed`, with the relation).
     */
    timeline?: {
      article: string;
      published: string | null;
      firstClaims: number[];
      changed: { index: number; relation: string }[];
      /** Claims of an earlier file of the same copy that this one cut: that file and the claim's index there. */
      dropped: { article: string; index: number }[];
    }[];
  })[];
}

async function analyzeCommand(args: string[]): Promise<number> {
  let json = false;
  let published: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--published') {
      published = args[++i] ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return fail(`--published takes a date YYYY-MM-DD, got '${published}'`);
    } else if (arg.startsWith('-')) return fail(`unknown option '${arg}'`);
    else files.push(arg);
  }
  if (files.length === 0) return fail('analyze needs at least one file');

  const articles: AnalyzeOutput['articles'] = [];
  const reported: ArticleMeetings[] = [];
  let failed = false;
  for (const path of files) {
    try {
      const input = await readArticle(path, published);
      const analysis: Analysis = input.isArabicNews
        ? analyze(input.text, { title: input.title, published: input.published ?? undefined, url: input.url ?? undefined })
        : { officials: [], agreements: [], claims: [], meetings: [] };
      const { url: _url, ...article } = input;
      articles.push({ ...article, ...analysis, meetings: [], mentionedMeetings: [], agencies: analysis.agencies ?? [], sameTextAs: [] });
      reported.push({ article: input.file, published: input.published, meetings: analysis.meetings, countries: officialCountries(analysis.officials) });
    } catch (error) {
      failed = true;
      process.stderr.write(`isnad: ${path}: ${(error as Error).message}\n`);
    }
  }
  // The files are grouped as the extension groups the pages it has seen: one meeting, several sources.
  const groups = groupMeetings(reported);
  for (const article of articles) {
    article.meetings = groups.filter((g) => g.articles.includes(article.file)).map((g) => g.id);
  }
  // Files of the same copy (another outlet running the same agency text): one source, not several.
  const shared = findSharedText(articles.filter((a) => a.isArabicNews).map((a) => ({ key: a.file, text: a.text, title: a.title })));
  for (const article of articles) article.sameTextAs = shared.get(article.file) ?? [];
  const sharedOf = (file: string) => shared.get(file) ?? [];
  const claimsOf = new Map(articles.map((a) => [a.file, a.claims]));
  const publishedOf = new Map(articles.map((a) => [a.file, a.published]));
  const meetings: AnalyzeOutput['meetings'] = groups.map(({ members: _members, ...group }) => ({
    ...group,
    claimGroups: alignClaims(group.articles.map((file) => ({ article: file, claims: claimsOf.get(file) ?? [] }))),
    independentReports: independentCount(group.articles, sharedOf),
    timeline: meetingTimeline(
      group.articles.map((file) => ({ article: file, published: publishedOf.get(file) ?? null, claims: claimsOf.get(file) ?? [] })),
      sharedOf,
    ).map(({ article, published, firstClaims, changed, dropped }) => ({ article, published, firstClaims, changed, dropped })),
  }));
  // Meetings only recalled or announced are not grouped with reports; the same one recalled
  // alike by two files (same kind, day, place and cast) is listed once.
  const mentioned = new Map<string, AnalyzeOutput['meetings'][number]>();
  reported.forEach(({ article: file, meetings: own }) => {
    const article = articles.find((a) => a.file === file)!;
    for (const m of own.filter((x) => x.mentioned)) {
      const id = `mentioned-${groupId(m.kind, m.date, m.place, m.participants)}`;
      const entry = mentioned.get(id) ?? { id, kind: m.kind, participants: m.participants, place: m.place, date: m.date, articles: [], mentioned: true as const };
      if (!entry.articles.includes(file)) entry.articles.push(file);
      mentioned.set(id, entry);
      if (!article.mentionedMeetings.includes(id)) article.mentionedMeetings.push(id);
    }
  });
  meetings.push(...mentioned.values());
  const output: AnalyzeOutput = { articles, meetings };
  process.stdout.write(json ? JSON.stringify(output, null, 2) + '\n' : formatText(output));
  return failed ? 1 : 0;
}

function formatText(output: AnalyzeOutput): string {
  const lines: string[] = [];
  for (const article of output.articles) {
    lines.push(`${article.file}: ${article.title}`);
    if (!article.isArabicNews) {
      lines.push('  not Arabic news: skipped', '');
      continue;
    }
    if (article.published) lines.push(`  published ${article.published}`);
    if (article.agencies.length) lines.push(`  credits: ${article.agencies.join(', ')}`);
    if (article.sameTextAs.length) lines.push(`  same text as: ${article.sameTextAs.join(', ')}`);
    lines.push(`  officials (${article.officials.length})`);
    for (const o of article.officials) {
      const what = [o.role, o.country].filter(Boolean).join(', ');
      lines.push(`    ${o.name}${o.nameEn ? ` — ${o.nameEn}` : ''}${what ? ` (${what})` : ''} ×${o.mentions.length}`);
    }
    lines.push(`  agreements (${article.agreements.length})`);
    for (const a of article.agreements) lines.push(`    ${a.name}${a.nameEn ? ` — ${a.nameEn}` : ''} ×${a.mentions.length}`);
    lines.push(`  claims (${article.claims.length})`);
    for (const c of article.claims) {
      const who = `${c.speaker ?? '?'}${c.reportedBy ? ` via ${c.reportedBy}` : ''}`;
      lines.push(`    [${who}] ${c.verb}: ${c.text.length > 90 ? c.text.slice(0, 90) + '…' : c.text}`);
    }
    if (article.meetings.length) lines.push(`  meetings: ${article.meetings.join(', ')}`);
    lines.push('');
  }
  if (output.meetings.length) {
    lines.push('meetings');
    for (const m of output.meetings) {
      lines.push(`  ${m.id}: ${m.mentioned ? 'mentioned ' : ''}${m.kind}, ${m.date ?? 'undated'}, ${m.place ?? 'no place'} — ${m.participants.join(', ')} [${m.articles.join(', ')}]`);
      if (m.independentReports !== undefined) lines.push(`    independent reports: ${m.independentReports} of ${m.articles.length}`);
      for (const g of m.claimGroups ?? []) lines.push(`    ${g.verdict}: ${g.claims.map((c) => `${c.article}#${c.index}`).join(', ')}`);
      for (const e of m.timeline ?? []) lines.push(`    ${e.published ?? 'undated'} ${e.article}: first to carry ${e.firstClaims.length ? e.firstClaims.map((i) => `#${i}`).join(', ') : 'nothing new'}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function fail(message: string): number {
  process.stderr.write(`isnad: ${message}\n\n${USAGE}`);
  return 2;
}
