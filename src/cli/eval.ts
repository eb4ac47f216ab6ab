/**
 * `isnad eval`: runs the pipeline on the seed articles and scores officials and
 * agreements against the gold annotations (../shared/gold/seeds.gold.json).
 * Prints, per article and overall (micro-averaged), precision, recall and F1; claim
 * recall with the right speaker and the number of claims extracted; pairwise F1 of
 * the meeting groups over article pairs; then a last line
 * `officials F1 X agreements F1 Y claims X meetings F1 Y`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyze } from '../nlp/analyze.ts';
import { defaultKnowledge } from '../nlp/knowledge/defaultKnowledge.ts';
import type { Analysis } from '../nlp/types.ts';
import { alignClaims, groupMeetings, officialCountries, type ArticleMeetings } from '../nlp/sources/crossSource.ts';
import { scoreAlignment, type AlignmentScore, type GoldClaimRef, type PredictedClaimGroup } from '../eval/alignment.ts';
import { pairsOf, pairwiseF1, scoreClaims, type ClaimScore, type GoldClaim, type PairScore } from '../eval/claims.ts';
import { add, compare, prf, zero, type Comparison, type Counts, type GoldItem, type PredictedItem } from '../eval/score.ts';

interface GoldArticle {
  published?: string;
  officials?: GoldItem[];
  optional_officials?: GoldItem[];
  agreements?: GoldItem[];
  optional_agreements?: GoldItem[];
  claims?: GoldClaim[];
  /** Ids of the gold meetings the article reports. */
  meetings?: string[];
  /** Ids of the gold meetings the article only recalls or announces: not scored as reports. */
  mentioned_meetings?: string[];
  /** The real published report a corpus article was modelled on. */
  modelledOn?: string;
}

interface Gold {
  articles: Record<string, GoldArticle>;
  meetings?: Record<string, { participants?: string[] }>;
  /** Claims of different reports that state the same thing. */
  claim_groups?: GoldClaimRef[][];
}

export interface ArticleScore {
  file: string;
  officials: Comparison;
  agreements: Comparison;
  claims: ClaimScore;
}

export interface EvalResult {
  articles: ArticleScore[];
  officials: Counts;
  agreements: Counts;
  /** Gold claims found with the right speaker, over all gold claims. */
  claimRecall: number;
  claimsExtracted: number;
  /** Of the gold claims extracted with a person as speaker, the share given to the wrong person. */
  wrongSpeakerRate: number;
  meetings: PairScore;
  /** Article pairs grouped that the gold keeps apart, and pairs the gold groups that were not. */
  meetingPairs: { extra: string[]; missed: string[] };
  /** Meeting pairwise scores over the reports of US–Russia meetings and over the others, apart. */
  meetingsByCast: { usRussia: PairScore; others: PairScore };
  /** Claim alignment across the reports of each predicted meeting group; null when the gold has no claim groups. */
  alignment: AlignmentScore | null;
}

const DEFAULT_GOLD = '../shared/gold/seeds.gold.json';
const DEFAULT_SEEDS = 'seeds';

/** Scores every gold article found under `seedsDir`. */
export async function evaluate(goldPath: string, seedsDir: string): Promise<EvalResult> {
  const gold = JSON.parse(await readFile(goldPath, 'utf8')) as Gold;
  const articles: ArticleScore[] = [];
  let officials = zero();
  let agreements = zero();
  const reported: ArticleMeetings[] = [];
  const goldMeetings = new Map<string, string[]>();
  const analyses = new Map<string, Analysis>();
  const knownAgreements = new Set(defaultKnowledge().agreements.keys());
  const knownPeople = new Set(defaultKnowledge().people.keys());
  for (const [file, expected] of Object.entries(gold.articles ?? {})) {
    const content = (await readFile(resolve(seedsDir, file), 'utf8')).replace(/^\uFEFF/, '');
    const title = content.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
    const analysis = analyze(content, { title, published: expected.published });
    const score: ArticleScore = {
      file,
      officials: compare(predictedOfficials(analysis), expected.officials ?? [], expected.optional_officials ?? [], true, knownPeople),
      agreements: compare(predictedAgreements(analysis), expected.agreements ?? [], expected.optional_agreements ?? [], false, knownAgreements),
      claims: scoreClaims(
        analysis.claims,
        expected.claims ?? [],
        new Map([...(expected.officials ?? []), ...(expected.optional_officials ?? [])].map((o) => [o.id, o.surfaces ?? []])),
      ),
    };
    reported.push({ article: file, published: expected.published ?? null, meetings: analysis.meetings, countries: officialCountries(analysis.officials) });
    analyses.set(file, analysis);
    for (const id of expected.meetings ?? []) goldMeetings.set(id, [...(goldMeetings.get(id) ?? []), file]);
    articles.push(score);
    officials = add(officials, score.officials);
    agreements = add(agreements, score.agreements);
  }
  const found = articles.reduce((n, a) => n + a.claims.found, 0);
  const total = articles.reduce((n, a) => n + a.claims.total, 0);
  const meetingGroups = groupMeetings(reported);
  const predictedGroups = meetingGroups.map((g) => g.articles);
  const predictedPairs = pairsOf(predictedGroups);
  const goldPairs = pairsOf(goldMeetings.values());
  // The aims differ by cast: US–Russia meetings (a US and a Russian participant) and the rest.
  const usRussia = new Set<string>();
  for (const [file, expected] of Object.entries(gold.articles ?? {}))
    if ((expected.meetings ?? []).some((id) => isUsRussia(gold.meetings?.[id]?.participants ?? []))) usRussia.add(file);
  const only = (groups: Iterable<readonly string[]>, keep: (a: string) => boolean) => [...groups].map((g) => g.filter(keep));
  const meetingsByCast = {
    usRussia: pairwiseF1(only(predictedGroups, (a) => usRussia.has(a)), only(goldMeetings.values(), (a) => usRussia.has(a))),
    others: pairwiseF1(only(predictedGroups, (a) => !usRussia.has(a)), only(goldMeetings.values(), (a) => !usRussia.has(a))),
  };
  return {
    meetingsByCast,
    articles,
    officials,
    agreements,
    claimRecall: total === 0 ? 1 : found / total,
    claimsExtracted: articles.reduce((n, a) => n + a.claims.extracted, 0),
    wrongSpeakerRate: (() => {
      const attributed = articles.reduce((n, a) => n + a.claims.attributed, 0);
      return attributed === 0 ? 0 : articles.reduce((n, a) => n + a.claims.wrong.length, 0) / attributed;
    })(),
    meetings: pairwiseF1(predictedGroups, goldMeetings.values()),
    meetingPairs: {
      extra: [...predictedPairs].filter((p) => !goldPairs.has(p)).sort(),
      missed: [...goldPairs].filter((p) => !predictedPairs.has(p)).sort(),
    },
    alignment: gold.claim_groups?.length
      ? scoreAlignment(
          alignedGroups(meetingGroups.map((g) => g.articles), analyses),
          gold.claim_groups,
          new Map([...analyses].map(([file, a]) => [file, a.claims.map((c) => c.text)])),
          new Map(Object.entries(gold.articles).map(([file, g]) => [file, (g.claims ?? []).map((c) => c.key)])),
        )
      : null,
  };
}

function isUsRussia(participants: readonly string[]): boolean {
  const k = defaultKnowledge();
  const countries = new Set(participants.flatMap((id) => k.people.get(id)?.terms.map((t) => t.country) ?? []));
  return countries.has('US') && countries.has('RU');
}

/** The claims the alignment puts together within each meeting group: per group, per article, their texts. */
function alignedGroups(groups: readonly (readonly string[])[], analyses: ReadonlyMap<string, Analysis>): PredictedClaimGroup[] {
  return groups.flatMap((articles) =>
    alignClaims(articles.map((article) => ({ article, claims: analyses.get(article)?.claims ?? [] }))).map((group) => {
      const texts = new Map<string, string[]>();
      for (const { article, index } of group.claims) texts.set(article, [...(texts.get(article) ?? []), analyses.get(article)!.claims[index]!.text]);
      return texts;
    }),
  );
}

function predictedOfficials(analysis: Analysis): PredictedItem[] {
  return analysis.officials.map((o) => ({ id: o.id, surfaces: [o.name, ...o.mentions.map((m) => m.text)] }));
}

function predictedAgreements(analysis: Analysis): PredictedItem[] {
  return analysis.agreements.map((a) => ({ id: a.id, surfaces: [a.name, ...a.mentions.map((m) => m.text)] }));
}

const f3 = (x: number) => x.toFixed(3);

function line(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(11)} P ${f3(precision)}  R ${f3(recall)}  F1 ${f3(f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function misses(c: Comparison): string {
  const parts: string[] = [];
  if (c.falsePositives.length) parts.push(`extra: ${c.falsePositives.join(', ')}`);
  if (c.falseNegatives.length) parts.push(`missed: ${c.falseNegatives.join(', ')}`);
  return parts.length ? `      ${parts.join('; ')}` : '';
}

/** Formats a result as the lines `isnad eval` prints. */
export function formatEval(result: EvalResult): string[] {
  const lines: string[] = [];
  for (const a of result.articles) {
    lines.push(a.file);
    lines.push(`  ${line('officials', a.officials)}`);
    const om = misses(a.officials);
    if (om) lines.push(om);
    lines.push(`  ${line('agreements', a.agreements)}`);
    const am = misses(a.agreements);
    if (am) lines.push(am);
    lines.push(`  claims      found ${a.claims.found}/${a.claims.total} with the right speaker, ${a.claims.extracted} extracted`);
    for (const m of a.claims.missed) lines.push(`      ${a.claims.wrong.includes(m) ? 'WRONG SPEAKER' : 'missed'}: ${m.speaker}: ${m.key}`);
  }
  lines.push('overall (micro-averaged over articles)');
  lines.push(`  ${line('officials', result.officials)}`);
  lines.push(`  ${line('agreements', result.agreements)}`);
  lines.push(`  claims      R ${f3(result.claimRecall)}  (${result.claimsExtracted} extracted); wrong speaker ${f3(result.wrongSpeakerRate)} of the gold claims given to a person`);
  const m = result.meetings;
  lines.push(`  meetings    pairwise F1 ${f3(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn} article pairs)`);
  const { usRussia, others } = result.meetingsByCast;
  lines.push(`              US–Russia meetings F1 ${f3(usRussia.f1)} (tp ${usRussia.tp}, fp ${usRussia.fp}, fn ${usRussia.fn}); other casts F1 ${f3(others.f1)} (tp ${others.tp}, fp ${others.fp}, fn ${others.fn})`);
  for (const pair of result.meetingPairs.missed) lines.push(`      not grouped: ${pair.replace('|', ' + ')}`);
  for (const pair of result.meetingPairs.extra) lines.push(`      wrongly grouped: ${pair.replace('|', ' + ')}`);
  const al = result.alignment;
  if (al) {
    lines.push(
      `  alignment   P ${f3(al.precision)}  R ${f3(al.recall)} over all gold pairs, R ${f3(al.recallExtractable)} over pairs whose claims were extracted` +
        `  (${al.truePairs}/${al.predictedPairs} judged predicted pairs right, ${al.unjudgedPairs} not judged; ${al.foundPairs}/${al.goldPairs} gold pairs found, ${al.extractablePairs} extractable)`,
    );
    for (const m of al.missed) lines.push(`      not aligned${m.extractable ? '' : ' (not extracted)'}: ${m.a.article}: ${m.a.key} + ${m.b.article}: ${m.b.key}`);
    for (const w of al.wrong) lines.push(`      wrongly aligned: ${w.a.article}: ${w.a.text} + ${w.b.article}: ${w.b.text}`);
  }
  lines.push(
    `officials F1 ${f3(prf(result.officials).f1)} agreements F1 ${f3(prf(result.agreements).f1)} claims ${f3(result.claimRecall)} meetings F1 ${f3(m.f1)}`,
  );
  return lines;
}

export async function runEval(args: string[]): Promise<number> {
  let goldPath = DEFAULT_GOLD;
  let seedsDir = DEFAULT_SEEDS;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--shared') {
      // Shared text and credits against tests/corpus/shared/gold.json (or DIR/gold.json).
      const { evaluateSharedText, formatSharedTextEval } = await import('../eval/sharedText.ts');
      const dir = args[++i] ?? 'tests/corpus/shared';
      try {
        process.stdout.write(formatSharedTextEval(await evaluateSharedText(resolve(process.cwd(), dir))).join('\n') + '\n');
        return 0;
      } catch (error) {
        process.stderr.write(`isnad eval: ${(error as Error).message}\n`);
        return 1;
      }
    }
    if (arg === '--gold' || arg === '--seeds') {
      const value = args[++i];
      if (!value) {
        process.stderr.write(`isnad eval: ${arg} needs a path\n`);
        return 2;
      }
      if (arg === '--gold') goldPath = value;
      else seedsDir = value;
    } else {
      process.stderr.write(`isnad eval: unknown option '${arg}' (usage: isnad eval [--gold PATH] [--seeds DIR] | isnad eval --shared [DIR])\n`);
      return 2;
    }
  }
  try {
    const result = await evaluate(resolve(process.cwd(), goldPath), resolve(process.cwd(), seedsDir));
    process.stdout.write(formatEval(result).join('\n') + '\n');
    return 0;
  } catch (error) {
    process.stderr.write(`isnad eval: ${(error as Error).message}\n`);
    return 1;
  }
}
