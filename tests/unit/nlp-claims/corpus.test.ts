/**
 * The claims-and-meetings corpus of tests/corpus/claims: fifteen articles of our own, five
 * stories each told by two or three outlets in their own words, with decoys (the same
 * ministers a year earlier or months later elsewhere, a call and a meeting on one day,
 * past meetings recalled).
 * Annotated before the pipeline ran on it; the rules fixed since were general ones, each
 * with its own test in robustness.test.ts. The floors are what the pipeline reaches, a
 * little below, so that a regression shows.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEval } from '../../../src/cli/eval.ts';

describe('claims corpus', () => {
  it('finds ≥ 0.95 of the gold claims with the right speaker and groups the meetings (pairwise F1 ≥ 0.95)', async () => {
    const result = await evaluate(resolve('tests/corpus/claims/gold.json'), resolve('tests/corpus/claims'));
    const report = formatEval(result).join('\n');
    expect(result.articles.length, report).toBe(15);
    expect(result.claimRecall, report).toBeGreaterThanOrEqual(0.95);
    expect(result.meetings.f1, report).toBeGreaterThanOrEqual(0.95);
    // No pair of articles grouped that the gold keeps apart (the decoys).
    expect(result.meetings.fp, report).toBe(0);
  });
});
