import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../../src/eval/alignment.ts';

describe('scoring claim alignment against gold claim groups', () => {
  const gold = [[{ article: 'a', key: 'وقف إطلاق النار' }, { article: 'b', key: 'هدنة شاملة' }]];
  const goldClaims = new Map([
    ['a', ['وقف إطلاق النار', 'تعزيز التجارة']],
    ['b', ['هدنة شاملة', 'زيادة المبادلات']],
  ]);
  const extracted = new Map([
    ['a', ['دعا إلى وقف إطلاق النار فورا', 'تعزيز التجارة بين البلدين', 'البيان رحب بالاتفاق']],
    ['b', ['طالب بهدنة شاملة', 'زيادة المبادلات التجارية', 'الوزارة رحبت بالاتفاق']],
  ]);
  const group = (a: string, b: string) => new Map([['a', [a]], ['b', [b]]]);

  it('counts a gold pair found, a wrong pair of gold claims, and leaves a pair of claims outside the gold unjudged', () => {
    const score = scoreAlignment(
      [
        group('دعا إلى وقف إطلاق النار فورا', 'طالب بهدنة شاملة'),
        group('تعزيز التجارة بين البلدين', 'زيادة المبادلات التجارية'),
        group('البيان رحب بالاتفاق', 'الوزارة رحبت بالاتفاق'),
      ],
      gold,
      extracted,
      goldClaims,
    );
    expect(score.truePairs).toBe(1);
    expect(score.predictedPairs).toBe(2);
    expect(score.unjudgedPairs).toBe(1);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
    expect(score.wrong).toHaveLength(1);
  });

  it('misses a gold pair no predicted group covers', () => {
    const score = scoreAlignment([], gold, extracted, goldClaims);
    expect(score.recall).toBe(0);
    expect(score.recallExtractable).toBe(0);
    expect(score.missed[0]!.extractable).toBe(true);
  });
});
