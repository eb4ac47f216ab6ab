/**
 * The held-out corpus (tests/corpus/recognition): articles written for the recogniser,
 * annotated by hand before it ran on them. Floors are below the measured scores so that
 * a change that loses ground beyond the seeds fails here.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEval } from '../../../src/cli/eval.ts';
import { prf } from '../../../src/eval/score.ts';

describe('held-out recognition corpus', () => {
  it('reaches officials F1 ≥ 0.90 and agreements F1 ≥ 0.90', async () => {
    const dir = resolve('tests/corpus/recognition');
    const result = await evaluate(resolve(dir, 'gold.json'), dir);
    const report = formatEval(result).join('\n');
    expect(result.articles.length, report).toBeGreaterThanOrEqual(10);
    expect(prf(result.officials).f1, report).toBeGreaterThanOrEqual(0.9);
    expect(prf(result.agreements).f1, report).toBeGreaterThanOrEqual(0.9);
  });
});
