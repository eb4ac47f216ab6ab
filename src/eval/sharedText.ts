/**
 * Shared text and credits against a gold of our own (tests/corpus/shared/gold.json): the pairs of
 * files that carry the same copy, and the agencies each file credits. `isnad eval --shared DIR`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze } from '../nlp/analyze.ts';
import { findSharedText } from '../nlp/sources/sharedText.ts';

export interface SharedTextEval {
  files: number;
  goldPairs: number;
  predictedPairs: number;
  truePairs: number;
  precision: number;
  recall: number;
  /** Pairs found that the gold does not list, and gold pairs missed. */
  wrong: [string, string][];
  missed: [string, string][];
  /** Files whose credited agencies are exactly the gold's, of the files the gold gives agencies for. */
  agenciesRight: number;
  agenciesScored: number;
  agencyErrors: { file: string; gold: string[]; found: string[] }[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export async function evaluateSharedText(dir: string): Promise<SharedTextEval> {
  const gold = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8')) as { pairs: [string, string][]; agencies?: Record<string, string[]> };
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(files.map(async (f) => ({ key: f, text: await readFile(join(dir, f), 'utf8') })));
  const shared = findSharedText(texts.map((t) => ({ ...t, title: t.text.split('\n')[0] })));
  const predicted = new Set<string>();
  for (const [a, others] of shared) for (const b of others) predicted.add(pairKey(a, b));
  const goldSet = new Set(gold.pairs.map(([a, b]) => pairKey(a, b)));
  const split = (k: string) => k.split('\u0000') as [string, string];
  const truePairs = [...predicted].filter((k) => goldSet.has(k)).length;
  const agencyErrors: SharedTextEval['agencyErrors'] = [];
  let agenciesScored = 0;
  for (const { key, text } of texts) {
    const want = gold.agencies?.[key];
    if (!want) continue;
    agenciesScored++;
    const found = analyze(text, { title: text.split('\n')[0] }).agencies ?? [];
    if (found.join(',') !== [...want].join(',')) agencyErrors.push({ file: key, gold: want, found });
  }
  return {
    files: files.length,
    goldPairs: goldSet.size,
    predictedPairs: predicted.size,
    truePairs,
    precision: predicted.size === 0 ? 1 : truePairs / predicted.size,
    recall: goldSet.size === 0 ? 1 : truePairs / goldSet.size,
    wrong: [...predicted].filter((k) => !goldSet.has(k)).map(split),
    missed: [...goldSet].filter((k) => !predicted.has(k)).map(split),
    agenciesRight: agenciesScored - agencyErrors.length,
    agenciesScored,
    agencyErrors,
  };
}

export function formatSharedTextEval(r: SharedTextEval): string[] {
  return [
    `shared text: ${r.files} files, ${r.goldPairs} gold pairs, ${r.predictedPairs} found, ${r.truePairs} right`,
    `  precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}`,
    ...r.wrong.map(([a, b]) => `  found, not in the gold: ${a} ~ ${b}`),
    ...r.missed.map(([a, b]) => `  missed: ${a} ~ ${b}`),
    `credits: ${r.agenciesRight} of ${r.agenciesScored} files credit exactly the gold's agencies`,
    ...r.agencyErrors.map((e) => `  ${e.file}: gold ${e.gold.join(', ') || '—'}, found ${e.found.join(', ') || '—'}`),
  ];
}
