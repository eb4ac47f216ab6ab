/** The seed articles against the gold annotations, with the shipped knowledge: the targets of issue 3. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEval } from '../../../src/cli/eval.ts';
import { prf } from '../../../src/eval/score.ts';

describe('seed gold', () => {
  it('reaches officials F1 ≥ 0.97 and agreements F1 ≥ 0.95', async () => {
    const result = await evaluate(resolve('../shared/gold/seeds.gold.json'), resolve('seeds'));
    const report = formatEval(result).join('\n');
    expect(result.articles.length, report).toBe(5);
    expect(prf(result.officials).f1, report).toBeGreaterThanOrEqual(0.97);
    expect(prf(result.agreements).f1, report).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches claim recall ≥ 0.90 with the right speaker and meeting pairwise F1 = 1.0 (issue 4)', async () => {
    const result = await evaluate(resolve('../shared/gold/seeds.gold.json'), resolve('seeds'));
    const report = formatEval(result).join('\n');
    expect(result.claimRecall, report).toBeGreaterThanOrEqual(0.9);
    expect(result.meetings.f1, report).toBe(1);
    expect(report.split('\n').at(-1)).toMatch(/^officials F1 [\d.]+ agreements F1 [\d.]+ claims [\d.]+ meetings F1 [\d.]+$/);
  });
});
