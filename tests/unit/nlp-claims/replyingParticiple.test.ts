/**
 * «نقل وزير الخارجية الإريتري تحيات الرئيس أفورقي، ورد عليها السيسي مشيرا إلى عمق العلاقات»: a participle right after
 * the subject of a verb of replying («ورد عليها …») is that subject's words, not those of the one whose words came
 * before in the sentence (the minister who carried the greetings). From set 78 (ts11); sentences of our own, with the
 * shipped knowledge.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';

const claims = (text: string) => analyze(text, { published: '2025-03-23' }).claims;
const LEAD = 'استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الإريتري عثمان صالح في القاهرة. ';

describe('a participle after a reply', () => {
  it('is the one who replied', () => {
    const found = claims(LEAD + 'ونقل وزير الخارجية الإريتري تحيات الرئيس أسياس أفورقي، ورد عليها السيسي مشيرا إلى عمق العلاقات بين البلدين.');
    expect(found.find((c) => c.text.includes('عمق العلاقات'))?.speaker).toBe('abdel-fattah-el-sisi');
  });

  it('goes on with the one already speaking when nobody replies', () => {
    const found = claims(LEAD + 'ونقل وزير الخارجية الإريتري تحيات الرئيس أسياس أفورقي، مشيرا إلى عمق العلاقات بين البلدين.');
    expect(found.find((c) => c.text.includes('عمق العلاقات'))?.speaker).toBe('osman-saleh-mohammed');
  });
});
