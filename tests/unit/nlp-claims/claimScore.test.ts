import { describe, expect, it } from 'vitest';
import { keyForms, scoreClaims } from '../../../src/eval/claims.ts';

describe('scoring claims against gold keys', () => {
  it('finds a key with or without the word that introduces the reported words, never a shorter rest', () => {
    expect(keyForms('على استضافة المحادثات')).toEqual(['علي استضافه المحادثات', 'استضافه المحادثات']);
    expect(keyForms('أن تضطلع المملكة بدور')).toEqual(['ان تضطلع المملكه بدور', 'تضطلع المملكه بدور']);
    expect(keyForms('من أي تدخل روسي')).toEqual(['من اي تدخل روسي', 'اي تدخل روسي']);
    // Two words would be left with one: too little to tell one claim from another.
    expect(keyForms('على استضافة')).toEqual(['علي استضافه']);
    expect(keyForms('استضافة المحادثات في جنيف')).toEqual(['استضافه المحادثات في جنيف']);
  });

  it('counts a claim found with its speaker, and a wrong speaker apart from no speaker', () => {
    const score = scoreClaims(
      [
        { speaker: 'putin', text: 'استضافة المحادثات الروسية الأمريكية' },
        { speaker: 'biden', text: 'العقوبات ستبقى' },
        { speaker: null, text: 'الحوار سيستمر' },
      ],
      [
        { speaker: 'putin', key: 'على استضافة المحادثات الروسية' },
        { speaker: 'putin', key: 'العقوبات ستبقى' },
        { speaker: 'putin', key: 'الحوار سيستمر' },
      ],
    );
    expect(score.found).toBe(1);
    expect(score.attributed).toBe(2);
    expect(score.wrong.map((g) => g.key)).toEqual(['العقوبات ستبقى']);
  });
});
