/**
 * «وأشاد مدبولي بالتطور …، وهنأ الرئيس العراقي على النجاح …»: a verb of congratulating or thanking joined by «و» after a
 * comma to a clause whose subject is already named has that subject; the person right after it is the one
 * congratulated or thanked. Opening its own sentence («وهنأ الرئيس السيسي نظيره …») the person after it still speaks.
 * From set 79 (ty08, ty09); sentences of our own, with the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const claims = (text: string) => analyze(text, { published: '2025-06-30' }).claims;
const LEAD = 'التقى الرئيس العراقي عبد اللطيف رشيد رئيس الوزراء المصري مصطفى مدبولي في إشبيلية. ';

describe('the one congratulated after a comma', () => {
  it('is not the speaker: the clause’s subject is', () => {
    const found = claims(LEAD + 'وأشاد مدبولي بالتطور الذي تشهده العلاقات، وهنأ الرئيس العراقي على النجاح الذي حققته بغداد في استضافة القمة العربية.');
    expect(found.find((c) => c.text.includes('استضافة القمة'))?.speaker).toBe('mostafa-madbouly');
  });

  it('speaks when the verb opens its sentence', () => {
    const found = claims(LEAD + 'وهنأ الرئيس العراقي الشعب المصري على افتتاح المتحف الكبير.');
    expect(found.find((c) => c.text.includes('المتحف'))?.speaker).toBe('abdul-latif-rashid');
  });
});
