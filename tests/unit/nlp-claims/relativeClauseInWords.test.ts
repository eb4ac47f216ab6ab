/**
 * «أكد … أن البرازيل في مقدمة الدول التي اعترفت بالدولة الفلسطينية»: a verb of speech that opens a relative clause
 * inside words already reported, describing no person the story names, is part of those words; it opens no new claim
 * that would cut them in two. A person named after the clause's verb («وهو الاتصال الذي أكد خلاله أمير قطر …») still
 * speaks. From the real corpus (bf02, bu04, du04, eo05: ten claims whole again, none lost), sentences of our own, with
 * the shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const claims = (text: string) => analyze(text, { published: '2023-05-10' }).claims;

describe('a relative clause inside reported words', () => {
  it('stays in the words when it describes countries', () => {
    const text = 'استقبل الرئيس عبد الفتاح السيسي الرئيس البرازيلي لولا دا سيلفا في القاهرة. وأكد السيسي أن البرازيل في مقدمة الدول التي اعترفت بالدولة الفلسطينية.';
    const found = claims(text);
    expect(found.some((c) => c.text.includes('الدول التي اعترفت بالدولة الفلسطينية'))).toBe(true);
    expect(found.find((c) => c.text.includes('البرازيل في مقدمة'))?.speaker).toBe('abdel-fattah-el-sisi');
  });

  it('opens words of its own when a person is named after its verb', () => {
    const text =
      'أجرى العاهل المغربي الملك محمد السادس اتصالا هاتفيا بأمير قطر الشيخ تميم بن حمد آل ثاني. وقد سبق للملك محمد السادس أن تحدث مع أمير قطر عبر الهاتف في يونيو، وهو الاتصال الذي أكد خلاله أمير قطر أن بلاده ستدعم المغرب.';
    expect(claims(text).find((c) => c.text.includes('ستدعم المغرب'))?.speaker).toBe('tamim-bin-hamad-al-thani');
  });
});
