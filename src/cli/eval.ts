/**
 * `isnad eval`: runs the pipeline on the seed articles and scores officials and
 * agreements against the gold annotations (../shared/gold/seeds.gold.json).
 * Prints, per article and overall (micro-averaged), precision, recall and F1, then a
 * last line `officials F1 X agreements F1 Y`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyze } from '../nlp/analyze.ts';
import type { Analysis } from '../nlp/types.ts';
import { add, compare, prf, zero, type Comparison, type Counts, type GoldItem, type PredictedItem } from '../eval/score.ts';

interface GoldArticle {
  published?: string;
  officials?: GoldItem[];
  optional_officials?: GoldItem[];
  agreements?: GoldItem[];
  optional_agreements?: GoldItem[];
}

interface Gold {
  articles: Record<string, GoldArticle>;
}

export interface ArticleScore {
  file: string;
  officials: Comparison;
  agreements: Comparison;
}

export interface EvalResult {
  articles: ArticleScore[];
  officials: Counts;
  agreements: Counts;
}

const DEFAULT_GOLD = '../shared/gold/seeds.gold.json';
const DEFAULT_SEEDS = 'seeds';

/** Scores every gold article found under `seedsDir`. */
export async function evaluate(goldPath: string, seedsDir: string): Promise<EvalResult> {
  const gold = JSON.parse(await readFile(goldPath, 'utf8')) as Gold;
  const articles: ArticleScore[] = [];
  let officials = zero();
  let agreements = zero();
  for (const [file, expected] of Object.entries(gold.articles ?? {})) {
    const content = (await readFile(resolve(seedsDir, file), 'utf8')).replace(/^\uFEFF/, '');
    const title = content.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
    const analysis = analyze(content, { title, published: expected.published });
    const score: ArticleScore = {
      file,
      officials: compare(predictedOfficials(analysis), expected.officials ?? [], expected.optional_officials ?? []),
      agreements: compare(predictedAgreements(analysis), expected.agreements ?? [], expected.optional_agreements ?? []),
    };
    articles.push(score);
    officials = add(officials, score.officials);
    agreements = add(agreements, score.agreements);
  }
  return { articles, officials, agreements };
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
  }
  lines.push('overall (micro-averaged over articles)');
  lines.push(`  ${line('officials', result.officials)}`);
  lines.push(`  ${line('agreements', result.agreements)}`);
  lines.push(`officials F1 ${f3(prf(result.officials).f1)} agreements F1 ${f3(prf(result.agreements).f1)}`);
  return lines;
}

export async function runEval(args: string[]): Promise<number> {
  let goldPath = DEFAULT_GOLD;
  let seedsDir = DEFAULT_SEEDS;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--gold' || arg === '--seeds') {
      const value = args[++i];
      if (!value) {
        process.stderr.write(`isnad eval: ${arg} needs a path\n`);
        return 2;
      }
      if (arg === '--gold') goldPath = value;
      else seedsDir = value;
    } else {
      process.stderr.write(`isnad eval: unknown option '${arg}' (usage: isnad eval [--gold PATH] [--seeds DIR])\n`);
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
